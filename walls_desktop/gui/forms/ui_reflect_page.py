# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reflect_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QProgressBar, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_ReflectPage(object):
    def setupUi(self, ReflectPage):
        if not ReflectPage.objectName():
            ReflectPage.setObjectName(u"ReflectPage")
        self.pageLayout = QVBoxLayout(ReflectPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget(ReflectPage)
        self.views.setObjectName(u"views")
        self.startView = QWidget()
        self.startView.setObjectName(u"startView")
        self.startViewLayout = QVBoxLayout(self.startView)
        self.startViewLayout.setObjectName(u"startViewLayout")
        self.startViewLayout.setContentsMargins(0, 0, 0, 0)
        self.startScroll = QScrollArea(self.startView)
        self.startScroll.setObjectName(u"startScroll")
        self.startScroll.setFrameShape(QFrame.NoFrame)
        self.startScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.startScroll.setWidgetResizable(True)
        self.startContent = QWidget()
        self.startContent.setObjectName(u"startContent")
        self.startLayout = QVBoxLayout(self.startContent)
        self.startLayout.setSpacing(16)
        self.startLayout.setObjectName(u"startLayout")
        self.startLayout.setContentsMargins(40, 48, 40, 32)
        self.title = QLabel(self.startContent)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.startLayout.addWidget(self.title)

        self.lead = QLabel(self.startContent)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.startLayout.addWidget(self.lead)

        self.startCaveat = QLabel(self.startContent)
        self.startCaveat.setObjectName(u"startCaveat")
        self.startCaveat.setWordWrap(True)
        self.startCaveat.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.startCaveat)

        self.draftFrame = QFrame(self.startContent)
        self.draftFrame.setObjectName(u"draftFrame")
        self.draftLayout = QVBoxLayout(self.draftFrame)
        self.draftLayout.setSpacing(12)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(20, 16, 20, 16)
        self.draftLabel = QLabel(self.draftFrame)
        self.draftLabel.setObjectName(u"draftLabel")
        self.draftLabel.setTextFormat(Qt.PlainText)
        self.draftLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.draftLabel)

        self.draftButtonsBox = QWidget(self.draftFrame)
        self.draftButtonsBox.setObjectName(u"draftButtonsBox")
        self.draftButtons = QHBoxLayout(self.draftButtonsBox)
        self.draftButtons.setSpacing(12)
        self.draftButtons.setObjectName(u"draftButtons")
        self.draftButtons.setContentsMargins(0, 0, 0, 0)
        self.continueButton = QPushButton(self.draftButtonsBox)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setProperty(u"role", u"primary")

        self.draftButtons.addWidget(self.continueButton)

        self.discardButton = QPushButton(self.draftButtonsBox)
        self.discardButton.setObjectName(u"discardButton")

        self.draftButtons.addWidget(self.discardButton)

        self.draftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftSpacer)


        self.draftLayout.addWidget(self.draftButtonsBox)


        self.startLayout.addWidget(self.draftFrame)

        self.focusBox = QWidget(self.startContent)
        self.focusBox.setObjectName(u"focusBox")
        self.focusLayout = QVBoxLayout(self.focusBox)
        self.focusLayout.setSpacing(10)
        self.focusLayout.setObjectName(u"focusLayout")
        self.focusLayout.setContentsMargins(0, 0, 0, 0)
        self.focusTitle = QLabel(self.focusBox)
        self.focusTitle.setObjectName(u"focusTitle")
        self.focusTitle.setWordWrap(True)
        self.focusTitle.setProperty(u"role", u"subtitle")

        self.focusLayout.addWidget(self.focusTitle)

        self.generalRadio = QRadioButton(self.focusBox)
        self.generalRadio.setObjectName(u"generalRadio")
        self.generalRadio.setChecked(True)

        self.focusLayout.addWidget(self.generalRadio)

        self.personRadio = QRadioButton(self.focusBox)
        self.personRadio.setObjectName(u"personRadio")

        self.focusLayout.addWidget(self.personRadio)

        self.personBox = QWidget(self.focusBox)
        self.personBox.setObjectName(u"personBox")
        self.personLayout = QVBoxLayout(self.personBox)
        self.personLayout.setSpacing(6)
        self.personLayout.setObjectName(u"personLayout")
        self.personLayout.setContentsMargins(32, 0, 0, 0)
        self.personLabel = QLabel(self.personBox)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.personLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(self.personBox)
        self.personEdit.setObjectName(u"personEdit")

        self.personLayout.addWidget(self.personEdit)

        self.personProblem = QLabel(self.personBox)
        self.personProblem.setObjectName(u"personProblem")
        self.personProblem.setWordWrap(True)
        self.personProblem.setProperty(u"role", u"emphasis")

        self.personLayout.addWidget(self.personProblem)


        self.focusLayout.addWidget(self.personBox)


        self.startLayout.addWidget(self.focusBox)

        self.startActionsBox = QWidget(self.startContent)
        self.startActionsBox.setObjectName(u"startActionsBox")
        self.startActions = QHBoxLayout(self.startActionsBox)
        self.startActions.setSpacing(16)
        self.startActions.setObjectName(u"startActions")
        self.startActions.setContentsMargins(0, 0, 0, 0)
        self.beginButton = QPushButton(self.startActionsBox)
        self.beginButton.setObjectName(u"beginButton")
        self.beginButton.setProperty(u"role", u"primary")

        self.startActions.addWidget(self.beginButton)

        self.lengthNote = QLabel(self.startActionsBox)
        self.lengthNote.setObjectName(u"lengthNote")
        self.lengthNote.setWordWrap(True)
        self.lengthNote.setProperty(u"role", u"caption")

        self.startActions.addWidget(self.lengthNote)


        self.startLayout.addWidget(self.startActionsBox)

        self.readOnlyNote = QLabel(self.startContent)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.readOnlyNote)

        self.resultsTitle = QLabel(self.startContent)
        self.resultsTitle.setObjectName(u"resultsTitle")
        self.resultsTitle.setProperty(u"role", u"subtitle")

        self.startLayout.addWidget(self.resultsTitle)

        self.fociList = QListWidget(self.startContent)
        self.fociList.setObjectName(u"fociList")
        self.fociList.setWordWrap(True)
        self.fociList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.startLayout.addWidget(self.fociList)

        self.fociEmpty = QLabel(self.startContent)
        self.fociEmpty.setObjectName(u"fociEmpty")
        self.fociEmpty.setWordWrap(True)
        self.fociEmpty.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.fociEmpty)

        self.openBox = QWidget(self.startContent)
        self.openBox.setObjectName(u"openBox")
        self.openRow = QHBoxLayout(self.openBox)
        self.openRow.setObjectName(u"openRow")
        self.openRow.setContentsMargins(0, 0, 0, 0)
        self.openButton = QPushButton(self.openBox)
        self.openButton.setObjectName(u"openButton")

        self.openRow.addWidget(self.openButton)

        self.openSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openRow.addItem(self.openSpacer)


        self.startLayout.addWidget(self.openBox)

        self.remindBox = QWidget(self.startContent)
        self.remindBox.setObjectName(u"remindBox")
        self.remindRow = QHBoxLayout(self.remindBox)
        self.remindRow.setSpacing(10)
        self.remindRow.setObjectName(u"remindRow")
        self.remindRow.setContentsMargins(0, 0, 0, 0)
        self.remindCheck = QCheckBox(self.remindBox)
        self.remindCheck.setObjectName(u"remindCheck")

        self.remindRow.addWidget(self.remindCheck)

        self.remindWeeks = QSpinBox(self.remindBox)
        self.remindWeeks.setObjectName(u"remindWeeks")
        self.remindWeeks.setMinimum(1)
        self.remindWeeks.setMaximum(52)
        self.remindWeeks.setValue(4)
        self.remindWeeks.setMaximumSize(QSize(160, 16777215))

        self.remindRow.addWidget(self.remindWeeks)

        self.remindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindRow.addItem(self.remindSpacer)


        self.startLayout.addWidget(self.remindBox)

        self.remindNote = QLabel(self.startContent)
        self.remindNote.setObjectName(u"remindNote")
        self.remindNote.setWordWrap(True)
        self.remindNote.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.remindNote)

        self.startBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.startLayout.addItem(self.startBottom)

        self.startScroll.setWidget(self.startContent)

        self.startViewLayout.addWidget(self.startScroll)

        self.views.addWidget(self.startView)
        self.questionView = QWidget()
        self.questionView.setObjectName(u"questionView")
        self.questionViewLayout = QVBoxLayout(self.questionView)
        self.questionViewLayout.setSpacing(12)
        self.questionViewLayout.setObjectName(u"questionViewLayout")
        self.questionViewLayout.setContentsMargins(0, 0, 0, 0)
        self.progressRow = QHBoxLayout()
        self.progressRow.setSpacing(12)
        self.progressRow.setObjectName(u"progressRow")
        self.progressRow.setContentsMargins(40, 24, 40, 0)
        self.progressLabel = QLabel(self.questionView)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty(u"role", u"caption")

        self.progressRow.addWidget(self.progressLabel)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressRow.addItem(self.progressSpacer)

        self.leaveButton = QPushButton(self.questionView)
        self.leaveButton.setObjectName(u"leaveButton")

        self.progressRow.addWidget(self.leaveButton)


        self.questionViewLayout.addLayout(self.progressRow)

        self.progressBarRow = QVBoxLayout()
        self.progressBarRow.setObjectName(u"progressBarRow")
        self.progressBarRow.setContentsMargins(40, 0, 40, 0)
        self.progressBar = QProgressBar(self.questionView)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setTextVisible(False)
        self.progressBar.setMaximum(20)
        self.progressBar.setValue(0)

        self.progressBarRow.addWidget(self.progressBar)


        self.questionViewLayout.addLayout(self.progressBarRow)

        self.questionScroll = QScrollArea(self.questionView)
        self.questionScroll.setObjectName(u"questionScroll")
        self.questionScroll.setFrameShape(QFrame.NoFrame)
        self.questionScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.questionScroll.setWidgetResizable(True)
        self.questionContent = QWidget()
        self.questionContent.setObjectName(u"questionContent")
        self.questionLayout = QVBoxLayout(self.questionContent)
        self.questionLayout.setSpacing(16)
        self.questionLayout.setObjectName(u"questionLayout")
        self.questionLayout.setContentsMargins(40, 8, 40, 16)
        self.focusNote = QLabel(self.questionContent)
        self.focusNote.setObjectName(u"focusNote")
        self.focusNote.setTextFormat(Qt.PlainText)
        self.focusNote.setWordWrap(True)
        self.focusNote.setProperty(u"role", u"caption")

        self.questionLayout.addWidget(self.focusNote)

        self.statementLabel = QLabel(self.questionContent)
        self.statementLabel.setObjectName(u"statementLabel")
        self.statementLabel.setTextFormat(Qt.PlainText)
        self.statementLabel.setWordWrap(True)
        self.statementLabel.setProperty(u"role", u"statement")

        self.questionLayout.addWidget(self.statementLabel)

        self.answersBox = QWidget(self.questionContent)
        self.answersBox.setObjectName(u"answersBox")
        self.answersLayout = QVBoxLayout(self.answersBox)
        self.answersLayout.setSpacing(6)
        self.answersLayout.setObjectName(u"answersLayout")
        self.answersLayout.setContentsMargins(0, 0, 0, 0)
        self.answer1 = QPushButton(self.answersBox)
        self.answer1.setObjectName(u"answer1")
        self.answer1.setCheckable(True)
        self.answer1.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer1)

        self.answer2 = QPushButton(self.answersBox)
        self.answer2.setObjectName(u"answer2")
        self.answer2.setCheckable(True)
        self.answer2.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer2)

        self.answer3 = QPushButton(self.answersBox)
        self.answer3.setObjectName(u"answer3")
        self.answer3.setCheckable(True)
        self.answer3.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer3)

        self.answer4 = QPushButton(self.answersBox)
        self.answer4.setObjectName(u"answer4")
        self.answer4.setCheckable(True)
        self.answer4.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer4)

        self.answer5 = QPushButton(self.answersBox)
        self.answer5.setObjectName(u"answer5")
        self.answer5.setCheckable(True)
        self.answer5.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer5)

        self.answer6 = QPushButton(self.answersBox)
        self.answer6.setObjectName(u"answer6")
        self.answer6.setCheckable(True)
        self.answer6.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer6)

        self.answer7 = QPushButton(self.answersBox)
        self.answer7.setObjectName(u"answer7")
        self.answer7.setCheckable(True)
        self.answer7.setProperty(u"role", u"answer")

        self.answersLayout.addWidget(self.answer7)


        self.questionLayout.addWidget(self.answersBox)

        self.keysHint = QLabel(self.questionContent)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)
        self.keysHint.setProperty(u"role", u"caption")

        self.questionLayout.addWidget(self.keysHint)

        self.questionBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.questionLayout.addItem(self.questionBottom)

        self.questionScroll.setWidget(self.questionContent)

        self.questionViewLayout.addWidget(self.questionScroll)

        self.navRow = QHBoxLayout()
        self.navRow.setSpacing(12)
        self.navRow.setObjectName(u"navRow")
        self.navRow.setContentsMargins(40, 12, 40, 24)
        self.backButton = QPushButton(self.questionView)
        self.backButton.setObjectName(u"backButton")

        self.navRow.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer)

        self.skipButton = QPushButton(self.questionView)
        self.skipButton.setObjectName(u"skipButton")

        self.navRow.addWidget(self.skipButton)

        self.nextButton = QPushButton(self.questionView)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.navRow.addWidget(self.nextButton)


        self.questionViewLayout.addLayout(self.navRow)

        self.views.addWidget(self.questionView)
        self.shortView = QWidget()
        self.shortView.setObjectName(u"shortView")
        self.shortViewLayout = QVBoxLayout(self.shortView)
        self.shortViewLayout.setObjectName(u"shortViewLayout")
        self.shortViewLayout.setContentsMargins(0, 0, 0, 0)
        self.shortScroll = QScrollArea(self.shortView)
        self.shortScroll.setObjectName(u"shortScroll")
        self.shortScroll.setFrameShape(QFrame.NoFrame)
        self.shortScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.shortScroll.setWidgetResizable(True)
        self.shortContent = QWidget()
        self.shortContent.setObjectName(u"shortContent")
        self.shortLayout = QVBoxLayout(self.shortContent)
        self.shortLayout.setSpacing(20)
        self.shortLayout.setObjectName(u"shortLayout")
        self.shortLayout.setContentsMargins(40, 56, 40, 40)
        self.shortTitle = QLabel(self.shortContent)
        self.shortTitle.setObjectName(u"shortTitle")
        self.shortTitle.setWordWrap(True)
        self.shortTitle.setProperty(u"role", u"title")

        self.shortLayout.addWidget(self.shortTitle)

        self.shortText = QLabel(self.shortContent)
        self.shortText.setObjectName(u"shortText")
        self.shortText.setWordWrap(True)
        self.shortText.setProperty(u"role", u"lead")

        self.shortLayout.addWidget(self.shortText)

        self.shortButtonsBox = QWidget(self.shortContent)
        self.shortButtonsBox.setObjectName(u"shortButtonsBox")
        self.shortButtons = QHBoxLayout(self.shortButtonsBox)
        self.shortButtons.setSpacing(12)
        self.shortButtons.setObjectName(u"shortButtons")
        self.shortButtons.setContentsMargins(0, 0, 0, 0)
        self.answerSkippedButton = QPushButton(self.shortButtonsBox)
        self.answerSkippedButton.setObjectName(u"answerSkippedButton")
        self.answerSkippedButton.setProperty(u"role", u"primary")

        self.shortButtons.addWidget(self.answerSkippedButton)

        self.keepAnywayButton = QPushButton(self.shortButtonsBox)
        self.keepAnywayButton.setObjectName(u"keepAnywayButton")

        self.shortButtons.addWidget(self.keepAnywayButton)

        self.shortSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shortButtons.addItem(self.shortSpacer)


        self.shortLayout.addWidget(self.shortButtonsBox)

        self.shortBottom = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.shortLayout.addItem(self.shortBottom)

        self.shortScroll.setWidget(self.shortContent)

        self.shortViewLayout.addWidget(self.shortScroll)

        self.views.addWidget(self.shortView)
        self.resultView = QWidget()
        self.resultView.setObjectName(u"resultView")
        self.resultViewLayout = QVBoxLayout(self.resultView)
        self.resultViewLayout.setObjectName(u"resultViewLayout")
        self.resultViewLayout.setContentsMargins(0, 0, 0, 0)
        self.resultScroll = QScrollArea(self.resultView)
        self.resultScroll.setObjectName(u"resultScroll")
        self.resultScroll.setFrameShape(QFrame.NoFrame)
        self.resultScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.resultScroll.setWidgetResizable(True)
        self.resultContent = QWidget()
        self.resultContent.setObjectName(u"resultContent")
        self.resultLayout = QVBoxLayout(self.resultContent)
        self.resultLayout.setSpacing(14)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(40, 40, 40, 16)
        self.resultTitle = QLabel(self.resultContent)
        self.resultTitle.setObjectName(u"resultTitle")
        self.resultTitle.setTextFormat(Qt.PlainText)
        self.resultTitle.setWordWrap(True)
        self.resultTitle.setProperty(u"role", u"title")

        self.resultLayout.addWidget(self.resultTitle)

        self.resultDate = QLabel(self.resultContent)
        self.resultDate.setObjectName(u"resultDate")
        self.resultDate.setWordWrap(True)
        self.resultDate.setProperty(u"role", u"caption")

        self.resultLayout.addWidget(self.resultDate)

        self.caveatFrame = QFrame(self.resultContent)
        self.caveatFrame.setObjectName(u"caveatFrame")
        self.caveatLayout = QVBoxLayout(self.caveatFrame)
        self.caveatLayout.setObjectName(u"caveatLayout")
        self.caveatLayout.setContentsMargins(16, 12, 16, 12)
        self.resultCaveat = QLabel(self.caveatFrame)
        self.resultCaveat.setObjectName(u"resultCaveat")
        self.resultCaveat.setWordWrap(True)

        self.caveatLayout.addWidget(self.resultCaveat)


        self.resultLayout.addWidget(self.caveatFrame)

        self.planeBox = QWidget(self.resultContent)
        self.planeBox.setObjectName(u"planeBox")
        self.planeBox.setMinimumSize(QSize(0, 300))
        self.planeLayout = QVBoxLayout(self.planeBox)
        self.planeLayout.setObjectName(u"planeLayout")
        self.planeLayout.setContentsMargins(0, 0, 0, 0)

        self.resultLayout.addWidget(self.planeBox)

        self.planeNote = QLabel(self.resultContent)
        self.planeNote.setObjectName(u"planeNote")
        self.planeNote.setWordWrap(True)
        self.planeNote.setProperty(u"role", u"caption")

        self.resultLayout.addWidget(self.planeNote)

        self.scoresLabel = QLabel(self.resultContent)
        self.scoresLabel.setObjectName(u"scoresLabel")
        self.scoresLabel.setWordWrap(True)
        self.scoresLabel.setProperty(u"role", u"emphasis")

        self.resultLayout.addWidget(self.scoresLabel)

        self.placeLabel = QLabel(self.resultContent)
        self.placeLabel.setObjectName(u"placeLabel")
        self.placeLabel.setWordWrap(True)
        self.placeLabel.setProperty(u"role", u"lead")

        self.resultLayout.addWidget(self.placeLabel)

        self.movementLabel = QLabel(self.resultContent)
        self.movementLabel.setObjectName(u"movementLabel")
        self.movementLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.movementLabel)

        self.helpTitle = QLabel(self.resultContent)
        self.helpTitle.setObjectName(u"helpTitle")
        self.helpTitle.setProperty(u"role", u"subtitle")

        self.resultLayout.addWidget(self.helpTitle)

        self.suggestionsBox = QWidget(self.resultContent)
        self.suggestionsBox.setObjectName(u"suggestionsBox")
        self.suggestionsLayout = QVBoxLayout(self.suggestionsBox)
        self.suggestionsLayout.setSpacing(8)
        self.suggestionsLayout.setObjectName(u"suggestionsLayout")
        self.suggestionsLayout.setContentsMargins(0, 0, 0, 0)

        self.resultLayout.addWidget(self.suggestionsBox)

        self.changesBox = QWidget(self.resultContent)
        self.changesBox.setObjectName(u"changesBox")
        self.changesLayout = QVBoxLayout(self.changesBox)
        self.changesLayout.setSpacing(10)
        self.changesLayout.setObjectName(u"changesLayout")
        self.changesLayout.setContentsMargins(0, 0, 0, 0)
        self.changesButtonBox = QWidget(self.changesBox)
        self.changesButtonBox.setObjectName(u"changesButtonBox")
        self.changesButtonRow = QHBoxLayout(self.changesButtonBox)
        self.changesButtonRow.setObjectName(u"changesButtonRow")
        self.changesButtonRow.setContentsMargins(0, 0, 0, 0)
        self.changesButton = QPushButton(self.changesButtonBox)
        self.changesButton.setObjectName(u"changesButton")
        self.changesButton.setCheckable(True)

        self.changesButtonRow.addWidget(self.changesButton)

        self.changesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changesButtonRow.addItem(self.changesSpacer)


        self.changesLayout.addWidget(self.changesButtonBox)

        self.changesLabel = QLabel(self.changesBox)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setTextFormat(Qt.PlainText)
        self.changesLabel.setWordWrap(True)

        self.changesLayout.addWidget(self.changesLabel)


        self.resultLayout.addWidget(self.changesBox)

        self.historyTitle = QLabel(self.resultContent)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setWordWrap(True)
        self.historyTitle.setProperty(u"role", u"subtitle")

        self.resultLayout.addWidget(self.historyTitle)

        self.historyList = QListWidget(self.resultContent)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.resultLayout.addWidget(self.historyList)

        self.historyButtonsBox = QWidget(self.resultContent)
        self.historyButtonsBox.setObjectName(u"historyButtonsBox")
        self.historyButtons = QHBoxLayout(self.historyButtonsBox)
        self.historyButtons.setObjectName(u"historyButtons")
        self.historyButtons.setContentsMargins(0, 0, 0, 0)
        self.deleteButton = QPushButton(self.historyButtonsBox)
        self.deleteButton.setObjectName(u"deleteButton")

        self.historyButtons.addWidget(self.deleteButton)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyButtons.addItem(self.historySpacer)


        self.resultLayout.addWidget(self.historyButtonsBox)

        self.resultBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultBottom)

        self.resultScroll.setWidget(self.resultContent)

        self.resultViewLayout.addWidget(self.resultScroll)

        self.resultNav = QHBoxLayout()
        self.resultNav.setObjectName(u"resultNav")
        self.resultNav.setContentsMargins(40, 12, 40, 24)
        self.doneButton = QPushButton(self.resultView)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setProperty(u"role", u"primary")

        self.resultNav.addWidget(self.doneButton)

        self.resultNavSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultNav.addItem(self.resultNavSpacer)


        self.resultViewLayout.addLayout(self.resultNav)

        self.views.addWidget(self.resultView)

        self.pageLayout.addWidget(self.views)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReflectPage)

        QMetaObject.connectSlotsByName(ReflectPage)
    # setupUi

    def retranslateUi(self, ReflectPage):
        self.title.setText(QCoreApplication.translate("ReflectPage", u"Reflect", None))
        self.lead.setText(QCoreApplication.translate("ReflectPage", u"A quiet look at how you tend to respond when someone comes close: how much you worry about being left, and how uneasy closeness and leaning on someone can feel. There are no right or wrong answers.", None))
#if QT_CONFIG(accessibility)
        self.continueButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Continue the unfinished reflection", None))
#endif // QT_CONFIG(accessibility)
        self.continueButton.setText(QCoreApplication.translate("ReflectPage", u"&Continue where I left off", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Discard the unfinished reflection", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("ReflectPage", u"&Discard it and start fresh", None))
        self.focusTitle.setText(QCoreApplication.translate("ReflectPage", u"Who would you like to think about this time?", None))
        self.generalRadio.setText(QCoreApplication.translate("ReflectPage", u"Close relationships in &general", None))
        self.personRadio.setText(QCoreApplication.translate("ReflectPage", u"One relationship in &particular", None))
        self.personLabel.setText(QCoreApplication.translate("ReflectPage", u"The name you use for them (as in Moments)", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("ReflectPage", u"For example: Sam, or my partner", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Name of the person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.beginButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Begin a reflection", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.beginButton.setToolTip(QCoreApplication.translate("ReflectPage", u"Twenty short statements, about five minutes", None))
#endif // QT_CONFIG(tooltip)
        self.beginButton.setText(QCoreApplication.translate("ReflectPage", u"Beg&in", None))
        self.lengthNote.setText(QCoreApplication.translate("ReflectPage", u"Twenty short statements, about five minutes. Any of them can be skipped.", None))
        self.readOnlyNote.setText(QCoreApplication.translate("ReflectPage", u"Your data is open read-only, so a new reflection cannot be kept right now. You can still look at earlier ones.", None))
        self.resultsTitle.setText(QCoreApplication.translate("ReflectPage", u"Your reflections", None))
#if QT_CONFIG(accessibility)
        self.fociList.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Your reflections, one line for each person", None))
#endif // QT_CONFIG(accessibility)
        self.fociEmpty.setText(QCoreApplication.translate("ReflectPage", u"Each reflection you finish is kept here, one line for close relationships in general and one for each person, so you can see how things change over the months.", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Look at the results for the chosen line", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("ReflectPage", u"&Look at these results", None))
        self.remindCheck.setText(QCoreApplication.translate("ReflectPage", u"Suggest reflecting &again after", None))
#if QT_CONFIG(accessibility)
        self.remindWeeks.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Weeks until the suggestion", None))
#endif // QT_CONFIG(accessibility)
        self.remindNote.setText(QCoreApplication.translate("ReflectPage", u"Today will show the suggestion when it is due. It is off until you turn it on.", None))
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Leave the reflection for now; your answers are kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("ReflectPage", u"Your answers so far are kept", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("ReflectPage", u"Leave f&or now", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.answer1.setText(QCoreApplication.translate("ReflectPage", u"1", None))
        self.answer2.setText(QCoreApplication.translate("ReflectPage", u"2", None))
        self.answer3.setText(QCoreApplication.translate("ReflectPage", u"3", None))
        self.answer4.setText(QCoreApplication.translate("ReflectPage", u"4", None))
        self.answer5.setText(QCoreApplication.translate("ReflectPage", u"5", None))
        self.answer6.setText(QCoreApplication.translate("ReflectPage", u"6", None))
        self.answer7.setText(QCoreApplication.translate("ReflectPage", u"7", None))
        self.keysHint.setText(QCoreApplication.translate("ReflectPage", u"Keys: 1 to 7 answer, the arrows move, Enter goes on, Backspace goes back.", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Back to the previous statement", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ReflectPage", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.skipButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Skip this statement", None))
#endif // QT_CONFIG(accessibility)
        self.skipButton.setText(QCoreApplication.translate("ReflectPage", u"S&kip this one", None))
        self.nextButton.setText(QCoreApplication.translate("ReflectPage", u"&Next", None))
        self.shortTitle.setText(QCoreApplication.translate("ReflectPage", u"A few statements were skipped", None))
        self.answerSkippedButton.setText(QCoreApplication.translate("ReflectPage", u"Ans&wer the skipped ones", None))
#if QT_CONFIG(accessibility)
        self.keepAnywayButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Keep the reflection without a full score", None))
#endif // QT_CONFIG(accessibility)
        self.keepAnywayButton.setText(QCoreApplication.translate("ReflectPage", u"Keep it &just as it is", None))
        self.planeNote.setText(QCoreApplication.translate("ReflectPage", u"Each dot is one reflection about this focus, joined in the order they were made; the large dot is the newest. Across: unease with closeness. Up: worry about being left. Both run from 1 to 7.", None))
        self.helpTitle.setText(QCoreApplication.translate("ReflectPage", u"What might help", None))
        self.changesButton.setText(QCoreApplication.translate("ReflectPage", u"Show what changed, s&tatement by statement", None))
        self.historyTitle.setText(QCoreApplication.translate("ReflectPage", u"Every reflection about this focus", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Every reflection about this focus", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Delete the chosen reflection", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("ReflectPage", u"D&elete the chosen reflection\u2026", None))
#if QT_CONFIG(accessibility)
        self.doneButton.setAccessibleName(QCoreApplication.translate("ReflectPage", u"Back to the start of Reflect", None))
#endif // QT_CONFIG(accessibility)
        self.doneButton.setText(QCoreApplication.translate("ReflectPage", u"Back to &Reflect", None))
        pass
    # retranslateUi

