# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settle_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFrame,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout,
    QWidget)

from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_SettlePage(object):
    def setupUi(self, SettlePage):
        if not SettlePage.objectName():
            SettlePage.setObjectName(u"SettlePage")
        self.pageLayout = QVBoxLayout(SettlePage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(SettlePage)
        self.stack.setObjectName(u"stack")
        self.choosePage = QScrollArea()
        self.choosePage.setObjectName(u"choosePage")
        self.choosePage.setFrameShape(QFrame.NoFrame)
        self.choosePage.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.choosePage.setWidgetResizable(True)
        self.chooseContent = QWidget()
        self.chooseContent.setObjectName(u"chooseContent")
        self.chooseLayout = QVBoxLayout(self.chooseContent)
        self.chooseLayout.setSpacing(16)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(40, 48, 40, 40)
        self.title = QLabel(self.chooseContent)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.chooseLayout.addWidget(self.title)

        self.lead = QLabel(self.chooseContent)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.chooseLayout.addWidget(self.lead)

        self.practiceLabel = QLabel(self.chooseContent)
        self.practiceLabel.setObjectName(u"practiceLabel")
        self.practiceLabel.setWordWrap(True)
        self.practiceLabel.setProperty(u"role", u"subtitle")

        self.chooseLayout.addWidget(self.practiceLabel)

        self.practiceChoices = QVBoxLayout()
        self.practiceChoices.setSpacing(6)
        self.practiceChoices.setObjectName(u"practiceChoices")
        self.groundingRadio = QRadioButton(self.chooseContent)
        self.groundingRadio.setObjectName(u"groundingRadio")
        self.groundingRadio.setChecked(True)

        self.practiceChoices.addWidget(self.groundingRadio)

        self.groundingDescription = QLabel(self.chooseContent)
        self.groundingDescription.setObjectName(u"groundingDescription")
        self.groundingDescription.setWordWrap(True)
        self.groundingDescription.setProperty(u"role", u"caption")

        self.practiceChoices.addWidget(self.groundingDescription)

        self.compassionRadio = QRadioButton(self.chooseContent)
        self.compassionRadio.setObjectName(u"compassionRadio")

        self.practiceChoices.addWidget(self.compassionRadio)

        self.compassionDescription = QLabel(self.chooseContent)
        self.compassionDescription.setObjectName(u"compassionDescription")
        self.compassionDescription.setWordWrap(True)
        self.compassionDescription.setProperty(u"role", u"caption")

        self.practiceChoices.addWidget(self.compassionDescription)


        self.chooseLayout.addLayout(self.practiceChoices)

        self.beforeRow = QVBoxLayout()
        self.beforeRow.setSpacing(2)
        self.beforeRow.setObjectName(u"beforeRow")
        self.beforeLabel = QLabel(self.chooseContent)
        self.beforeLabel.setObjectName(u"beforeLabel")
        self.beforeLabel.setWordWrap(True)
        self.beforeLabel.setProperty(u"role", u"subtitle")

        self.beforeRow.addWidget(self.beforeLabel)

        self.beforeHint = QLabel(self.chooseContent)
        self.beforeHint.setObjectName(u"beforeHint")
        self.beforeHint.setWordWrap(True)
        self.beforeHint.setProperty(u"role", u"caption")

        self.beforeRow.addWidget(self.beforeHint)


        self.chooseLayout.addLayout(self.beforeRow)

        self.beforeRating = RatingWidget(self.chooseContent)
        self.beforeRating.setObjectName(u"beforeRating")
        self.beforeRating.setMaximumSize(QSize(720, 16777215))

        self.chooseLayout.addWidget(self.beforeRating)

        self.optionsBox = QWidget(self.chooseContent)
        self.optionsBox.setObjectName(u"optionsBox")
        self.optionsRow = QHBoxLayout(self.optionsBox)
        self.optionsRow.setSpacing(32)
        self.optionsRow.setObjectName(u"optionsRow")
        self.optionsRow.setContentsMargins(0, 0, 0, 0)
        self.autoCheck = QCheckBox(self.optionsBox)
        self.autoCheck.setObjectName(u"autoCheck")
        self.autoCheck.setChecked(True)

        self.optionsRow.addWidget(self.autoCheck)

        self.soundCheck = QCheckBox(self.optionsBox)
        self.soundCheck.setObjectName(u"soundCheck")

        self.optionsRow.addWidget(self.soundCheck)

        self.optionsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsRow.addItem(self.optionsSpacer)


        self.chooseLayout.addWidget(self.optionsBox)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startButton = QPushButton(self.chooseContent)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(260, 0))
        self.startButton.setProperty(u"role", u"primary")

        self.startRow.addWidget(self.startButton)

        self.startSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.chooseLayout.addLayout(self.startRow)

        self.recentLabel = QLabel(self.chooseContent)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setWordWrap(True)
        self.recentLabel.setProperty(u"role", u"subtitle")

        self.chooseLayout.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.chooseContent)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setSelectionMode(QAbstractItemView.NoSelection)
        self.recentList.setWordWrap(True)

        self.chooseLayout.addWidget(self.recentList)

        self.recentEmpty = QLabel(self.chooseContent)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setWordWrap(True)
        self.recentEmpty.setProperty(u"role", u"caption")

        self.chooseLayout.addWidget(self.recentEmpty)

        self.sourcesNote = QLabel(self.chooseContent)
        self.sourcesNote.setObjectName(u"sourcesNote")
        self.sourcesNote.setWordWrap(True)
        self.sourcesNote.setProperty(u"role", u"caption")

        self.chooseLayout.addWidget(self.sourcesNote)

        self.readOnlyNote = QLabel(self.chooseContent)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.chooseLayout.addWidget(self.readOnlyNote)

        self.chooseSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.choosePage.setWidget(self.chooseContent)
        self.stack.addWidget(self.choosePage)
        self.runPage = QScrollArea()
        self.runPage.setObjectName(u"runPage")
        self.runPage.setFrameShape(QFrame.NoFrame)
        self.runPage.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.runPage.setWidgetResizable(True)
        self.runContent = QWidget()
        self.runContent.setObjectName(u"runContent")
        self.runLayout = QVBoxLayout(self.runContent)
        self.runLayout.setSpacing(18)
        self.runLayout.setObjectName(u"runLayout")
        self.runLayout.setContentsMargins(40, 32, 40, 32)
        self.runTop = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runTop)

        self.practiceTitle = QLabel(self.runContent)
        self.practiceTitle.setObjectName(u"practiceTitle")
        self.practiceTitle.setWordWrap(True)
        self.practiceTitle.setAlignment(Qt.AlignCenter)
        self.practiceTitle.setProperty(u"role", u"subtitle")

        self.runLayout.addWidget(self.practiceTitle)

        self.stepCount = QLabel(self.runContent)
        self.stepCount.setObjectName(u"stepCount")
        self.stepCount.setWordWrap(True)
        self.stepCount.setAlignment(Qt.AlignCenter)
        self.stepCount.setProperty(u"role", u"caption")

        self.runLayout.addWidget(self.stepCount)

        self.promptLabel = QLabel(self.runContent)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setAlignment(Qt.AlignCenter)
        self.promptLabel.setTextFormat(Qt.PlainText)
        self.promptLabel.setProperty(u"role", u"statement")

        self.runLayout.addWidget(self.promptLabel)

        self.hintLabel = QLabel(self.runContent)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setAlignment(Qt.AlignCenter)
        self.hintLabel.setTextFormat(Qt.PlainText)
        self.hintLabel.setProperty(u"role", u"lead")

        self.runLayout.addWidget(self.hintLabel)

        self.kindSentences = QLabel(self.runContent)
        self.kindSentences.setObjectName(u"kindSentences")
        self.kindSentences.setWordWrap(True)
        self.kindSentences.setAlignment(Qt.AlignCenter)
        self.kindSentences.setTextFormat(Qt.PlainText)
        self.kindSentences.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.kindSentences.setProperty(u"role", u"lead")

        self.runLayout.addWidget(self.kindSentences)

        self.barRow = QHBoxLayout()
        self.barRow.setObjectName(u"barRow")
        self.barLeft = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barRow.addItem(self.barLeft)

        self.stepBar = QProgressBar(self.runContent)
        self.stepBar.setObjectName(u"stepBar")
        self.stepBar.setMaximum(1000)
        self.stepBar.setValue(0)
        self.stepBar.setTextVisible(False)
        self.stepBar.setMaximumSize(QSize(16777215, 8))

        self.barRow.addWidget(self.stepBar)

        self.barRight = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.barRow.addItem(self.barRight)

        self.barRow.setStretch(0, 1)
        self.barRow.setStretch(1, 2)
        self.barRow.setStretch(2, 1)

        self.runLayout.addLayout(self.barRow)

        self.pausedNote = QLabel(self.runContent)
        self.pausedNote.setObjectName(u"pausedNote")
        self.pausedNote.setWordWrap(True)
        self.pausedNote.setAlignment(Qt.AlignCenter)
        self.pausedNote.setProperty(u"role", u"lead")

        self.runLayout.addWidget(self.pausedNote)

        self.runButtons = QHBoxLayout()
        self.runButtons.setSpacing(16)
        self.runButtons.setObjectName(u"runButtons")
        self.runButtonsLeft = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runButtons.addItem(self.runButtonsLeft)

        self.backButton = QPushButton(self.runContent)
        self.backButton.setObjectName(u"backButton")

        self.runButtons.addWidget(self.backButton)

        self.nextButton = QPushButton(self.runContent)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.runButtons.addWidget(self.nextButton)

        self.pauseButton = QPushButton(self.runContent)
        self.pauseButton.setObjectName(u"pauseButton")

        self.runButtons.addWidget(self.pauseButton)

        self.endButton = QPushButton(self.runContent)
        self.endButton.setObjectName(u"endButton")

        self.runButtons.addWidget(self.endButton)

        self.runButtonsRight = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.runButtons.addItem(self.runButtonsRight)


        self.runLayout.addLayout(self.runButtons)

        self.keysHint = QLabel(self.runContent)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setAlignment(Qt.AlignCenter)
        self.keysHint.setProperty(u"role", u"caption")

        self.runLayout.addWidget(self.keysHint)

        self.runBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runBottom)

        self.runPage.setWidget(self.runContent)
        self.stack.addWidget(self.runPage)
        self.afterPage = QScrollArea()
        self.afterPage.setObjectName(u"afterPage")
        self.afterPage.setFrameShape(QFrame.NoFrame)
        self.afterPage.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.afterPage.setWidgetResizable(True)
        self.afterContent = QWidget()
        self.afterContent.setObjectName(u"afterContent")
        self.afterLayout = QVBoxLayout(self.afterContent)
        self.afterLayout.setSpacing(16)
        self.afterLayout.setObjectName(u"afterLayout")
        self.afterLayout.setContentsMargins(40, 48, 40, 40)
        self.afterTitle = QLabel(self.afterContent)
        self.afterTitle.setObjectName(u"afterTitle")
        self.afterTitle.setWordWrap(True)
        self.afterTitle.setProperty(u"role", u"title")

        self.afterLayout.addWidget(self.afterTitle)

        self.afterSummary = QLabel(self.afterContent)
        self.afterSummary.setObjectName(u"afterSummary")
        self.afterSummary.setWordWrap(True)
        self.afterSummary.setProperty(u"role", u"lead")

        self.afterLayout.addWidget(self.afterSummary)

        self.afterSentence = QLabel(self.afterContent)
        self.afterSentence.setObjectName(u"afterSentence")
        self.afterSentence.setWordWrap(True)
        self.afterSentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.afterSentence.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.afterSentence)

        self.afterRow = QVBoxLayout()
        self.afterRow.setSpacing(2)
        self.afterRow.setObjectName(u"afterRow")
        self.afterLabel = QLabel(self.afterContent)
        self.afterLabel.setObjectName(u"afterLabel")
        self.afterLabel.setWordWrap(True)
        self.afterLabel.setProperty(u"role", u"subtitle")

        self.afterRow.addWidget(self.afterLabel)

        self.afterHint = QLabel(self.afterContent)
        self.afterHint.setObjectName(u"afterHint")
        self.afterHint.setWordWrap(True)
        self.afterHint.setProperty(u"role", u"caption")

        self.afterRow.addWidget(self.afterHint)


        self.afterLayout.addLayout(self.afterRow)

        self.afterRating = RatingWidget(self.afterContent)
        self.afterRating.setObjectName(u"afterRating")
        self.afterRating.setMaximumSize(QSize(720, 16777215))

        self.afterLayout.addWidget(self.afterRating)

        self.afterReadOnlyNote = QLabel(self.afterContent)
        self.afterReadOnlyNote.setObjectName(u"afterReadOnlyNote")
        self.afterReadOnlyNote.setWordWrap(True)
        self.afterReadOnlyNote.setProperty(u"role", u"caption")

        self.afterLayout.addWidget(self.afterReadOnlyNote)

        self.afterButtons = QHBoxLayout()
        self.afterButtons.setSpacing(12)
        self.afterButtons.setObjectName(u"afterButtons")
        self.saveButton = QPushButton(self.afterContent)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.afterButtons.addWidget(self.saveButton)

        self.discardButton = QPushButton(self.afterContent)
        self.discardButton.setObjectName(u"discardButton")

        self.afterButtons.addWidget(self.discardButton)

        self.afterButtonsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.afterButtons.addItem(self.afterButtonsSpacer)


        self.afterLayout.addLayout(self.afterButtons)

        self.afterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.afterLayout.addItem(self.afterSpacer)

        self.afterPage.setWidget(self.afterContent)
        self.stack.addWidget(self.afterPage)

        self.pageLayout.addWidget(self.stack)


        self.retranslateUi(SettlePage)

        self.stack.setCurrentIndex(0)
        self.startButton.setDefault(True)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettlePage)
    # setupUi

    def retranslateUi(self, SettlePage):
        self.title.setText(QCoreApplication.translate("SettlePage", u"Settle", None))
        self.lead.setText(QCoreApplication.translate("SettlePage", u"Two short practices for when your body\u2019s alarm is loud: a racing heart, a tight chest, the urge to pull away. Take whichever feels right today; there is no wrong choice.", None))
        self.practiceLabel.setText(QCoreApplication.translate("SettlePage", u"Choose a practice", None))
        self.groundingRadio.setText(QCoreApplication.translate("SettlePage", u"&Grounding through the senses", None))
#if QT_CONFIG(accessibility)
        self.groundingRadio.setAccessibleName(QCoreApplication.translate("SettlePage", u"Grounding through the senses", None))
#endif // QT_CONFIG(accessibility)
        self.compassionRadio.setText(QCoreApplication.translate("SettlePage", u"A &self-compassion pause", None))
#if QT_CONFIG(accessibility)
        self.compassionRadio.setAccessibleName(QCoreApplication.translate("SettlePage", u"A self-compassion pause", None))
#endif // QT_CONFIG(accessibility)
        self.beforeLabel.setText(QCoreApplication.translate("SettlePage", u"How anxious do you feel right now?", None))
        self.beforeHint.setText(QCoreApplication.translate("SettlePage", u"If you like. Comparing before and after shows what helps you most.", None))
#if QT_CONFIG(accessibility)
        self.beforeRating.setAccessibleName(QCoreApplication.translate("SettlePage", u"Anxiety before the practice, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.autoCheck.setText(QCoreApplication.translate("SettlePage", u"&Move on by itself", None))
#if QT_CONFIG(accessibility)
        self.autoCheck.setAccessibleName(QCoreApplication.translate("SettlePage", u"Move to the next prompt by itself after a while", None))
#endif // QT_CONFIG(accessibility)
        self.soundCheck.setText(QCoreApplication.translate("SettlePage", u"Soft &tones", None))
#if QT_CONFIG(accessibility)
        self.soundCheck.setAccessibleName(QCoreApplication.translate("SettlePage", u"A soft tone at each new prompt", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("SettlePage", u"&Begin", None))
#if QT_CONFIG(accessibility)
        self.startButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"Begin the practice", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("SettlePage", u"Recent practices", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("SettlePage", u"Recent practices", None))
#endif // QT_CONFIG(accessibility)
        self.recentEmpty.setText(QCoreApplication.translate("SettlePage", u"Your practices will be listed here, with how you felt before and after.", None))
        self.sourcesNote.setText(QCoreApplication.translate("SettlePage", u"Where these come from: grounding through the senses is a familiar exercise in many therapies, and the kind pause follows the self-compassion break described by Kristin Neff. The words here are Walls\u2019 own.", None))
        self.readOnlyNote.setText(QCoreApplication.translate("SettlePage", u"Your data is open read-only, so a practice cannot be kept. It still counts.", None))
#if QT_CONFIG(accessibility)
        self.stepBar.setAccessibleName(QCoreApplication.translate("SettlePage", u"Time for this prompt", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("SettlePage", u"B&ack", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"The previous prompt", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("SettlePage", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"The next prompt", None))
#endif // QT_CONFIG(accessibility)
        self.pauseButton.setText(QCoreApplication.translate("SettlePage", u"&Pause", None))
#if QT_CONFIG(accessibility)
        self.pauseButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"Pause the practice", None))
#endif // QT_CONFIG(accessibility)
        self.endButton.setText(QCoreApplication.translate("SettlePage", u"&End here", None))
#if QT_CONFIG(accessibility)
        self.endButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"End the practice now", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("SettlePage", u"Enter or \u2192 moves on, \u2190 goes back, Space pauses, Esc ends whenever you like.", None))
        self.afterLabel.setText(QCoreApplication.translate("SettlePage", u"How anxious do you feel now?", None))
        self.afterHint.setText(QCoreApplication.translate("SettlePage", u"If you like. Comparing before and after shows what helps you most.", None))
#if QT_CONFIG(accessibility)
        self.afterRating.setAccessibleName(QCoreApplication.translate("SettlePage", u"Anxiety after the practice, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.afterReadOnlyNote.setText(QCoreApplication.translate("SettlePage", u"Your data is open read-only, so this practice cannot be kept. It still counts.", None))
        self.saveButton.setText(QCoreApplication.translate("SettlePage", u"&Keep this practice", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"Save this practice", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("SettlePage", u"&Don\u2019t keep it", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("SettlePage", u"Leave without saving this practice", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

