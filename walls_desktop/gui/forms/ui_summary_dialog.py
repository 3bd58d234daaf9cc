# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'summary_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDateEdit, QDialog,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_SummaryDialog(object):
    def setupUi(self, SummaryDialog):
        if not SummaryDialog.objectName():
            SummaryDialog.setObjectName(u"SummaryDialog")
        self.dialogLayout = QVBoxLayout(SummaryDialog)
        self.dialogLayout.setSpacing(16)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(36, 28, 36, 24)
        self.steps = QStackedWidget(SummaryDialog)
        self.steps.setObjectName(u"steps")
        self.choosePage = QWidget()
        self.choosePage.setObjectName(u"choosePage")
        self.chooseLayout = QVBoxLayout(self.choosePage)
        self.chooseLayout.setSpacing(12)
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseLayout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.choosePage)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.chooseLayout.addWidget(self.title)

        self.lead = QLabel(self.choosePage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.chooseLayout.addWidget(self.lead)

        self.rangeRow = QHBoxLayout()
        self.rangeRow.setSpacing(10)
        self.rangeRow.setObjectName(u"rangeRow")
        self.fromLabel = QLabel(self.choosePage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.rangeRow.addWidget(self.fromLabel)

        self.firstDay = QDateEdit(self.choosePage)
        self.firstDay.setObjectName(u"firstDay")
        self.firstDay.setCalendarPopup(True)

        self.rangeRow.addWidget(self.firstDay)

        self.toLabel = QLabel(self.choosePage)
        self.toLabel.setObjectName(u"toLabel")

        self.rangeRow.addWidget(self.toLabel)

        self.lastDay = QDateEdit(self.choosePage)
        self.lastDay.setObjectName(u"lastDay")
        self.lastDay.setCalendarPopup(True)

        self.rangeRow.addWidget(self.lastDay)

        self.rangeSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.chooseLayout.addLayout(self.rangeRow)

        self.partsLabel = QLabel(self.choosePage)
        self.partsLabel.setObjectName(u"partsLabel")
        self.partsLabel.setWordWrap(True)
        self.partsLabel.setProperty(u"role", u"subtitle")

        self.chooseLayout.addWidget(self.partsLabel)

        self.partsList = QVBoxLayout()
        self.partsList.setSpacing(6)
        self.partsList.setObjectName(u"partsList")
        self.chartCheck = QCheckBox(self.choosePage)
        self.chartCheck.setObjectName(u"chartCheck")

        self.partsList.addWidget(self.chartCheck)

        self.signsCheck = QCheckBox(self.choosePage)
        self.signsCheck.setObjectName(u"signsCheck")

        self.partsList.addWidget(self.signsCheck)

        self.breathingCheck = QCheckBox(self.choosePage)
        self.breathingCheck.setObjectName(u"breathingCheck")

        self.partsList.addWidget(self.breathingCheck)

        self.reframesCheck = QCheckBox(self.choosePage)
        self.reframesCheck.setObjectName(u"reframesCheck")

        self.partsList.addWidget(self.reframesCheck)

        self.ladderCheck = QCheckBox(self.choosePage)
        self.ladderCheck.setObjectName(u"ladderCheck")

        self.partsList.addWidget(self.ladderCheck)

        self.reflectionCheck = QCheckBox(self.choosePage)
        self.reflectionCheck.setObjectName(u"reflectionCheck")

        self.partsList.addWidget(self.reflectionCheck)

        self.noteCheck = QCheckBox(self.choosePage)
        self.noteCheck.setObjectName(u"noteCheck")

        self.partsList.addWidget(self.noteCheck)


        self.chooseLayout.addLayout(self.partsList)

        self.noteEdit = QPlainTextEdit(self.choosePage)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 120))

        self.chooseLayout.addWidget(self.noteEdit)

        self.hideNamesCheck = QCheckBox(self.choosePage)
        self.hideNamesCheck.setObjectName(u"hideNamesCheck")

        self.chooseLayout.addWidget(self.hideNamesCheck)

        self.namesNote = QLabel(self.choosePage)
        self.namesNote.setObjectName(u"namesNote")
        self.namesNote.setWordWrap(True)
        self.namesNote.setProperty(u"role", u"caption")

        self.chooseLayout.addWidget(self.namesNote)

        self.extraNamesEdit = QLineEdit(self.choosePage)
        self.extraNamesEdit.setObjectName(u"extraNamesEdit")

        self.chooseLayout.addWidget(self.extraNamesEdit)

        self.problemLabel = QLabel(self.choosePage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setProperty(u"role", u"caption")

        self.chooseLayout.addWidget(self.problemLabel)

        self.chooseSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chooseLayout.addItem(self.chooseSpacer)

        self.steps.addWidget(self.choosePage)
        self.makingPage = QWidget()
        self.makingPage.setObjectName(u"makingPage")
        self.makingLayout = QVBoxLayout(self.makingPage)
        self.makingLayout.setSpacing(12)
        self.makingLayout.setObjectName(u"makingLayout")
        self.makingLayout.setContentsMargins(0, 0, 0, 0)
        self.makingTop = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.makingLayout.addItem(self.makingTop)

        self.makingLabel = QLabel(self.makingPage)
        self.makingLabel.setObjectName(u"makingLabel")
        self.makingLabel.setWordWrap(True)
        self.makingLabel.setAlignment(Qt.AlignCenter)
        self.makingLabel.setProperty(u"role", u"subtitle")

        self.makingLayout.addWidget(self.makingLabel)

        self.makingProgress = QProgressBar(self.makingPage)
        self.makingProgress.setObjectName(u"makingProgress")
        self.makingProgress.setMaximum(1000)
        self.makingProgress.setValue(0)
        self.makingProgress.setTextVisible(False)
        self.makingProgress.setMaximumSize(QSize(16777215, 8))

        self.makingLayout.addWidget(self.makingProgress)

        self.makingHint = QLabel(self.makingPage)
        self.makingHint.setObjectName(u"makingHint")
        self.makingHint.setWordWrap(True)
        self.makingHint.setAlignment(Qt.AlignCenter)
        self.makingHint.setProperty(u"role", u"caption")

        self.makingLayout.addWidget(self.makingHint)

        self.makingBottom = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.makingLayout.addItem(self.makingBottom)

        self.steps.addWidget(self.makingPage)
        self.previewPage = QWidget()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setSpacing(10)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewTitle = QLabel(self.previewPage)
        self.previewTitle.setObjectName(u"previewTitle")
        self.previewTitle.setWordWrap(True)
        self.previewTitle.setProperty(u"role", u"subtitle")

        self.previewLayout.addWidget(self.previewTitle)

        self.previewHint = QLabel(self.previewPage)
        self.previewHint.setObjectName(u"previewHint")
        self.previewHint.setWordWrap(True)
        self.previewHint.setProperty(u"role", u"caption")

        self.previewLayout.addWidget(self.previewHint)

        self.previewScroll = QScrollArea(self.previewPage)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setWidgetResizable(True)
        self.previewPages = QWidget()
        self.previewPages.setObjectName(u"previewPages")
        self.previewPagesLayout = QVBoxLayout(self.previewPages)
        self.previewPagesLayout.setSpacing(16)
        self.previewPagesLayout.setObjectName(u"previewPagesLayout")
        self.previewPagesLayout.setContentsMargins(16, 16, 16, 16)
        self.previewScroll.setWidget(self.previewPages)

        self.previewLayout.addWidget(self.previewScroll)

        self.savedLabel = QLabel(self.previewPage)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setWordWrap(True)
        self.savedLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.savedLabel.setProperty(u"role", u"caption")

        self.previewLayout.addWidget(self.savedLabel)

        self.steps.addWidget(self.previewPage)

        self.dialogLayout.addWidget(self.steps)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(10)
        self.buttonRow.setObjectName(u"buttonRow")
        self.backButton = QPushButton(SummaryDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(SummaryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)

        self.cancelButton = QPushButton(SummaryDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.previewButton = QPushButton(SummaryDialog)
        self.previewButton.setObjectName(u"previewButton")
        self.previewButton.setMinimumSize(QSize(180, 0))
        self.previewButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.previewButton)

        self.saveButton = QPushButton(SummaryDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(180, 0))
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.firstDay)
        self.toLabel.setBuddy(self.lastDay)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SummaryDialog)

        self.previewButton.setDefault(True)


        QMetaObject.connectSlotsByName(SummaryDialog)
    # setupUi

    def retranslateUi(self, SummaryDialog):
        SummaryDialog.setWindowTitle(QCoreApplication.translate("SummaryDialog", u"Summary for a therapist", None))
        self.title.setText(QCoreApplication.translate("SummaryDialog", u"A summary for your therapist", None))
        self.lead.setText(QCoreApplication.translate("SummaryDialog", u"Choose the days and what to put in. Only what you tick is included, and the summary stays on this computer unless you save it somewhere and take it along.", None))
        self.fromLabel.setText(QCoreApplication.translate("SummaryDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.firstDay.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"First day of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.firstDay.setDisplayFormat(QCoreApplication.translate("SummaryDialog", u"d MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("SummaryDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.lastDay.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Last day of the summary", None))
#endif // QT_CONFIG(accessibility)
        self.lastDay.setDisplayFormat(QCoreApplication.translate("SummaryDialog", u"d MMM yyyy", None))
        self.partsLabel.setText(QCoreApplication.translate("SummaryDialog", u"What to include", None))
        self.chartCheck.setText(QCoreApplication.translate("SummaryDialog", u"The &anxiety chart over these days", None))
#if QT_CONFIG(accessibility)
        self.chartCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the anxiety chart", None))
#endif // QT_CONFIG(accessibility)
        self.signsCheck.setText(QCoreApplication.translate("SummaryDialog", u"The si&gns of a wall, week by week", None))
#if QT_CONFIG(accessibility)
        self.signsCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the signs by week", None))
#endif // QT_CONFIG(accessibility)
        self.breathingCheck.setText(QCoreApplication.translate("SummaryDialog", u"Which breathing patterns &eased me", None))
#if QT_CONFIG(accessibility)
        self.breathingCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the breathing patterns", None))
#endif // QT_CONFIG(accessibility)
        self.reframesCheck.setText(QCoreApplication.translate("SummaryDialog", u"Kinder thoughts I &marked to share with my therapist", None))
#if QT_CONFIG(accessibility)
        self.reframesCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the kinder thoughts marked to share", None))
#endif // QT_CONFIG(accessibility)
        self.ladderCheck.setText(QCoreApplication.translate("SummaryDialog", u"My &ladder steps and tries", None))
#if QT_CONFIG(accessibility)
        self.ladderCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the ladder steps and tries", None))
#endif // QT_CONFIG(accessibility)
        self.reflectionCheck.setText(QCoreApplication.translate("SummaryDialog", u"My &reflections over time", None))
#if QT_CONFIG(accessibility)
        self.reflectionCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include the reflections", None))
#endif // QT_CONFIG(accessibility)
        self.noteCheck.setText(QCoreApplication.translate("SummaryDialog", u"A &note of my own for my therapist", None))
#if QT_CONFIG(accessibility)
        self.noteCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Include a note of your own", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Your note for your therapist", None))
#endif // QT_CONFIG(accessibility)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("SummaryDialog", u"Anything you would like your therapist to know or to talk about\u2026", None))
        self.hideNamesCheck.setText(QCoreApplication.translate("SummaryDialog", u"Replace &other people's names with \u201csomeone close\u201d", None))
#if QT_CONFIG(accessibility)
        self.hideNamesCheck.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Replace other people's names with a neutral word", None))
#endif // QT_CONFIG(accessibility)
        self.extraNamesEdit.setPlaceholderText(QCoreApplication.translate("SummaryDialog", u"Other names to replace, separated by commas", None))
#if QT_CONFIG(accessibility)
        self.extraNamesEdit.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Other names to replace", None))
#endif // QT_CONFIG(accessibility)
        self.makingLabel.setText(QCoreApplication.translate("SummaryDialog", u"Putting your summary together\u2026", None))
#if QT_CONFIG(accessibility)
        self.makingProgress.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"How much of the summary is ready", None))
#endif // QT_CONFIG(accessibility)
        self.makingHint.setText(QCoreApplication.translate("SummaryDialog", u"This takes a moment. Cancel or Esc stops it.", None))
        self.previewHint.setText(QCoreApplication.translate("SummaryDialog", u"Page by page, exactly as it will print. Nothing is saved until you choose where.", None))
#if QT_CONFIG(accessibility)
        self.previewScroll.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"The summary's pages", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("SummaryDialog", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Back to the choices", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("SummaryDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Close without saving", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("SummaryDialog", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Stop making the summary", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("SummaryDialog", u"&Preview", None))
#if QT_CONFIG(accessibility)
        self.previewButton.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Make the summary and show its pages", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SummaryDialog", u"&Save PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SummaryDialog", u"Save the summary as a PDF file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

