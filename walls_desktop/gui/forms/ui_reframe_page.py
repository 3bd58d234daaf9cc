# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reframe_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

from walls_desktop.gui.common.layout import (CurrentPageStack, StackPage)
from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_ReframePage(object):
    def setupUi(self, ReframePage):
        if not ReframePage.objectName():
            ReframePage.setObjectName(u"ReframePage")
        self.pageLayout = QVBoxLayout(ReframePage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget(ReframePage)
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

        self.draftFrame = QFrame(self.startContent)
        self.draftFrame.setObjectName(u"draftFrame")
        self.draftLayout = QVBoxLayout(self.draftFrame)
        self.draftLayout.setSpacing(12)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(20, 16, 20, 16)
        self.draftLabel = QLabel(self.draftFrame)
        self.draftLabel.setObjectName(u"draftLabel")
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

        self.startActionsBox = QWidget(self.startContent)
        self.startActionsBox.setObjectName(u"startActionsBox")
        self.startActions = QHBoxLayout(self.startActionsBox)
        self.startActions.setSpacing(12)
        self.startActions.setObjectName(u"startActions")
        self.startActions.setContentsMargins(0, 0, 0, 0)
        self.beginButton = QPushButton(self.startActionsBox)
        self.beginButton.setObjectName(u"beginButton")
        self.beginButton.setProperty(u"role", u"primary")

        self.startActions.addWidget(self.beginButton)

        self.startSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startActions.addItem(self.startSpacer)

        self.kindSentencesButton = QPushButton(self.startActionsBox)
        self.kindSentencesButton.setObjectName(u"kindSentencesButton")

        self.startActions.addWidget(self.kindSentencesButton)


        self.startLayout.addWidget(self.startActionsBox)

        self.readOnlyNote = QLabel(self.startContent)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.readOnlyNote)

        self.journalTitle = QLabel(self.startContent)
        self.journalTitle.setObjectName(u"journalTitle")
        self.journalTitle.setProperty(u"role", u"subtitle")

        self.startLayout.addWidget(self.journalTitle)

        self.searchEdit = QLineEdit(self.startContent)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.startLayout.addWidget(self.searchEdit)

        self.journalList = QListWidget(self.startContent)
        self.journalList.setObjectName(u"journalList")
        self.journalList.setMinimumSize(QSize(0, 200))
        self.journalList.setWordWrap(True)
        self.journalList.setUniformItemSizes(False)
        self.journalList.setSpacing(4)

        self.startLayout.addWidget(self.journalList)

        self.journalEmpty = QLabel(self.startContent)
        self.journalEmpty.setObjectName(u"journalEmpty")
        self.journalEmpty.setWordWrap(True)
        self.journalEmpty.setProperty(u"role", u"caption")

        self.startLayout.addWidget(self.journalEmpty)

        self.startScroll.setWidget(self.startContent)

        self.startViewLayout.addWidget(self.startScroll)

        self.views.addWidget(self.startView)
        self.exerciseView = QWidget()
        self.exerciseView.setObjectName(u"exerciseView")
        self.exerciseLayout = QVBoxLayout(self.exerciseView)
        self.exerciseLayout.setSpacing(12)
        self.exerciseLayout.setObjectName(u"exerciseLayout")
        self.exerciseLayout.setContentsMargins(40, 40, 40, 32)
        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressLabel = QLabel(self.exerciseView)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty(u"role", u"caption")

        self.progressRow.addWidget(self.progressLabel)

        self.progressSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressRow.addItem(self.progressSpacer)

        self.leaveButton = QPushButton(self.exerciseView)
        self.leaveButton.setObjectName(u"leaveButton")
        self.leaveButton.setFlat(True)

        self.progressRow.addWidget(self.leaveButton)


        self.exerciseLayout.addLayout(self.progressRow)

        self.stepScroll = QScrollArea(self.exerciseView)
        self.stepScroll.setObjectName(u"stepScroll")
        self.stepScroll.setFrameShape(QFrame.NoFrame)
        self.stepScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.stepScroll.setWidgetResizable(True)
        self.stepContent = QWidget()
        self.stepContent.setObjectName(u"stepContent")
        self.stepLayout = QVBoxLayout(self.stepContent)
        self.stepLayout.setSpacing(12)
        self.stepLayout.setObjectName(u"stepLayout")
        self.stepLayout.setContentsMargins(0, 0, 0, 0)
        self.stepTitle = QLabel(self.stepContent)
        self.stepTitle.setObjectName(u"stepTitle")
        self.stepTitle.setProperty(u"role", u"title")
        self.stepTitle.setWordWrap(True)

        self.stepLayout.addWidget(self.stepTitle)

        self.quoteFrame = QFrame(self.stepContent)
        self.quoteFrame.setObjectName(u"quoteFrame")
        self.quoteLayout = QVBoxLayout(self.quoteFrame)
        self.quoteLayout.setSpacing(2)
        self.quoteLayout.setObjectName(u"quoteLayout")
        self.quoteLayout.setContentsMargins(16, 8, 16, 8)
        self.quoteCaption = QLabel(self.quoteFrame)
        self.quoteCaption.setObjectName(u"quoteCaption")
        self.quoteCaption.setProperty(u"role", u"caption")

        self.quoteLayout.addWidget(self.quoteCaption)

        self.quoteText = QLabel(self.quoteFrame)
        self.quoteText.setObjectName(u"quoteText")
        self.quoteText.setWordWrap(True)
        self.quoteText.setTextFormat(Qt.PlainText)

        self.quoteLayout.addWidget(self.quoteText)


        self.stepLayout.addWidget(self.quoteFrame)

        self.promptLabel = QLabel(self.stepContent)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)
        self.promptLabel.setProperty(u"role", u"lead")

        self.stepLayout.addWidget(self.promptLabel)

        self.hintLabel = QLabel(self.stepContent)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"caption")

        self.stepLayout.addWidget(self.hintLabel)

        self.steps = CurrentPageStack(self.stepContent)
        self.steps.setObjectName(u"steps")
        self.momentStep = StackPage()
        self.momentStep.setObjectName(u"momentStep")
        self.momentLayout = QVBoxLayout(self.momentStep)
        self.momentLayout.setSpacing(8)
        self.momentLayout.setObjectName(u"momentLayout")
        self.momentLayout.setContentsMargins(0, 8, 0, 0)
        self.momentLabel = QLabel(self.momentStep)
        self.momentLabel.setObjectName(u"momentLabel")

        self.momentLayout.addWidget(self.momentLabel)

        self.momentCombo = QComboBox(self.momentStep)
        self.momentCombo.setObjectName(u"momentCombo")
        self.momentCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.momentCombo.setMinimumContentsLength(14)

        self.momentLayout.addWidget(self.momentCombo)

        self.momentEmpty = QLabel(self.momentStep)
        self.momentEmpty.setObjectName(u"momentEmpty")
        self.momentEmpty.setWordWrap(True)
        self.momentEmpty.setProperty(u"role", u"caption")

        self.momentLayout.addWidget(self.momentEmpty)

        self.situationLabel = QLabel(self.momentStep)
        self.situationLabel.setObjectName(u"situationLabel")

        self.momentLayout.addWidget(self.situationLabel)

        self.situationEdit = QLineEdit(self.momentStep)
        self.situationEdit.setObjectName(u"situationEdit")

        self.momentLayout.addWidget(self.situationEdit)

        self.situationProblem = QLabel(self.momentStep)
        self.situationProblem.setObjectName(u"situationProblem")
        self.situationProblem.setWordWrap(True)
        self.situationProblem.setProperty(u"role", u"emphasis")

        self.momentLayout.addWidget(self.situationProblem)

        self.momentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.momentLayout.addItem(self.momentSpacer)

        self.steps.addWidget(self.momentStep)
        self.criticStep = StackPage()
        self.criticStep.setObjectName(u"criticStep")
        self.criticLayout = QVBoxLayout(self.criticStep)
        self.criticLayout.setSpacing(8)
        self.criticLayout.setObjectName(u"criticLayout")
        self.criticLayout.setContentsMargins(0, 8, 0, 0)
        self.criticLabel = QLabel(self.criticStep)
        self.criticLabel.setObjectName(u"criticLabel")

        self.criticLayout.addWidget(self.criticLabel)

        self.criticEdit = QPlainTextEdit(self.criticStep)
        self.criticEdit.setObjectName(u"criticEdit")
        self.criticEdit.setTabChangesFocus(True)

        self.criticLayout.addWidget(self.criticEdit)

        self.criticProblem = QLabel(self.criticStep)
        self.criticProblem.setObjectName(u"criticProblem")
        self.criticProblem.setWordWrap(True)
        self.criticProblem.setProperty(u"role", u"emphasis")

        self.criticLayout.addWidget(self.criticProblem)

        self.beliefBeforeLabel = QLabel(self.criticStep)
        self.beliefBeforeLabel.setObjectName(u"beliefBeforeLabel")
        self.beliefBeforeLabel.setWordWrap(True)

        self.criticLayout.addWidget(self.beliefBeforeLabel)

        self.beliefBefore = RatingWidget(self.criticStep)
        self.beliefBefore.setObjectName(u"beliefBefore")

        self.criticLayout.addWidget(self.beliefBefore)

        self.beliefBeforeProblem = QLabel(self.criticStep)
        self.beliefBeforeProblem.setObjectName(u"beliefBeforeProblem")
        self.beliefBeforeProblem.setWordWrap(True)
        self.beliefBeforeProblem.setProperty(u"role", u"emphasis")

        self.criticLayout.addWidget(self.beliefBeforeProblem)

        self.criticSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.criticLayout.addItem(self.criticSpacer)

        self.steps.addWidget(self.criticStep)
        self.noticeStep = StackPage()
        self.noticeStep.setObjectName(u"noticeStep")
        self.noticeLayout = QVBoxLayout(self.noticeStep)
        self.noticeLayout.setSpacing(8)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLayout.setContentsMargins(0, 8, 0, 0)
        self.feelingLabel = QLabel(self.noticeStep)
        self.feelingLabel.setObjectName(u"feelingLabel")

        self.noticeLayout.addWidget(self.feelingLabel)

        self.feelingCombo = QComboBox(self.noticeStep)
        self.feelingCombo.setObjectName(u"feelingCombo")
        self.feelingCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.feelingCombo.setMinimumContentsLength(14)
        self.feelingCombo.setEditable(True)
        self.feelingCombo.setInsertPolicy(QComboBox.NoInsert)

        self.noticeLayout.addWidget(self.feelingCombo)

        self.feelingProblem = QLabel(self.noticeStep)
        self.feelingProblem.setObjectName(u"feelingProblem")
        self.feelingProblem.setWordWrap(True)
        self.feelingProblem.setProperty(u"role", u"emphasis")

        self.noticeLayout.addWidget(self.feelingProblem)

        self.feelingIntensityLabel = QLabel(self.noticeStep)
        self.feelingIntensityLabel.setObjectName(u"feelingIntensityLabel")

        self.noticeLayout.addWidget(self.feelingIntensityLabel)

        self.feelingIntensity = RatingWidget(self.noticeStep)
        self.feelingIntensity.setObjectName(u"feelingIntensity")

        self.noticeLayout.addWidget(self.feelingIntensity)

        self.feelingIntensityProblem = QLabel(self.noticeStep)
        self.feelingIntensityProblem.setObjectName(u"feelingIntensityProblem")
        self.feelingIntensityProblem.setWordWrap(True)
        self.feelingIntensityProblem.setProperty(u"role", u"emphasis")

        self.noticeLayout.addWidget(self.feelingIntensityProblem)

        self.noticeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noticeLayout.addItem(self.noticeSpacer)

        self.steps.addWidget(self.noticeStep)
        self.notAloneStep = StackPage()
        self.notAloneStep.setObjectName(u"notAloneStep")
        self.notAloneLayout = QVBoxLayout(self.notAloneStep)
        self.notAloneLayout.setSpacing(8)
        self.notAloneLayout.setObjectName(u"notAloneLayout")
        self.notAloneLayout.setContentsMargins(0, 8, 0, 0)
        self.notAloneLabel = QLabel(self.notAloneStep)
        self.notAloneLabel.setObjectName(u"notAloneLabel")

        self.notAloneLayout.addWidget(self.notAloneLabel)

        self.notAloneEdit = QPlainTextEdit(self.notAloneStep)
        self.notAloneEdit.setObjectName(u"notAloneEdit")
        self.notAloneEdit.setTabChangesFocus(True)

        self.notAloneLayout.addWidget(self.notAloneEdit)

        self.notAloneProblem = QLabel(self.notAloneStep)
        self.notAloneProblem.setObjectName(u"notAloneProblem")
        self.notAloneProblem.setWordWrap(True)
        self.notAloneProblem.setProperty(u"role", u"emphasis")

        self.notAloneLayout.addWidget(self.notAloneProblem)

        self.notAloneSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notAloneLayout.addItem(self.notAloneSpacer)

        self.steps.addWidget(self.notAloneStep)
        self.trapsStep = StackPage()
        self.trapsStep.setObjectName(u"trapsStep")
        self.trapsLayout = QVBoxLayout(self.trapsStep)
        self.trapsLayout.setSpacing(8)
        self.trapsLayout.setObjectName(u"trapsLayout")
        self.trapsLayout.setContentsMargins(0, 8, 0, 0)
        self.trapsContainer = QWidget(self.trapsStep)
        self.trapsContainer.setObjectName(u"trapsContainer")
        self.trapsGrid = QGridLayout(self.trapsContainer)
        self.trapsGrid.setObjectName(u"trapsGrid")
        self.trapsGrid.setHorizontalSpacing(24)
        self.trapsGrid.setVerticalSpacing(2)
        self.trapsGrid.setContentsMargins(0, 0, 8, 0)

        self.trapsLayout.addWidget(self.trapsContainer)

        self.steps.addWidget(self.trapsStep)
        self.kindnessStep = StackPage()
        self.kindnessStep.setObjectName(u"kindnessStep")
        self.kindnessLayout = QVBoxLayout(self.kindnessStep)
        self.kindnessLayout.setSpacing(8)
        self.kindnessLayout.setObjectName(u"kindnessLayout")
        self.kindnessLayout.setContentsMargins(0, 8, 0, 0)
        self.friendLabel = QLabel(self.kindnessStep)
        self.friendLabel.setObjectName(u"friendLabel")

        self.kindnessLayout.addWidget(self.friendLabel)

        self.friendEdit = QPlainTextEdit(self.kindnessStep)
        self.friendEdit.setObjectName(u"friendEdit")
        self.friendEdit.setTabChangesFocus(True)

        self.kindnessLayout.addWidget(self.friendEdit)

        self.friendProblem = QLabel(self.kindnessStep)
        self.friendProblem.setObjectName(u"friendProblem")
        self.friendProblem.setWordWrap(True)
        self.friendProblem.setProperty(u"role", u"emphasis")

        self.kindnessLayout.addWidget(self.friendProblem)

        self.kindnessSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.kindnessLayout.addItem(self.kindnessSpacer)

        self.steps.addWidget(self.kindnessStep)
        self.reframeStep = StackPage()
        self.reframeStep.setObjectName(u"reframeStep")
        self.reframeLayout = QVBoxLayout(self.reframeStep)
        self.reframeLayout.setSpacing(6)
        self.reframeLayout.setObjectName(u"reframeLayout")
        self.reframeLayout.setContentsMargins(0, 8, 0, 0)
        self.reframeLabel = QLabel(self.reframeStep)
        self.reframeLabel.setObjectName(u"reframeLabel")

        self.reframeLayout.addWidget(self.reframeLabel)

        self.reframeEdit = QPlainTextEdit(self.reframeStep)
        self.reframeEdit.setObjectName(u"reframeEdit")
        self.reframeEdit.setTabChangesFocus(True)

        self.reframeLayout.addWidget(self.reframeEdit)

        self.reframeProblem = QLabel(self.reframeStep)
        self.reframeProblem.setObjectName(u"reframeProblem")
        self.reframeProblem.setWordWrap(True)
        self.reframeProblem.setProperty(u"role", u"emphasis")

        self.reframeLayout.addWidget(self.reframeProblem)

        self.beliefAfterLabel = QLabel(self.reframeStep)
        self.beliefAfterLabel.setObjectName(u"beliefAfterLabel")
        self.beliefAfterLabel.setWordWrap(True)

        self.reframeLayout.addWidget(self.beliefAfterLabel)

        self.beliefAfter = RatingWidget(self.reframeStep)
        self.beliefAfter.setObjectName(u"beliefAfter")

        self.reframeLayout.addWidget(self.beliefAfter)

        self.beliefAfterProblem = QLabel(self.reframeStep)
        self.beliefAfterProblem.setObjectName(u"beliefAfterProblem")
        self.beliefAfterProblem.setWordWrap(True)
        self.beliefAfterProblem.setProperty(u"role", u"emphasis")

        self.reframeLayout.addWidget(self.beliefAfterProblem)

        self.reframeBeliefLabel = QLabel(self.reframeStep)
        self.reframeBeliefLabel.setObjectName(u"reframeBeliefLabel")
        self.reframeBeliefLabel.setWordWrap(True)

        self.reframeLayout.addWidget(self.reframeBeliefLabel)

        self.reframeBelief = RatingWidget(self.reframeStep)
        self.reframeBelief.setObjectName(u"reframeBelief")

        self.reframeLayout.addWidget(self.reframeBelief)

        self.reframeBeliefProblem = QLabel(self.reframeStep)
        self.reframeBeliefProblem.setObjectName(u"reframeBeliefProblem")
        self.reframeBeliefProblem.setWordWrap(True)
        self.reframeBeliefProblem.setProperty(u"role", u"emphasis")

        self.reframeLayout.addWidget(self.reframeBeliefProblem)

        self.shareCheck = QCheckBox(self.reframeStep)
        self.shareCheck.setObjectName(u"shareCheck")

        self.reframeLayout.addWidget(self.shareCheck)

        self.reframeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reframeLayout.addItem(self.reframeSpacer)

        self.steps.addWidget(self.reframeStep)

        self.stepLayout.addWidget(self.steps)

        self.stepScroll.setWidget(self.stepContent)

        self.exerciseLayout.addWidget(self.stepScroll)

        self.navRow = QHBoxLayout()
        self.navRow.setSpacing(12)
        self.navRow.setObjectName(u"navRow")
        self.backButton = QPushButton(self.exerciseView)
        self.backButton.setObjectName(u"backButton")

        self.navRow.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navRow.addItem(self.navSpacer)

        self.nextButton = QPushButton(self.exerciseView)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.navRow.addWidget(self.nextButton)


        self.exerciseLayout.addLayout(self.navRow)

        self.views.addWidget(self.exerciseView)
        self.doneView = QWidget()
        self.doneView.setObjectName(u"doneView")
        self.doneLayout = QVBoxLayout(self.doneView)
        self.doneLayout.setSpacing(20)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(40, 56, 40, 40)
        self.doneTitle = QLabel(self.doneView)
        self.doneTitle.setObjectName(u"doneTitle")
        self.doneTitle.setWordWrap(True)
        self.doneTitle.setProperty(u"role", u"title")

        self.doneLayout.addWidget(self.doneTitle)

        self.kindSentence = QLabel(self.doneView)
        self.kindSentence.setObjectName(u"kindSentence")
        self.kindSentence.setWordWrap(True)
        self.kindSentence.setProperty(u"role", u"lead")
        self.kindSentence.setTextFormat(Qt.PlainText)
        self.kindSentence.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.doneLayout.addWidget(self.kindSentence)

        self.beliefChange = QLabel(self.doneView)
        self.beliefChange.setObjectName(u"beliefChange")
        self.beliefChange.setWordWrap(True)

        self.doneLayout.addWidget(self.beliefChange)

        self.savedNote = QLabel(self.doneView)
        self.savedNote.setObjectName(u"savedNote")
        self.savedNote.setWordWrap(True)
        self.savedNote.setProperty(u"role", u"caption")

        self.doneLayout.addWidget(self.savedNote)

        self.doneActions = QHBoxLayout()
        self.doneActions.setObjectName(u"doneActions")
        self.journalButton = QPushButton(self.doneView)
        self.journalButton.setObjectName(u"journalButton")
        self.journalButton.setProperty(u"role", u"primary")

        self.doneActions.addWidget(self.journalButton)

        self.doneSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneActions.addItem(self.doneSpacer)


        self.doneLayout.addLayout(self.doneActions)

        self.doneBottom = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneBottom)

        self.views.addWidget(self.doneView)

        self.pageLayout.addWidget(self.views)

#if QT_CONFIG(shortcut)
        self.momentLabel.setBuddy(self.momentCombo)
        self.situationLabel.setBuddy(self.situationEdit)
        self.criticLabel.setBuddy(self.criticEdit)
        self.beliefBeforeLabel.setBuddy(self.beliefBefore)
        self.feelingLabel.setBuddy(self.feelingCombo)
        self.feelingIntensityLabel.setBuddy(self.feelingIntensity)
        self.notAloneLabel.setBuddy(self.notAloneEdit)
        self.friendLabel.setBuddy(self.friendEdit)
        self.reframeLabel.setBuddy(self.reframeEdit)
        self.beliefAfterLabel.setBuddy(self.beliefAfter)
        self.reframeBeliefLabel.setBuddy(self.reframeBelief)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReframePage)

        QMetaObject.connectSlotsByName(ReframePage)
    # setupUi

    def retranslateUi(self, ReframePage):
        self.title.setText(QCoreApplication.translate("ReframePage", u"Reframe", None))
        self.lead.setText(QCoreApplication.translate("ReframePage", u"When closeness wakes the inner critic, take a few quiet minutes to answer it the way a good friend would: kindly, and honestly.", None))
        self.continueButton.setText(QCoreApplication.translate("ReframePage", u"&Continue where I left off", None))
#if QT_CONFIG(accessibility)
        self.continueButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Continue the unfinished reframe", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("ReframePage", u"&Discard it and start fresh", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Discard the unfinished reframe", None))
#endif // QT_CONFIG(accessibility)
        self.beginButton.setText(QCoreApplication.translate("ReframePage", u"Be&gin a new reframe", None))
#if QT_CONFIG(accessibility)
        self.beginButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Begin a new reframe", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.beginButton.setToolTip(QCoreApplication.translate("ReframePage", u"Seven short steps, a few minutes in all", None))
#endif // QT_CONFIG(tooltip)
        self.kindSentencesButton.setText(QCoreApplication.translate("ReframePage", u"&Kind sentences\u2026", None))
#if QT_CONFIG(accessibility)
        self.kindSentencesButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Edit your kind sentences", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.kindSentencesButton.setToolTip(QCoreApplication.translate("ReframePage", u"The sentences you see when an exercise ends", None))
#endif // QT_CONFIG(tooltip)
        self.readOnlyNote.setText(QCoreApplication.translate("ReframePage", u"Your data is open read-only, so new reframes cannot be saved right now. You can still read your journal.", None))
        self.journalTitle.setText(QCoreApplication.translate("ReframePage", u"Your journal", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ReframePage", u"Search your reframes", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ReframePage", u"Search your reframes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.journalList.setAccessibleName(QCoreApplication.translate("ReframePage", u"Past reframes, newest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.journalList.setToolTip(QCoreApplication.translate("ReframePage", u"Press Enter or double-click to read, change or delete one", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("ReframePage", u"&Leave for now", None))
#if QT_CONFIG(accessibility)
        self.leaveButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Leave the exercise; your words are kept", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.leaveButton.setToolTip(QCoreApplication.translate("ReframePage", u"Your words are kept, and you can continue later", None))
#endif // QT_CONFIG(tooltip)
        self.quoteCaption.setText(QCoreApplication.translate("ReframePage", u"The critic said", None))
#if QT_CONFIG(accessibility)
        self.quoteText.setAccessibleName(QCoreApplication.translate("ReframePage", u"The critic's words", None))
#endif // QT_CONFIG(accessibility)
        self.momentEmpty.setText(QCoreApplication.translate("ReframePage", u"You haven't logged a moment yet; a line below is just as good.", None))
        self.situationEdit.setPlaceholderText(QCoreApplication.translate("ReframePage", u"For example: they asked me to meet their family", None))
        self.criticEdit.setPlaceholderText(QCoreApplication.translate("ReframePage", u"For example: if I let them in, they will leave", None))
#if QT_CONFIG(tooltip)
        self.feelingCombo.setToolTip(QCoreApplication.translate("ReframePage", u"Pick one from the list (Alt+Down), or type your own word", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.trapsContainer.setAccessibleName(QCoreApplication.translate("ReframePage", u"Thinking traps", None))
#endif // QT_CONFIG(accessibility)
        self.reframeEdit.setPlaceholderText(QCoreApplication.translate("ReframePage", u"For example: they have stayed through hard days before; I can let them in a little", None))
        self.shareCheck.setText(QCoreApplication.translate("ReframePage", u"I'd like to share this one with my therapist", None))
#if QT_CONFIG(accessibility)
        self.shareCheck.setAccessibleName(QCoreApplication.translate("ReframePage", u"Mark to share with my therapist", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("ReframePage", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Back to the previous step", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("ReframePage", u"&Next", None))
        self.doneTitle.setText(QCoreApplication.translate("ReframePage", u"You answered the critic kindly", None))
        self.savedNote.setText(QCoreApplication.translate("ReframePage", u"It is saved in your journal, on this computer only.", None))
        self.journalButton.setText(QCoreApplication.translate("ReframePage", u"Back to the &journal", None))
#if QT_CONFIG(accessibility)
        self.journalButton.setAccessibleName(QCoreApplication.translate("ReframePage", u"Back to the journal", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

