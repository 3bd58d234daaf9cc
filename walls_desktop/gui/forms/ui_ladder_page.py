# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ladder_page.ui'
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
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_LadderPage(object):
    def setupUi(self, LadderPage):
        if not LadderPage.objectName():
            LadderPage.setObjectName(u"LadderPage")
        self.pageLayout = QVBoxLayout(LadderPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.pageScroll = QScrollArea(LadderPage)
        self.pageScroll.setObjectName(u"pageScroll")
        self.pageScroll.setFrameShape(QFrame.NoFrame)
        self.pageScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.pageScroll.setWidgetResizable(True)
        self.pageContent = QWidget()
        self.pageContent.setObjectName(u"pageContent")
        self.pageContentLayout = QVBoxLayout(self.pageContent)
        self.pageContentLayout.setSpacing(16)
        self.pageContentLayout.setObjectName(u"pageContentLayout")
        self.pageContentLayout.setContentsMargins(40, 48, 40, 32)
        self.title = QLabel(self.pageContent)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.pageContentLayout.addWidget(self.title)

        self.lead = QLabel(self.pageContent)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageContentLayout.addWidget(self.lead)

        self.readOnlyNote = QLabel(self.pageContent)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.pageContentLayout.addWidget(self.readOnlyNote)

        self.addBox = QWidget(self.pageContent)
        self.addBox.setObjectName(u"addBox")
        self.addRow = QHBoxLayout(self.addBox)
        self.addRow.setObjectName(u"addRow")
        self.addRow.setContentsMargins(0, 0, 0, 0)
        self.addButton = QPushButton(self.addBox)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"role", u"primary")

        self.addRow.addWidget(self.addButton)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)


        self.pageContentLayout.addWidget(self.addBox)

        self.ladderBox = QWidget(self.pageContent)
        self.ladderBox.setObjectName(u"ladderBox")
        self.ladderLayout = QVBoxLayout(self.ladderBox)
        self.ladderLayout.setSpacing(12)
        self.ladderLayout.setObjectName(u"ladderLayout")
        self.ladderLayout.setContentsMargins(0, 0, 0, 0)
        self.ladderTitle = QLabel(self.ladderBox)
        self.ladderTitle.setObjectName(u"ladderTitle")
        self.ladderTitle.setWordWrap(True)
        self.ladderTitle.setProperty(u"role", u"subtitle")

        self.ladderLayout.addWidget(self.ladderTitle)

        self.orderBox = QWidget(self.ladderBox)
        self.orderBox.setObjectName(u"orderBox")
        self.orderRow = QHBoxLayout(self.orderBox)
        self.orderRow.setSpacing(8)
        self.orderRow.setObjectName(u"orderRow")
        self.orderRow.setContentsMargins(0, 0, 0, 0)
        self.orderLabel = QLabel(self.orderBox)
        self.orderLabel.setObjectName(u"orderLabel")

        self.orderRow.addWidget(self.orderLabel)

        self.byAnxietyButton = QPushButton(self.orderBox)
        self.byAnxietyButton.setObjectName(u"byAnxietyButton")
        self.byAnxietyButton.setCheckable(True)
        self.byAnxietyButton.setChecked(True)
        self.byAnxietyButton.setProperty(u"role", u"segment")

        self.orderRow.addWidget(self.byAnxietyButton)

        self.byHandButton = QPushButton(self.orderBox)
        self.byHandButton.setObjectName(u"byHandButton")
        self.byHandButton.setCheckable(True)
        self.byHandButton.setProperty(u"role", u"segment")

        self.orderRow.addWidget(self.byHandButton)

        self.orderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orderRow.addItem(self.orderSpacer)


        self.ladderLayout.addWidget(self.orderBox)

        self.orderHint = QLabel(self.ladderBox)
        self.orderHint.setObjectName(u"orderHint")
        self.orderHint.setWordWrap(True)
        self.orderHint.setProperty(u"role", u"caption")

        self.ladderLayout.addWidget(self.orderHint)

        self.stepsList = QListWidget(self.ladderBox)
        self.stepsList.setObjectName(u"stepsList")
        self.stepsList.setWordWrap(True)
        self.stepsList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.ladderLayout.addWidget(self.stepsList)

        self.moveBox = QWidget(self.ladderBox)
        self.moveBox.setObjectName(u"moveBox")
        self.moveRow = QHBoxLayout(self.moveBox)
        self.moveRow.setSpacing(12)
        self.moveRow.setObjectName(u"moveRow")
        self.moveRow.setContentsMargins(0, 0, 0, 0)
        self.upButton = QPushButton(self.moveBox)
        self.upButton.setObjectName(u"upButton")

        self.moveRow.addWidget(self.upButton)

        self.downButton = QPushButton(self.moveBox)
        self.downButton.setObjectName(u"downButton")

        self.moveRow.addWidget(self.downButton)

        self.moveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveRow.addItem(self.moveSpacer)


        self.ladderLayout.addWidget(self.moveBox)

        self.stepActionsBox = QWidget(self.ladderBox)
        self.stepActionsBox.setObjectName(u"stepActionsBox")
        self.stepActions = QHBoxLayout(self.stepActionsBox)
        self.stepActions.setSpacing(12)
        self.stepActions.setObjectName(u"stepActions")
        self.stepActions.setContentsMargins(0, 0, 0, 0)
        self.tryButton = QPushButton(self.stepActionsBox)
        self.tryButton.setObjectName(u"tryButton")
        self.tryButton.setProperty(u"role", u"primary")

        self.stepActions.addWidget(self.tryButton)

        self.editButton = QPushButton(self.stepActionsBox)
        self.editButton.setObjectName(u"editButton")

        self.stepActions.addWidget(self.editButton)

        self.stepActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepActions.addItem(self.stepActionsSpacer)


        self.ladderLayout.addWidget(self.stepActionsBox)

        self.stepMoreBox = QWidget(self.ladderBox)
        self.stepMoreBox.setObjectName(u"stepMoreBox")
        self.stepMore = QHBoxLayout(self.stepMoreBox)
        self.stepMore.setSpacing(12)
        self.stepMore.setObjectName(u"stepMore")
        self.stepMore.setContentsMargins(0, 0, 0, 0)
        self.climbedButton = QPushButton(self.stepMoreBox)
        self.climbedButton.setObjectName(u"climbedButton")
        self.climbedButton.setCheckable(True)

        self.stepMore.addWidget(self.climbedButton)

        self.archiveButton = QPushButton(self.stepMoreBox)
        self.archiveButton.setObjectName(u"archiveButton")

        self.stepMore.addWidget(self.archiveButton)

        self.deleteStepButton = QPushButton(self.stepMoreBox)
        self.deleteStepButton.setObjectName(u"deleteStepButton")

        self.stepMore.addWidget(self.deleteStepButton)

        self.stepMoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepMore.addItem(self.stepMoreSpacer)


        self.ladderLayout.addWidget(self.stepMoreBox)

        self.ladderProgress = QLabel(self.ladderBox)
        self.ladderProgress.setObjectName(u"ladderProgress")
        self.ladderProgress.setWordWrap(True)

        self.ladderLayout.addWidget(self.ladderProgress)

        self.detailFrame = QFrame(self.ladderBox)
        self.detailFrame.setObjectName(u"detailFrame")
        self.detailLayout = QVBoxLayout(self.detailFrame)
        self.detailLayout.setSpacing(10)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(20, 16, 20, 16)
        self.detailTitle = QLabel(self.detailFrame)
        self.detailTitle.setObjectName(u"detailTitle")
        self.detailTitle.setTextFormat(Qt.PlainText)
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setProperty(u"role", u"subtitle")

        self.detailLayout.addWidget(self.detailTitle)

        self.predictionLabel = QLabel(self.detailFrame)
        self.predictionLabel.setObjectName(u"predictionLabel")
        self.predictionLabel.setTextFormat(Qt.PlainText)
        self.predictionLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.predictionLabel)

        self.stepProgress = QLabel(self.detailFrame)
        self.stepProgress.setObjectName(u"stepProgress")
        self.stepProgress.setWordWrap(True)
        self.stepProgress.setProperty(u"role", u"lead")

        self.detailLayout.addWidget(self.stepProgress)

        self.historyTitle = QLabel(self.detailFrame)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setProperty(u"role", u"emphasis")

        self.detailLayout.addWidget(self.historyTitle)

        self.triesList = QListWidget(self.detailFrame)
        self.triesList.setObjectName(u"triesList")
        self.triesList.setWordWrap(True)
        self.triesList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.detailLayout.addWidget(self.triesList)

        self.triesEmpty = QLabel(self.detailFrame)
        self.triesEmpty.setObjectName(u"triesEmpty")
        self.triesEmpty.setWordWrap(True)
        self.triesEmpty.setProperty(u"role", u"caption")

        self.detailLayout.addWidget(self.triesEmpty)

        self.tryButtonsBox = QWidget(self.detailFrame)
        self.tryButtonsBox.setObjectName(u"tryButtonsBox")
        self.tryButtons = QHBoxLayout(self.tryButtonsBox)
        self.tryButtons.setSpacing(12)
        self.tryButtons.setObjectName(u"tryButtons")
        self.tryButtons.setContentsMargins(0, 0, 0, 0)
        self.openTryButton = QPushButton(self.tryButtonsBox)
        self.openTryButton.setObjectName(u"openTryButton")

        self.tryButtons.addWidget(self.openTryButton)

        self.tryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tryButtons.addItem(self.tryButtonsSpacer)


        self.detailLayout.addWidget(self.tryButtonsBox)


        self.ladderLayout.addWidget(self.detailFrame)


        self.pageContentLayout.addWidget(self.ladderBox)

        self.archivedCheck = QCheckBox(self.pageContent)
        self.archivedCheck.setObjectName(u"archivedCheck")

        self.pageContentLayout.addWidget(self.archivedCheck)

        self.ideasTitle = QLabel(self.pageContent)
        self.ideasTitle.setObjectName(u"ideasTitle")
        self.ideasTitle.setProperty(u"role", u"subtitle")

        self.pageContentLayout.addWidget(self.ideasTitle)

        self.ideasLead = QLabel(self.pageContent)
        self.ideasLead.setObjectName(u"ideasLead")
        self.ideasLead.setWordWrap(True)
        self.ideasLead.setProperty(u"role", u"caption")

        self.pageContentLayout.addWidget(self.ideasLead)

        self.ideasList = QListWidget(self.pageContent)
        self.ideasList.setObjectName(u"ideasList")
        self.ideasList.setWordWrap(True)
        self.ideasList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        self.pageContentLayout.addWidget(self.ideasList)

        self.ideaBox = QWidget(self.pageContent)
        self.ideaBox.setObjectName(u"ideaBox")
        self.ideaRow = QHBoxLayout(self.ideaBox)
        self.ideaRow.setObjectName(u"ideaRow")
        self.ideaRow.setContentsMargins(0, 0, 0, 0)
        self.useIdeaButton = QPushButton(self.ideaBox)
        self.useIdeaButton.setObjectName(u"useIdeaButton")

        self.ideaRow.addWidget(self.useIdeaButton)

        self.ideaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ideaRow.addItem(self.ideaSpacer)


        self.pageContentLayout.addWidget(self.ideaBox)

        self.pageBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageContentLayout.addItem(self.pageBottom)

        self.pageScroll.setWidget(self.pageContent)

        self.pageLayout.addWidget(self.pageScroll)


        self.retranslateUi(LadderPage)

        QMetaObject.connectSlotsByName(LadderPage)
    # setupUi

    def retranslateUi(self, LadderPage):
        self.title.setText(QCoreApplication.translate("LadderPage", u"Ladder", None))
        self.lead.setText(QCoreApplication.translate("LadderPage", u"Small steps towards closeness, each one a test of a fear. Before a step, write down what you are afraid might happen and how likely it feels; afterwards, note what really happened. What changes a fear is finding out, again and again, that it was too sure of itself.", None))
        self.readOnlyNote.setText(QCoreApplication.translate("LadderPage", u"Your data is open read-only, so steps and tries cannot be changed right now.", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Add a step of your own", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("LadderPage", u"Add a &step\u2026", None))
        self.ladderTitle.setText(QCoreApplication.translate("LadderPage", u"Your ladder, lowest rung first", None))
        self.orderLabel.setText(QCoreApplication.translate("LadderPage", u"Order:", None))
        self.byAnxietyButton.setText(QCoreApplication.translate("LadderPage", u"By &expected anxiety", None))
        self.byHandButton.setText(QCoreApplication.translate("LadderPage", u"In &my own order", None))
#if QT_CONFIG(accessibility)
        self.stepsList.setAccessibleName(QCoreApplication.translate("LadderPage", u"Your ladder, lowest rung first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.upButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Move the chosen step earlier in your order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("LadderPage", u"Alt+Up", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("LadderPage", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.downButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Move the chosen step later in your order", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("LadderPage", u"Alt+Down", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("LadderPage", u"Move do&wn", None))
#if QT_CONFIG(accessibility)
        self.tryButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Try the chosen step", None))
#endif // QT_CONFIG(accessibility)
        self.tryButton.setText(QCoreApplication.translate("LadderPage", u"&Try this step\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Edit the chosen step", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("LadderPage", u"E&dit\u2026", None))
#if QT_CONFIG(tooltip)
        self.climbedButton.setToolTip(QCoreApplication.translate("LadderPage", u"This step feels comfortable now: climbed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.climbedButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Mark the chosen step as comfortable now", None))
#endif // QT_CONFIG(accessibility)
        self.climbedButton.setText(QCoreApplication.translate("LadderPage", u"&Comfortable now", None))
#if QT_CONFIG(accessibility)
        self.archiveButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Archive the chosen step", None))
#endif // QT_CONFIG(accessibility)
        self.archiveButton.setText(QCoreApplication.translate("LadderPage", u"&Archive", None))
#if QT_CONFIG(accessibility)
        self.deleteStepButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Delete the chosen step", None))
#endif // QT_CONFIG(accessibility)
        self.deleteStepButton.setText(QCoreApplication.translate("LadderPage", u"De&lete\u2026", None))
        self.historyTitle.setText(QCoreApplication.translate("LadderPage", u"Every try", None))
#if QT_CONFIG(accessibility)
        self.triesList.setAccessibleName(QCoreApplication.translate("LadderPage", u"Every try of the chosen step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openTryButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Open the chosen try", None))
#endif // QT_CONFIG(accessibility)
        self.openTryButton.setText(QCoreApplication.translate("LadderPage", u"&Open the chosen try\u2026", None))
        self.archivedCheck.setText(QCoreApplication.translate("LadderPage", u"Show a&rchived steps too", None))
        self.ideasTitle.setText(QCoreApplication.translate("LadderPage", u"Ideas for steps", None))
        self.ideasLead.setText(QCoreApplication.translate("LadderPage", u"Written for Walls as starting points: take one as it is, or change it to fit your life. Choose steps with people who are safe for you; a step is never about putting up with being hurt.", None))
#if QT_CONFIG(accessibility)
        self.ideasList.setAccessibleName(QCoreApplication.translate("LadderPage", u"Ideas for steps", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.useIdeaButton.setAccessibleName(QCoreApplication.translate("LadderPage", u"Use the chosen idea as a step", None))
#endif // QT_CONFIG(accessibility)
        self.useIdeaButton.setText(QCoreApplication.translate("LadderPage", u"Use this &idea\u2026", None))
        pass
    # retranslateUi

