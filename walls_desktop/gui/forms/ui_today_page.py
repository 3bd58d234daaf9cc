# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today_page.ui'
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
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_TodayPage(object):
    def setupUi(self, TodayPage):
        if not TodayPage.objectName():
            TodayPage.setObjectName(u"TodayPage")
        self.pageLayout = QVBoxLayout(TodayPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.todayScroll = QScrollArea(TodayPage)
        self.todayScroll.setObjectName(u"todayScroll")
        self.todayScroll.setFrameShape(QFrame.NoFrame)
        self.todayScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.todayScroll.setWidgetResizable(True)
        self.todayContent = QWidget()
        self.todayContent.setObjectName(u"todayContent")
        self.contentLayout = QVBoxLayout(self.todayContent)
        self.contentLayout.setSpacing(20)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(56, 48, 56, 40)
        self.greeting = QLabel(self.todayContent)
        self.greeting.setObjectName(u"greeting")
        self.greeting.setProperty(u"role", u"title")

        self.contentLayout.addWidget(self.greeting)

        self.kindSentence = QLabel(self.todayContent)
        self.kindSentence.setObjectName(u"kindSentence")
        self.kindSentence.setWordWrap(True)
        self.kindSentence.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.kindSentence.setProperty(u"role", u"lead")

        self.contentLayout.addWidget(self.kindSentence)

        self.checkInFrame = QFrame(self.todayContent)
        self.checkInFrame.setObjectName(u"checkInFrame")
        self.checkInLayout = QVBoxLayout(self.checkInFrame)
        self.checkInLayout.setSpacing(10)
        self.checkInLayout.setObjectName(u"checkInLayout")
        self.checkInLayout.setContentsMargins(24, 20, 24, 20)
        self.checkInTitle = QLabel(self.checkInFrame)
        self.checkInTitle.setObjectName(u"checkInTitle")
        self.checkInTitle.setWordWrap(True)
        self.checkInTitle.setProperty(u"role", u"subtitle")

        self.checkInLayout.addWidget(self.checkInTitle)

        self.checkInHint = QLabel(self.checkInFrame)
        self.checkInHint.setObjectName(u"checkInHint")
        self.checkInHint.setWordWrap(True)
        self.checkInHint.setProperty(u"role", u"caption")

        self.checkInLayout.addWidget(self.checkInHint)

        self.checkInRating = RatingWidget(self.checkInFrame)
        self.checkInRating.setObjectName(u"checkInRating")
        self.checkInRating.setMaximumSize(QSize(720, 16777215))

        self.checkInLayout.addWidget(self.checkInRating)

        self.detailsBox = QWidget(self.checkInFrame)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsRow = QHBoxLayout(self.detailsBox)
        self.detailsRow.setSpacing(24)
        self.detailsRow.setObjectName(u"detailsRow")
        self.detailsRow.setContentsMargins(0, 0, 0, 0)
        self.happeningColumn = QVBoxLayout()
        self.happeningColumn.setSpacing(4)
        self.happeningColumn.setObjectName(u"happeningColumn")
        self.happeningLabel = QLabel(self.detailsBox)
        self.happeningLabel.setObjectName(u"happeningLabel")

        self.happeningColumn.addWidget(self.happeningLabel)

        self.happeningEdit = QLineEdit(self.detailsBox)
        self.happeningEdit.setObjectName(u"happeningEdit")

        self.happeningColumn.addWidget(self.happeningEdit)


        self.detailsRow.addLayout(self.happeningColumn)

        self.personColumn = QVBoxLayout()
        self.personColumn.setSpacing(4)
        self.personColumn.setObjectName(u"personColumn")
        self.personLabel = QLabel(self.detailsBox)
        self.personLabel.setObjectName(u"personLabel")

        self.personColumn.addWidget(self.personLabel)

        self.personEdit = QLineEdit(self.detailsBox)
        self.personEdit.setObjectName(u"personEdit")

        self.personColumn.addWidget(self.personEdit)


        self.detailsRow.addLayout(self.personColumn)

        self.detailsRow.setStretch(0, 3)
        self.detailsRow.setStretch(1, 2)

        self.checkInLayout.addWidget(self.detailsBox)

        self.criticCheck = QCheckBox(self.checkInFrame)
        self.criticCheck.setObjectName(u"criticCheck")

        self.checkInLayout.addWidget(self.criticCheck)

        self.checkInProblem = QLabel(self.checkInFrame)
        self.checkInProblem.setObjectName(u"checkInProblem")
        self.checkInProblem.setWordWrap(True)
        self.checkInProblem.setProperty(u"role", u"emphasis")

        self.checkInLayout.addWidget(self.checkInProblem)

        self.checkInRow = QHBoxLayout()
        self.checkInRow.setObjectName(u"checkInRow")
        self.checkInButton = QPushButton(self.checkInFrame)
        self.checkInButton.setObjectName(u"checkInButton")
        self.checkInButton.setMinimumSize(QSize(200, 0))
        self.checkInButton.setProperty(u"role", u"primary")

        self.checkInRow.addWidget(self.checkInButton)

        self.checkInSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkInRow.addItem(self.checkInSpacer)


        self.checkInLayout.addLayout(self.checkInRow)


        self.contentLayout.addWidget(self.checkInFrame)

        self.suggestionFrame = QFrame(self.todayContent)
        self.suggestionFrame.setObjectName(u"suggestionFrame")
        self.suggestionLayout = QVBoxLayout(self.suggestionFrame)
        self.suggestionLayout.setSpacing(10)
        self.suggestionLayout.setObjectName(u"suggestionLayout")
        self.suggestionLayout.setContentsMargins(24, 20, 24, 20)
        self.suggestionLabel = QLabel(self.suggestionFrame)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setWordWrap(True)
        self.suggestionLabel.setTextFormat(Qt.PlainText)
        self.suggestionLabel.setProperty(u"role", u"lead")

        self.suggestionLayout.addWidget(self.suggestionLabel)

        self.reasonLabel = QLabel(self.suggestionFrame)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)
        self.reasonLabel.setProperty(u"role", u"caption")

        self.suggestionLayout.addWidget(self.reasonLabel)

        self.crisisNote = QLabel(self.suggestionFrame)
        self.crisisNote.setObjectName(u"crisisNote")
        self.crisisNote.setWordWrap(True)
        self.crisisNote.setProperty(u"role", u"caption")

        self.suggestionLayout.addWidget(self.crisisNote)

        self.crisisRow = QHBoxLayout()
        self.crisisRow.setObjectName(u"crisisRow")
        self.crisisButton = QPushButton(self.suggestionFrame)
        self.crisisButton.setObjectName(u"crisisButton")

        self.crisisRow.addWidget(self.crisisButton)

        self.crisisSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.crisisRow.addItem(self.crisisSpacer)


        self.suggestionLayout.addLayout(self.crisisRow)

        self.suggestionBox = QWidget(self.suggestionFrame)
        self.suggestionBox.setObjectName(u"suggestionBox")
        self.suggestionRow = QHBoxLayout(self.suggestionBox)
        self.suggestionRow.setSpacing(12)
        self.suggestionRow.setObjectName(u"suggestionRow")
        self.suggestionRow.setContentsMargins(0, 0, 0, 0)
        self.startSuggestionButton = QPushButton(self.suggestionBox)
        self.startSuggestionButton.setObjectName(u"startSuggestionButton")
        self.startSuggestionButton.setProperty(u"role", u"primary")

        self.suggestionRow.addWidget(self.startSuggestionButton)

        self.asMomentButton = QPushButton(self.suggestionBox)
        self.asMomentButton.setObjectName(u"asMomentButton")

        self.suggestionRow.addWidget(self.asMomentButton)

        self.suggestionSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.suggestionRow.addItem(self.suggestionSpacer)


        self.suggestionLayout.addWidget(self.suggestionBox)


        self.contentLayout.addWidget(self.suggestionFrame)

        self.nextFrame = QFrame(self.todayContent)
        self.nextFrame.setObjectName(u"nextFrame")
        self.nextLayout = QVBoxLayout(self.nextFrame)
        self.nextLayout.setSpacing(14)
        self.nextLayout.setObjectName(u"nextLayout")
        self.nextLayout.setContentsMargins(0, 0, 0, 0)
        self.nextTitle = QLabel(self.nextFrame)
        self.nextTitle.setObjectName(u"nextTitle")
        self.nextTitle.setWordWrap(True)
        self.nextTitle.setProperty(u"role", u"subtitle")

        self.nextLayout.addWidget(self.nextTitle)

        self.ladderNextFrame = QWidget(self.nextFrame)
        self.ladderNextFrame.setObjectName(u"ladderNextFrame")
        self.ladderNextFrameLayout = QVBoxLayout(self.ladderNextFrame)
        self.ladderNextFrameLayout.setSpacing(8)
        self.ladderNextFrameLayout.setObjectName(u"ladderNextFrameLayout")
        self.ladderNextFrameLayout.setContentsMargins(0, 0, 0, 0)
        self.ladderNextLabel = QLabel(self.ladderNextFrame)
        self.ladderNextLabel.setObjectName(u"ladderNextLabel")
        self.ladderNextLabel.setWordWrap(True)
        self.ladderNextLabel.setTextFormat(Qt.PlainText)

        self.ladderNextFrameLayout.addWidget(self.ladderNextLabel)

        self.ladderNextFrameRow = QHBoxLayout()
        self.ladderNextFrameRow.setObjectName(u"ladderNextFrameRow")
        self.tryNextButton = QPushButton(self.ladderNextFrame)
        self.tryNextButton.setObjectName(u"tryNextButton")

        self.ladderNextFrameRow.addWidget(self.tryNextButton)

        self.ladderNextFrameSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ladderNextFrameRow.addItem(self.ladderNextFrameSpacer)


        self.ladderNextFrameLayout.addLayout(self.ladderNextFrameRow)


        self.nextLayout.addWidget(self.ladderNextFrame)

        self.reflectDueFrame = QWidget(self.nextFrame)
        self.reflectDueFrame.setObjectName(u"reflectDueFrame")
        self.reflectDueFrameLayout = QVBoxLayout(self.reflectDueFrame)
        self.reflectDueFrameLayout.setSpacing(8)
        self.reflectDueFrameLayout.setObjectName(u"reflectDueFrameLayout")
        self.reflectDueFrameLayout.setContentsMargins(0, 0, 0, 0)
        self.reflectDueLabel = QLabel(self.reflectDueFrame)
        self.reflectDueLabel.setObjectName(u"reflectDueLabel")
        self.reflectDueLabel.setWordWrap(True)
        self.reflectDueLabel.setTextFormat(Qt.PlainText)

        self.reflectDueFrameLayout.addWidget(self.reflectDueLabel)

        self.reflectDueFrameRow = QHBoxLayout()
        self.reflectDueFrameRow.setObjectName(u"reflectDueFrameRow")
        self.reflectAgainButton = QPushButton(self.reflectDueFrame)
        self.reflectAgainButton.setObjectName(u"reflectAgainButton")

        self.reflectDueFrameRow.addWidget(self.reflectAgainButton)

        self.reflectDueFrameSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reflectDueFrameRow.addItem(self.reflectDueFrameSpacer)


        self.reflectDueFrameLayout.addLayout(self.reflectDueFrameRow)


        self.nextLayout.addWidget(self.reflectDueFrame)

        self.reframeDraftFrame = QWidget(self.nextFrame)
        self.reframeDraftFrame.setObjectName(u"reframeDraftFrame")
        self.reframeDraftFrameLayout = QVBoxLayout(self.reframeDraftFrame)
        self.reframeDraftFrameLayout.setSpacing(8)
        self.reframeDraftFrameLayout.setObjectName(u"reframeDraftFrameLayout")
        self.reframeDraftFrameLayout.setContentsMargins(0, 0, 0, 0)
        self.reframeDraftLabel = QLabel(self.reframeDraftFrame)
        self.reframeDraftLabel.setObjectName(u"reframeDraftLabel")
        self.reframeDraftLabel.setWordWrap(True)
        self.reframeDraftLabel.setTextFormat(Qt.PlainText)

        self.reframeDraftFrameLayout.addWidget(self.reframeDraftLabel)

        self.reframeDraftFrameRow = QHBoxLayout()
        self.reframeDraftFrameRow.setObjectName(u"reframeDraftFrameRow")
        self.reframeDraftButton = QPushButton(self.reframeDraftFrame)
        self.reframeDraftButton.setObjectName(u"reframeDraftButton")

        self.reframeDraftFrameRow.addWidget(self.reframeDraftButton)

        self.reframeDraftFrameSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reframeDraftFrameRow.addItem(self.reframeDraftFrameSpacer)


        self.reframeDraftFrameLayout.addLayout(self.reframeDraftFrameRow)


        self.nextLayout.addWidget(self.reframeDraftFrame)

        self.reflectDraftFrame = QWidget(self.nextFrame)
        self.reflectDraftFrame.setObjectName(u"reflectDraftFrame")
        self.reflectDraftFrameLayout = QVBoxLayout(self.reflectDraftFrame)
        self.reflectDraftFrameLayout.setSpacing(8)
        self.reflectDraftFrameLayout.setObjectName(u"reflectDraftFrameLayout")
        self.reflectDraftFrameLayout.setContentsMargins(0, 0, 0, 0)
        self.reflectDraftLabel = QLabel(self.reflectDraftFrame)
        self.reflectDraftLabel.setObjectName(u"reflectDraftLabel")
        self.reflectDraftLabel.setWordWrap(True)
        self.reflectDraftLabel.setTextFormat(Qt.PlainText)

        self.reflectDraftFrameLayout.addWidget(self.reflectDraftLabel)

        self.reflectDraftFrameRow = QHBoxLayout()
        self.reflectDraftFrameRow.setObjectName(u"reflectDraftFrameRow")
        self.reflectDraftButton = QPushButton(self.reflectDraftFrame)
        self.reflectDraftButton.setObjectName(u"reflectDraftButton")

        self.reflectDraftFrameRow.addWidget(self.reflectDraftButton)

        self.reflectDraftFrameSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reflectDraftFrameRow.addItem(self.reflectDraftFrameSpacer)


        self.reflectDraftFrameLayout.addLayout(self.reflectDraftFrameRow)


        self.nextLayout.addWidget(self.reflectDraftFrame)


        self.contentLayout.addWidget(self.nextFrame)

        self.waysLayout = QVBoxLayout()
        self.waysLayout.setSpacing(12)
        self.waysLayout.setObjectName(u"waysLayout")
        self.waysTitle = QLabel(self.todayContent)
        self.waysTitle.setObjectName(u"waysTitle")
        self.waysTitle.setWordWrap(True)
        self.waysTitle.setProperty(u"role", u"subtitle")

        self.waysLayout.addWidget(self.waysTitle)

        self.settleBox = QWidget(self.todayContent)
        self.settleBox.setObjectName(u"settleBox")
        self.settleRow = QHBoxLayout(self.settleBox)
        self.settleRow.setSpacing(12)
        self.settleRow.setObjectName(u"settleRow")
        self.settleRow.setContentsMargins(0, 0, 0, 0)
        self.breatheButton = QPushButton(self.settleBox)
        self.breatheButton.setObjectName(u"breatheButton")

        self.settleRow.addWidget(self.breatheButton)

        self.groundingButton = QPushButton(self.settleBox)
        self.groundingButton.setObjectName(u"groundingButton")

        self.settleRow.addWidget(self.groundingButton)

        self.compassionButton = QPushButton(self.settleBox)
        self.compassionButton.setObjectName(u"compassionButton")

        self.settleRow.addWidget(self.compassionButton)

        self.settleSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settleRow.addItem(self.settleSpacer)


        self.waysLayout.addWidget(self.settleBox)

        self.moreBox = QWidget(self.todayContent)
        self.moreBox.setObjectName(u"moreBox")
        self.moreRow = QHBoxLayout(self.moreBox)
        self.moreRow.setSpacing(12)
        self.moreRow.setObjectName(u"moreRow")
        self.moreRow.setContentsMargins(0, 0, 0, 0)
        self.reframeButton = QPushButton(self.moreBox)
        self.reframeButton.setObjectName(u"reframeButton")

        self.moreRow.addWidget(self.reframeButton)

        self.momentButton = QPushButton(self.moreBox)
        self.momentButton.setObjectName(u"momentButton")

        self.moreRow.addWidget(self.momentButton)

        self.moreSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moreRow.addItem(self.moreSpacer)


        self.waysLayout.addWidget(self.moreBox)


        self.contentLayout.addLayout(self.waysLayout)

        self.reviewLayout = QVBoxLayout()
        self.reviewLayout.setSpacing(10)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewTitle = QLabel(self.todayContent)
        self.reviewTitle.setObjectName(u"reviewTitle")
        self.reviewTitle.setWordWrap(True)
        self.reviewTitle.setProperty(u"role", u"subtitle")

        self.reviewLayout.addWidget(self.reviewTitle)

        self.reviewLabel = QLabel(self.todayContent)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.setTextFormat(Qt.PlainText)

        self.reviewLayout.addWidget(self.reviewLabel)

        self.resurfaceCheck = QCheckBox(self.todayContent)
        self.resurfaceCheck.setObjectName(u"resurfaceCheck")

        self.reviewLayout.addWidget(self.resurfaceCheck)

        self.resurfaceLabel = QLabel(self.todayContent)
        self.resurfaceLabel.setObjectName(u"resurfaceLabel")
        self.resurfaceLabel.setWordWrap(True)
        self.resurfaceLabel.setTextFormat(Qt.PlainText)
        self.resurfaceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.resurfaceLabel.setProperty(u"role", u"emphasis")

        self.reviewLayout.addWidget(self.resurfaceLabel)


        self.contentLayout.addLayout(self.reviewLayout)

        self.todaySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.todaySpacer)

        self.todayScroll.setWidget(self.todayContent)

        self.pageLayout.addWidget(self.todayScroll)

#if QT_CONFIG(shortcut)
        self.happeningLabel.setBuddy(self.happeningEdit)
        self.personLabel.setBuddy(self.personEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TodayPage)

        self.checkInButton.setDefault(True)


        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.greeting.setText(QCoreApplication.translate("TodayPage", u"Welcome back.", None))
        self.checkInTitle.setText(QCoreApplication.translate("TodayPage", u"How are you right now?", None))
        self.checkInHint.setText(QCoreApplication.translate("TodayPage", u"Anxiety from 0 to 10. The two lines below are up to you.", None))
#if QT_CONFIG(accessibility)
        self.checkInRating.setAccessibleName(QCoreApplication.translate("TodayPage", u"How anxious you feel right now, 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.happeningLabel.setText(QCoreApplication.translate("TodayPage", u"&What is happening?", None))
        self.happeningEdit.setPlaceholderText(QCoreApplication.translate("TodayPage", u"A word or a line, if you like", None))
#if QT_CONFIG(accessibility)
        self.happeningEdit.setAccessibleName(QCoreApplication.translate("TodayPage", u"What is happening", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("TodayPage", u"W&ith whom?", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("TodayPage", u"No one in particular", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("TodayPage", u"With whom", None))
#endif // QT_CONFIG(accessibility)
        self.criticCheck.setText(QCoreApplication.translate("TodayPage", u"A harsh inner voice is &loud right now", None))
#if QT_CONFIG(accessibility)
        self.criticCheck.setAccessibleName(QCoreApplication.translate("TodayPage", u"A harsh inner voice is loud right now", None))
#endif // QT_CONFIG(accessibility)
        self.checkInButton.setText(QCoreApplication.translate("TodayPage", u"&Check in", None))
#if QT_CONFIG(accessibility)
        self.checkInButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Check in with how you feel", None))
#endif // QT_CONFIG(accessibility)
        self.crisisButton.setText(QCoreApplication.translate("TodayPage", u"O&pen the crisis lines", None))
#if QT_CONFIG(accessibility)
        self.crisisButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Open the crisis lines and emergency numbers", None))
#endif // QT_CONFIG(accessibility)
        self.startSuggestionButton.setText("")
#if QT_CONFIG(accessibility)
        self.startSuggestionButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start the suggested practice", None))
#endif // QT_CONFIG(accessibility)
        self.asMomentButton.setText(QCoreApplication.translate("TodayPage", u"Make it a full &moment\u2026", None))
#if QT_CONFIG(accessibility)
        self.asMomentButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Turn this check-in into a full moment", None))
#endif // QT_CONFIG(accessibility)
        self.nextTitle.setText(QCoreApplication.translate("TodayPage", u"What is next", None))
        self.tryNextButton.setText(QCoreApplication.translate("TodayPage", u"&Try it\u2026", None))
#if QT_CONFIG(accessibility)
        self.tryNextButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Try the next step on your ladder", None))
#endif // QT_CONFIG(accessibility)
        self.reflectAgainButton.setText(QCoreApplication.translate("TodayPage", u"&Reflect again", None))
#if QT_CONFIG(accessibility)
        self.reflectAgainButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Reflect again", None))
#endif // QT_CONFIG(accessibility)
        self.reframeDraftButton.setText(QCoreApplication.translate("TodayPage", u"Carr&y on with the reframe", None))
#if QT_CONFIG(accessibility)
        self.reframeDraftButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Carry on with the unfinished reframe", None))
#endif // QT_CONFIG(accessibility)
        self.reflectDraftButton.setText(QCoreApplication.translate("TodayPage", u"Carry &on reflecting", None))
#if QT_CONFIG(accessibility)
        self.reflectDraftButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Carry on with the unfinished reflection", None))
#endif // QT_CONFIG(accessibility)
        self.waysTitle.setText(QCoreApplication.translate("TodayPage", u"Ways to settle", None))
        self.breatheButton.setText(QCoreApplication.translate("TodayPage", u"&Breathe slowly", None))
#if QT_CONFIG(accessibility)
        self.breatheButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start a breath session", None))
#endif // QT_CONFIG(accessibility)
        self.groundingButton.setText(QCoreApplication.translate("TodayPage", u"Grounding through the &senses", None))
#if QT_CONFIG(accessibility)
        self.groundingButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start grounding through the senses", None))
#endif // QT_CONFIG(accessibility)
        self.compassionButton.setText(QCoreApplication.translate("TodayPage", u"A &kind pause", None))
#if QT_CONFIG(accessibility)
        self.compassionButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start a self-compassion pause", None))
#endif // QT_CONFIG(accessibility)
        self.reframeButton.setText(QCoreApplication.translate("TodayPage", u"&Answer the inner critic kindly", None))
#if QT_CONFIG(accessibility)
        self.reframeButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start a reframing exercise", None))
#endif // QT_CONFIG(accessibility)
        self.momentButton.setText(QCoreApplication.translate("TodayPage", u"Write &down a moment of closeness", None))
#if QT_CONFIG(accessibility)
        self.momentButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Log a closeness moment", None))
#endif // QT_CONFIG(accessibility)
        self.reviewTitle.setText(QCoreApplication.translate("TodayPage", u"Looking back, kindly", None))
        self.resurfaceCheck.setText(QCoreApplication.translate("TodayPage", u"Show me an earlier kind&er thought of mine", None))
#if QT_CONFIG(accessibility)
        self.resurfaceCheck.setAccessibleName(QCoreApplication.translate("TodayPage", u"Show an earlier kinder thought from my reframes", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

