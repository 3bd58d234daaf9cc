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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

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
        self.contentLayout.setContentsMargins(56, 56, 56, 40)
        self.greeting = QLabel(self.todayContent)
        self.greeting.setObjectName(u"greeting")
        self.greeting.setProperty(u"role", u"title")

        self.contentLayout.addWidget(self.greeting)

        self.kindSentence = QLabel(self.todayContent)
        self.kindSentence.setObjectName(u"kindSentence")
        self.kindSentence.setWordWrap(True)
        self.kindSentence.setProperty(u"role", u"lead")
        self.kindSentence.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.contentLayout.addWidget(self.kindSentence)

        self.question = QLabel(self.todayContent)
        self.question.setObjectName(u"question")
        self.question.setProperty(u"role", u"subtitle")

        self.contentLayout.addWidget(self.question)

        self.actions = QVBoxLayout()
        self.actions.setSpacing(12)
        self.actions.setObjectName(u"actions")
        self.breatheButton = QPushButton(self.todayContent)
        self.breatheButton.setObjectName(u"breatheButton")
        self.breatheButton.setProperty(u"role", u"primary")

        self.actions.addWidget(self.breatheButton)

        self.reframeButton = QPushButton(self.todayContent)
        self.reframeButton.setObjectName(u"reframeButton")

        self.actions.addWidget(self.reframeButton)

        self.momentButton = QPushButton(self.todayContent)
        self.momentButton.setObjectName(u"momentButton")

        self.actions.addWidget(self.momentButton)


        self.contentLayout.addLayout(self.actions)

        self.ladderNextFrame = QFrame(self.todayContent)
        self.ladderNextFrame.setObjectName(u"ladderNextFrame")
        self.ladderNextLayout = QVBoxLayout(self.ladderNextFrame)
        self.ladderNextLayout.setSpacing(12)
        self.ladderNextLayout.setObjectName(u"ladderNextLayout")
        self.ladderNextLayout.setContentsMargins(20, 16, 20, 16)
        self.ladderNextLabel = QLabel(self.ladderNextFrame)
        self.ladderNextLabel.setObjectName(u"ladderNextLabel")
        self.ladderNextLabel.setWordWrap(True)
        self.ladderNextLabel.setTextFormat(Qt.PlainText)

        self.ladderNextLayout.addWidget(self.ladderNextLabel)

        self.ladderNextRow = QHBoxLayout()
        self.ladderNextRow.setObjectName(u"ladderNextRow")
        self.tryNextButton = QPushButton(self.ladderNextFrame)
        self.tryNextButton.setObjectName(u"tryNextButton")

        self.ladderNextRow.addWidget(self.tryNextButton)

        self.ladderNextSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ladderNextRow.addItem(self.ladderNextSpacer)


        self.ladderNextLayout.addLayout(self.ladderNextRow)


        self.contentLayout.addWidget(self.ladderNextFrame)

        self.reflectDueFrame = QFrame(self.todayContent)
        self.reflectDueFrame.setObjectName(u"reflectDueFrame")
        self.reflectDueLayout = QVBoxLayout(self.reflectDueFrame)
        self.reflectDueLayout.setSpacing(12)
        self.reflectDueLayout.setObjectName(u"reflectDueLayout")
        self.reflectDueLayout.setContentsMargins(20, 16, 20, 16)
        self.reflectDueLabel = QLabel(self.reflectDueFrame)
        self.reflectDueLabel.setObjectName(u"reflectDueLabel")
        self.reflectDueLabel.setWordWrap(True)

        self.reflectDueLayout.addWidget(self.reflectDueLabel)

        self.reflectDueRow = QHBoxLayout()
        self.reflectDueRow.setObjectName(u"reflectDueRow")
        self.reflectAgainButton = QPushButton(self.reflectDueFrame)
        self.reflectAgainButton.setObjectName(u"reflectAgainButton")

        self.reflectDueRow.addWidget(self.reflectAgainButton)

        self.reflectDueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reflectDueRow.addItem(self.reflectDueSpacer)


        self.reflectDueLayout.addLayout(self.reflectDueRow)


        self.contentLayout.addWidget(self.reflectDueFrame)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.privacyNote = QLabel(self.todayContent)
        self.privacyNote.setObjectName(u"privacyNote")
        self.privacyNote.setWordWrap(True)
        self.privacyNote.setProperty(u"role", u"caption")

        self.contentLayout.addWidget(self.privacyNote)

        self.todayScroll.setWidget(self.todayContent)

        self.pageLayout.addWidget(self.todayScroll)


        self.retranslateUi(TodayPage)

        self.breatheButton.setDefault(True)


        QMetaObject.connectSlotsByName(TodayPage)
    # setupUi

    def retranslateUi(self, TodayPage):
        self.greeting.setText(QCoreApplication.translate("TodayPage", u"Welcome back.", None))
        self.question.setText(QCoreApplication.translate("TodayPage", u"What would help right now?", None))
        self.breatheButton.setText(QCoreApplication.translate("TodayPage", u"Breathe slowly for a few minutes", None))
#if QT_CONFIG(accessibility)
        self.breatheButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start a breath session", None))
#endif // QT_CONFIG(accessibility)
        self.reframeButton.setText(QCoreApplication.translate("TodayPage", u"Answer the inner critic kindly", None))
#if QT_CONFIG(accessibility)
        self.reframeButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Start a reframing exercise", None))
#endif // QT_CONFIG(accessibility)
        self.momentButton.setText(QCoreApplication.translate("TodayPage", u"Write down a moment of closeness", None))
#if QT_CONFIG(accessibility)
        self.momentButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Log a closeness moment", None))
#endif // QT_CONFIG(accessibility)
        self.tryNextButton.setText(QCoreApplication.translate("TodayPage", u"&Try it\u2026", None))
#if QT_CONFIG(accessibility)
        self.tryNextButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Try the next step on your ladder", None))
#endif // QT_CONFIG(accessibility)
        self.reflectAgainButton.setText(QCoreApplication.translate("TodayPage", u"&Reflect again", None))
#if QT_CONFIG(accessibility)
        self.reflectAgainButton.setAccessibleName(QCoreApplication.translate("TodayPage", u"Reflect again", None))
#endif // QT_CONFIG(accessibility)
        self.privacyNote.setText(QCoreApplication.translate("TodayPage", u"Everything you write stays on this computer.", None))
        pass
    # retranslateUi

