# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'breath_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QGridLayout, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QRadioButton,
    QScrollArea, QSizePolicy, QSlider, QSpacerItem,
    QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from walls_desktop.gui.widgets.pacer import PacerWidget
from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_BreathPage(object):
    def setupUi(self, BreathPage):
        if not BreathPage.objectName():
            BreathPage.setObjectName(u"BreathPage")
        self.pageLayout = QVBoxLayout(BreathPage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(BreathPage)
        self.stack.setObjectName(u"stack")
        self.setupPage = QScrollArea()
        self.setupPage.setObjectName(u"setupPage")
        self.setupPage.setFrameShape(QFrame.NoFrame)
        self.setupPage.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setupPage.setWidgetResizable(True)
        self.setupContent = QWidget()
        self.setupContent.setObjectName(u"setupContent")
        self.setupLayout = QVBoxLayout(self.setupContent)
        self.setupLayout.setSpacing(16)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupLayout.setContentsMargins(40, 48, 40, 40)
        self.title = QLabel(self.setupContent)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.setupLayout.addWidget(self.title)

        self.lead = QLabel(self.setupContent)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.setupLayout.addWidget(self.lead)

        self.choiceLayout = QVBoxLayout()
        self.choiceLayout.setSpacing(12)
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.choiceBox = QWidget(self.setupContent)
        self.choiceBox.setObjectName(u"choiceBox")
        self.choiceRow = QHBoxLayout(self.choiceBox)
        self.choiceRow.setSpacing(48)
        self.choiceRow.setObjectName(u"choiceRow")
        self.choiceRow.setContentsMargins(0, 0, 0, 0)
        self.patternColumn = QVBoxLayout()
        self.patternColumn.setSpacing(12)
        self.patternColumn.setObjectName(u"patternColumn")
        self.patternLabel = QLabel(self.choiceBox)
        self.patternLabel.setObjectName(u"patternLabel")
        self.patternLabel.setProperty(u"role", u"subtitle")

        self.patternColumn.addWidget(self.patternLabel)

        self.patternRow = QHBoxLayout()
        self.patternRow.setSpacing(12)
        self.patternRow.setObjectName(u"patternRow")
        self.patternCombo = QComboBox(self.choiceBox)
        self.patternCombo.setObjectName(u"patternCombo")
        self.patternCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.patternCombo.setMinimumContentsLength(14)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.patternCombo.sizePolicy().hasHeightForWidth())
        self.patternCombo.setSizePolicy(sizePolicy)

        self.patternRow.addWidget(self.patternCombo)

        self.patternsButton = QPushButton(self.choiceBox)
        self.patternsButton.setObjectName(u"patternsButton")

        self.patternRow.addWidget(self.patternsButton)


        self.patternColumn.addLayout(self.patternRow)

        self.patternDescription = QLabel(self.choiceBox)
        self.patternDescription.setObjectName(u"patternDescription")
        self.patternDescription.setMinimumSize(QSize(0, 78))
        self.patternDescription.setAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.patternDescription.setWordWrap(True)

        self.patternColumn.addWidget(self.patternDescription)

        self.careNote = QLabel(self.choiceBox)
        self.careNote.setObjectName(u"careNote")
        self.careNote.setWordWrap(True)
        self.careNote.setProperty(u"role", u"caption")

        self.patternColumn.addWidget(self.careNote)

        self.patternSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.patternColumn.addItem(self.patternSpacer)


        self.choiceRow.addLayout(self.patternColumn)

        self.lengthColumn = QVBoxLayout()
        self.lengthColumn.setSpacing(12)
        self.lengthColumn.setObjectName(u"lengthColumn")
        self.lengthLabel = QLabel(self.choiceBox)
        self.lengthLabel.setObjectName(u"lengthLabel")
        self.lengthLabel.setProperty(u"role", u"subtitle")

        self.lengthColumn.addWidget(self.lengthLabel)

        self.lengthGrid = QGridLayout()
        self.lengthGrid.setObjectName(u"lengthGrid")
        self.lengthGrid.setHorizontalSpacing(12)
        self.lengthGrid.setVerticalSpacing(8)
        self.byMinutes = QRadioButton(self.choiceBox)
        self.byMinutes.setObjectName(u"byMinutes")
        self.byMinutes.setChecked(True)

        self.lengthGrid.addWidget(self.byMinutes, 0, 0, 1, 1)

        self.minutesSpin = QSpinBox(self.choiceBox)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.minutesSpin.setMinimumSize(QSize(96, 0))
        self.minutesSpin.setMinimum(1)
        self.minutesSpin.setMaximum(60)
        self.minutesSpin.setValue(3)

        self.lengthGrid.addWidget(self.minutesSpin, 0, 1, 1, 1)

        self.byBreaths = QRadioButton(self.choiceBox)
        self.byBreaths.setObjectName(u"byBreaths")

        self.lengthGrid.addWidget(self.byBreaths, 1, 0, 1, 1)

        self.breathsSpin = QSpinBox(self.choiceBox)
        self.breathsSpin.setObjectName(u"breathsSpin")
        self.breathsSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breathsSpin.setMinimumSize(QSize(96, 0))
        self.breathsSpin.setMinimum(1)
        self.breathsSpin.setMaximum(300)
        self.breathsSpin.setValue(10)

        self.lengthGrid.addWidget(self.breathsSpin, 1, 1, 1, 1)

        self.lengthSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lengthGrid.addItem(self.lengthSpacer, 0, 2, 1, 1)


        self.lengthColumn.addLayout(self.lengthGrid)

        self.lengthSummary = QLabel(self.choiceBox)
        self.lengthSummary.setObjectName(u"lengthSummary")
        self.lengthSummary.setWordWrap(True)
        self.lengthSummary.setProperty(u"role", u"caption")

        self.lengthColumn.addWidget(self.lengthSummary)

        self.leadInCheck = QCheckBox(self.choiceBox)
        self.leadInCheck.setObjectName(u"leadInCheck")
        self.leadInCheck.setChecked(True)

        self.lengthColumn.addWidget(self.leadInCheck)

        self.lengthSpacerBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lengthColumn.addItem(self.lengthSpacerBottom)


        self.choiceRow.addLayout(self.lengthColumn)

        self.choiceRow.setStretch(0, 3)
        self.choiceRow.setStretch(1, 2)

        self.choiceLayout.addWidget(self.choiceBox)

        self.beforeRow = QVBoxLayout()
        self.beforeRow.setSpacing(2)
        self.beforeRow.setObjectName(u"beforeRow")
        self.beforeLabel = QLabel(self.setupContent)
        self.beforeLabel.setObjectName(u"beforeLabel")
        self.beforeLabel.setWordWrap(True)
        self.beforeLabel.setProperty(u"role", u"subtitle")

        self.beforeRow.addWidget(self.beforeLabel)

        self.beforeHint = QLabel(self.setupContent)
        self.beforeHint.setObjectName(u"beforeHint")
        self.beforeHint.setWordWrap(True)
        self.beforeHint.setProperty(u"role", u"caption")

        self.beforeRow.addWidget(self.beforeHint)


        self.choiceLayout.addLayout(self.beforeRow)

        self.beforeRating = RatingWidget(self.setupContent)
        self.beforeRating.setObjectName(u"beforeRating")
        self.beforeRating.setMaximumSize(QSize(720, 16777215))

        self.choiceLayout.addWidget(self.beforeRating)

        self.startRow = QHBoxLayout()
        self.startRow.setObjectName(u"startRow")
        self.startButton = QPushButton(self.setupContent)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(260, 0))
        self.startButton.setProperty(u"role", u"primary")

        self.startRow.addWidget(self.startButton)

        self.startSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startRow.addItem(self.startSpacer)


        self.choiceLayout.addLayout(self.startRow)

        self.lowerBox = QWidget(self.setupContent)
        self.lowerBox.setObjectName(u"lowerBox")
        self.lowerRow = QHBoxLayout(self.lowerBox)
        self.lowerRow.setSpacing(48)
        self.lowerRow.setObjectName(u"lowerRow")
        self.lowerRow.setContentsMargins(0, 16, 0, 0)
        self.recentColumn = QVBoxLayout()
        self.recentColumn.setSpacing(12)
        self.recentColumn.setObjectName(u"recentColumn")
        self.recentLabel = QLabel(self.lowerBox)
        self.recentLabel.setObjectName(u"recentLabel")
        self.recentLabel.setProperty(u"role", u"subtitle")

        self.recentColumn.addWidget(self.recentLabel)

        self.recentList = QListWidget(self.lowerBox)
        self.recentList.setObjectName(u"recentList")
        self.recentList.setSelectionMode(QAbstractItemView.NoSelection)
        self.recentList.setWordWrap(True)
        self.recentList.setMinimumSize(QSize(0, 200))

        self.recentColumn.addWidget(self.recentList)

        self.recentEmpty = QLabel(self.lowerBox)
        self.recentEmpty.setObjectName(u"recentEmpty")
        self.recentEmpty.setWordWrap(True)
        self.recentEmpty.setProperty(u"role", u"caption")

        self.recentColumn.addWidget(self.recentEmpty)

        self.recentSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recentColumn.addItem(self.recentSpacer)


        self.lowerRow.addLayout(self.recentColumn)

        self.comfortColumn = QVBoxLayout()
        self.comfortColumn.setSpacing(12)
        self.comfortColumn.setObjectName(u"comfortColumn")
        self.comfortLabel = QLabel(self.lowerBox)
        self.comfortLabel.setObjectName(u"comfortLabel")
        self.comfortLabel.setProperty(u"role", u"subtitle")

        self.comfortColumn.addWidget(self.comfortLabel)

        self.soundCheck = QCheckBox(self.lowerBox)
        self.soundCheck.setObjectName(u"soundCheck")
        self.soundCheck.setChecked(True)

        self.comfortColumn.addWidget(self.soundCheck)

        self.volumeRow = QHBoxLayout()
        self.volumeRow.setSpacing(12)
        self.volumeRow.setObjectName(u"volumeRow")
        self.volumeLabel = QLabel(self.lowerBox)
        self.volumeLabel.setObjectName(u"volumeLabel")

        self.volumeRow.addWidget(self.volumeLabel)

        self.volumeSlider = QSlider(self.lowerBox)
        self.volumeSlider.setObjectName(u"volumeSlider")
        self.volumeSlider.setOrientation(Qt.Horizontal)
        self.volumeSlider.setMaximum(100)
        self.volumeSlider.setSingleStep(5)
        self.volumeSlider.setPageStep(20)
        self.volumeSlider.setValue(60)

        self.volumeRow.addWidget(self.volumeSlider)


        self.comfortColumn.addLayout(self.volumeRow)

        self.soundNote = QLabel(self.lowerBox)
        self.soundNote.setObjectName(u"soundNote")
        self.soundNote.setWordWrap(True)
        self.soundNote.setProperty(u"role", u"caption")

        self.comfortColumn.addWidget(self.soundNote)

        self.motionLabel = QLabel(self.lowerBox)
        self.motionLabel.setObjectName(u"motionLabel")

        self.comfortColumn.addWidget(self.motionLabel)

        self.motionCombo = QComboBox(self.lowerBox)
        self.motionCombo.addItem("")
        self.motionCombo.addItem("")
        self.motionCombo.addItem("")
        self.motionCombo.setObjectName(u"motionCombo")
        self.motionCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.motionCombo.setMinimumContentsLength(14)

        self.comfortColumn.addWidget(self.motionCombo)

        self.motionNote = QLabel(self.lowerBox)
        self.motionNote.setObjectName(u"motionNote")
        self.motionNote.setWordWrap(True)
        self.motionNote.setProperty(u"role", u"caption")

        self.comfortColumn.addWidget(self.motionNote)

        self.comfortSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.comfortColumn.addItem(self.comfortSpacer)


        self.lowerRow.addLayout(self.comfortColumn)

        self.lowerRow.setStretch(0, 3)
        self.lowerRow.setStretch(1, 2)

        self.choiceLayout.addWidget(self.lowerBox)


        self.setupLayout.addLayout(self.choiceLayout)

        self.setupSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.setupLayout.addItem(self.setupSpacer)

        self.setupPage.setWidget(self.setupContent)
        self.stack.addWidget(self.setupPage)
        self.sessionPage = QWidget()
        self.sessionPage.setObjectName(u"sessionPage")
        self.sessionLayout = QVBoxLayout(self.sessionPage)
        self.sessionLayout.setSpacing(14)
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionLayout.setContentsMargins(40, 28, 40, 28)
        self.sessionPattern = QLabel(self.sessionPage)
        self.sessionPattern.setObjectName(u"sessionPattern")
        self.sessionPattern.setAlignment(Qt.AlignCenter)
        self.sessionPattern.setProperty(u"role", u"subtitle")

        self.sessionLayout.addWidget(self.sessionPattern)

        self.pacer = PacerWidget(self.sessionPage)
        self.pacer.setObjectName(u"pacer")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.pacer.sizePolicy().hasHeightForWidth())
        self.pacer.setSizePolicy(sizePolicy1)

        self.sessionLayout.addWidget(self.pacer)

        self.breathCount = QLabel(self.sessionPage)
        self.breathCount.setObjectName(u"breathCount")
        self.breathCount.setAlignment(Qt.AlignCenter)
        self.breathCount.setProperty(u"role", u"caption")

        self.sessionLayout.addWidget(self.breathCount)

        self.pausedNote = QLabel(self.sessionPage)
        self.pausedNote.setObjectName(u"pausedNote")
        self.pausedNote.setAlignment(Qt.AlignCenter)
        self.pausedNote.setWordWrap(True)
        self.pausedNote.setProperty(u"role", u"lead")

        self.sessionLayout.addWidget(self.pausedNote)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setSpacing(16)
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.sessionButtonsLeft = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionButtonsLeft)

        self.pauseButton = QPushButton(self.sessionPage)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setProperty(u"role", u"primary")

        self.sessionButtons.addWidget(self.pauseButton)

        self.endButton = QPushButton(self.sessionPage)
        self.endButton.setObjectName(u"endButton")

        self.sessionButtons.addWidget(self.endButton)

        self.sessionButtonsRight = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionButtonsRight)


        self.sessionLayout.addLayout(self.sessionButtons)

        self.keysHint = QLabel(self.sessionPage)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setAlignment(Qt.AlignCenter)
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"role", u"caption")

        self.sessionLayout.addWidget(self.keysHint)

        self.stack.addWidget(self.sessionPage)
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

        self.kindSentence = QLabel(self.afterContent)
        self.kindSentence.setObjectName(u"kindSentence")
        self.kindSentence.setWordWrap(True)
        self.kindSentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.kindSentence.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.kindSentence)

        self.afterLabel = QLabel(self.afterContent)
        self.afterLabel.setObjectName(u"afterLabel")
        self.afterLabel.setWordWrap(True)
        self.afterLabel.setProperty(u"role", u"subtitle")

        self.afterLayout.addWidget(self.afterLabel)

        self.afterHint = QLabel(self.afterContent)
        self.afterHint.setObjectName(u"afterHint")
        self.afterHint.setWordWrap(True)
        self.afterHint.setProperty(u"role", u"caption")

        self.afterLayout.addWidget(self.afterHint)

        self.afterRating = RatingWidget(self.afterContent)
        self.afterRating.setObjectName(u"afterRating")

        self.afterLayout.addWidget(self.afterRating)

        self.momentRow = QHBoxLayout()
        self.momentRow.setSpacing(12)
        self.momentRow.setObjectName(u"momentRow")
        self.momentLabel = QLabel(self.afterContent)
        self.momentLabel.setObjectName(u"momentLabel")

        self.momentRow.addWidget(self.momentLabel)

        self.momentCombo = QComboBox(self.afterContent)
        self.momentCombo.setObjectName(u"momentCombo")
        self.momentCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.momentCombo.setMinimumContentsLength(14)
        self.momentCombo.setMaximumSize(QSize(560, 16777215))
        sizePolicy.setHeightForWidth(self.momentCombo.sizePolicy().hasHeightForWidth())
        self.momentCombo.setSizePolicy(sizePolicy)

        self.momentRow.addWidget(self.momentCombo)


        self.afterLayout.addLayout(self.momentRow)

        self.readOnlyNote = QLabel(self.afterContent)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.afterLayout.addWidget(self.readOnlyNote)

        self.afterButtons = QHBoxLayout()
        self.afterButtons.setSpacing(16)
        self.afterButtons.setObjectName(u"afterButtons")
        self.saveButton = QPushButton(self.afterContent)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.afterButtons.addWidget(self.saveButton)

        self.discardButton = QPushButton(self.afterContent)
        self.discardButton.setObjectName(u"discardButton")

        self.afterButtons.addWidget(self.discardButton)

        self.afterButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.afterButtons.addItem(self.afterButtonsSpacer)


        self.afterLayout.addLayout(self.afterButtons)

        self.afterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.afterLayout.addItem(self.afterSpacer)

        self.afterPage.setWidget(self.afterContent)
        self.stack.addWidget(self.afterPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.patternLabel.setBuddy(self.patternCombo)
        self.volumeLabel.setBuddy(self.volumeSlider)
        self.motionLabel.setBuddy(self.motionCombo)
        self.momentLabel.setBuddy(self.momentCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patternCombo, self.patternsButton)
        QWidget.setTabOrder(self.patternsButton, self.byMinutes)
        QWidget.setTabOrder(self.byMinutes, self.minutesSpin)
        QWidget.setTabOrder(self.minutesSpin, self.byBreaths)
        QWidget.setTabOrder(self.byBreaths, self.breathsSpin)
        QWidget.setTabOrder(self.breathsSpin, self.leadInCheck)
        QWidget.setTabOrder(self.leadInCheck, self.beforeRating)
        QWidget.setTabOrder(self.beforeRating, self.startButton)
        QWidget.setTabOrder(self.startButton, self.soundCheck)
        QWidget.setTabOrder(self.soundCheck, self.volumeSlider)
        QWidget.setTabOrder(self.volumeSlider, self.motionCombo)
        QWidget.setTabOrder(self.motionCombo, self.recentList)

        self.retranslateUi(BreathPage)

        self.stack.setCurrentIndex(0)
        self.startButton.setDefault(True)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(BreathPage)
    # setupUi

    def retranslateUi(self, BreathPage):
        self.title.setText(QCoreApplication.translate("BreathPage", u"Breathe", None))
        self.lead.setText(QCoreApplication.translate("BreathPage", u"Follow the circle for a few minutes. Breathing slowly tells your body it is safe to settle.", None))
        self.patternLabel.setText(QCoreApplication.translate("BreathPage", u"&Pattern", None))
#if QT_CONFIG(accessibility)
        self.patternCombo.setAccessibleName(QCoreApplication.translate("BreathPage", u"Breathing pattern", None))
#endif // QT_CONFIG(accessibility)
        self.patternsButton.setText(QCoreApplication.translate("BreathPage", u"Your patterns\u2026", None))
#if QT_CONFIG(accessibility)
        self.patternsButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"Make or change your own patterns", None))
#endif // QT_CONFIG(accessibility)
        self.lengthLabel.setText(QCoreApplication.translate("BreathPage", u"How long", None))
        self.byMinutes.setText(QCoreApplication.translate("BreathPage", u"&Minutes", None))
#if QT_CONFIG(accessibility)
        self.byMinutes.setAccessibleName(QCoreApplication.translate("BreathPage", u"Choose the length in minutes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.minutesSpin.setAccessibleName(QCoreApplication.translate("BreathPage", u"Minutes", None))
#endif // QT_CONFIG(accessibility)
        self.byBreaths.setText(QCoreApplication.translate("BreathPage", u"B&reaths", None))
#if QT_CONFIG(accessibility)
        self.byBreaths.setAccessibleName(QCoreApplication.translate("BreathPage", u"Choose the length in breaths", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.breathsSpin.setAccessibleName(QCoreApplication.translate("BreathPage", u"Breaths", None))
#endif // QT_CONFIG(accessibility)
        self.leadInCheck.setText(QCoreApplication.translate("BreathPage", u"&Settle in for 3 seconds first", None))
        self.beforeLabel.setText(QCoreApplication.translate("BreathPage", u"How anxious do you feel right now?", None))
        self.beforeHint.setText(QCoreApplication.translate("BreathPage", u"If you like. Comparing before and after shows what helps you most.", None))
#if QT_CONFIG(accessibility)
        self.beforeRating.setAccessibleName(QCoreApplication.translate("BreathPage", u"Anxiety before breathing, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("BreathPage", u"Start breathing", None))
#if QT_CONFIG(accessibility)
        self.startButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"Start the breath session", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("BreathPage", u"Recent sessions", None))
#if QT_CONFIG(accessibility)
        self.recentList.setAccessibleName(QCoreApplication.translate("BreathPage", u"Recent breath sessions", None))
#endif // QT_CONFIG(accessibility)
        self.recentEmpty.setText(QCoreApplication.translate("BreathPage", u"Your sessions will be listed here, with how you felt before and after.", None))
        self.comfortLabel.setText(QCoreApplication.translate("BreathPage", u"Sound and motion", None))
        self.soundCheck.setText(QCoreApplication.translate("BreathPage", u"S&oft tones", None))
#if QT_CONFIG(accessibility)
        self.soundCheck.setAccessibleName(QCoreApplication.translate("BreathPage", u"Soft tones when the breath changes", None))
#endif // QT_CONFIG(accessibility)
        self.volumeLabel.setText(QCoreApplication.translate("BreathPage", u"Vol&ume", None))
#if QT_CONFIG(accessibility)
        self.volumeSlider.setAccessibleName(QCoreApplication.translate("BreathPage", u"Volume of the tones", None))
#endif // QT_CONFIG(accessibility)
        self.motionLabel.setText(QCoreApplication.translate("BreathPage", u"Mo&tion of the circle", None))
        self.motionCombo.setItemText(0, QCoreApplication.translate("BreathPage", u"As my system is set", None))
        self.motionCombo.setItemText(1, QCoreApplication.translate("BreathPage", u"Reduce motion", None))
        self.motionCombo.setItemText(2, QCoreApplication.translate("BreathPage", u"Full motion", None))

#if QT_CONFIG(accessibility)
        self.motionCombo.setAccessibleName(QCoreApplication.translate("BreathPage", u"Motion of the breathing circle", None))
#endif // QT_CONFIG(accessibility)
        self.pauseButton.setText(QCoreApplication.translate("BreathPage", u"Pause", None))
#if QT_CONFIG(accessibility)
        self.pauseButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"Pause the session", None))
#endif // QT_CONFIG(accessibility)
        self.endButton.setText(QCoreApplication.translate("BreathPage", u"End here", None))
#if QT_CONFIG(accessibility)
        self.endButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"End the session now", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("BreathPage", u"Space pauses and carries on. Esc ends the session whenever you like.", None))
        self.afterLabel.setText(QCoreApplication.translate("BreathPage", u"How anxious do you feel now?", None))
        self.afterHint.setText(QCoreApplication.translate("BreathPage", u"If you like. Comparing before and after shows what helps you most.", None))
#if QT_CONFIG(accessibility)
        self.afterRating.setAccessibleName(QCoreApplication.translate("BreathPage", u"Anxiety after breathing, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.momentLabel.setText(QCoreApplication.translate("BreathPage", u"&Belongs to a moment", None))
#if QT_CONFIG(accessibility)
        self.momentCombo.setAccessibleName(QCoreApplication.translate("BreathPage", u"The closeness moment this session belongs to", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyNote.setText(QCoreApplication.translate("BreathPage", u"Your data is open read-only, so this session cannot be kept. The practice still counts.", None))
        self.saveButton.setText(QCoreApplication.translate("BreathPage", u"Keep this session", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"Save this session", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("BreathPage", u"Don\u2019t keep it", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("BreathPage", u"Leave without saving this session", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

