# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ladder_try_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from walls_desktop.gui.common.layout import (CurrentPageStack, StackPage)
from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_LadderTryDialog(object):
    def setupUi(self, LadderTryDialog):
        if not LadderTryDialog.objectName():
            LadderTryDialog.setObjectName(u"LadderTryDialog")
        LadderTryDialog.resize(680, 760)
        self.dialogLayout = QVBoxLayout(LadderTryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsScroll = QScrollArea(LadderTryDialog)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setFrameShape(QFrame.NoFrame)
        self.fieldsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsContent = QWidget()
        self.fieldsContent.setObjectName(u"fieldsContent")
        self.fieldsLayout = QVBoxLayout(self.fieldsContent)
        self.fieldsLayout.setSpacing(12)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(40, 32, 40, 12)
        self.title = QLabel(self.fieldsContent)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.fieldsLayout.addWidget(self.title)

        self.pages = CurrentPageStack(self.fieldsContent)
        self.pages.setObjectName(u"pages")
        self.beforePage = StackPage()
        self.beforePage.setObjectName(u"beforePage")
        self.beforeLayout = QVBoxLayout(self.beforePage)
        self.beforeLayout.setSpacing(8)
        self.beforeLayout.setObjectName(u"beforeLayout")
        self.beforeLayout.setContentsMargins(0, 0, 0, 0)
        self.beforeLead = QLabel(self.beforePage)
        self.beforeLead.setObjectName(u"beforeLead")
        self.beforeLead.setWordWrap(True)
        self.beforeLead.setProperty(u"role", u"lead")

        self.beforeLayout.addWidget(self.beforeLead)

        self.stepLabel = QLabel(self.beforePage)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.beforeLayout.addWidget(self.stepLabel)

        self.stepCombo = QComboBox(self.beforePage)
        self.stepCombo.setObjectName(u"stepCombo")
        self.stepCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.stepCombo.setMinimumContentsLength(14)

        self.beforeLayout.addWidget(self.stepCombo)

        self.stepName = QLabel(self.beforePage)
        self.stepName.setObjectName(u"stepName")
        self.stepName.setTextFormat(Qt.PlainText)
        self.stepName.setWordWrap(True)
        self.stepName.setProperty(u"role", u"subtitle")

        self.beforeLayout.addWidget(self.stepName)

        self.predictionNote = QLabel(self.beforePage)
        self.predictionNote.setObjectName(u"predictionNote")
        self.predictionNote.setWordWrap(True)
        self.predictionNote.setProperty(u"role", u"caption")

        self.beforeLayout.addWidget(self.predictionNote)

        self.fearedLabel = QLabel(self.beforePage)
        self.fearedLabel.setObjectName(u"fearedLabel")
        self.fearedLabel.setWordWrap(True)

        self.beforeLayout.addWidget(self.fearedLabel)

        self.fearedEdit = QPlainTextEdit(self.beforePage)
        self.fearedEdit.setObjectName(u"fearedEdit")
        self.fearedEdit.setTabChangesFocus(True)
        self.fearedEdit.setMaximumSize(QSize(16777215, 110))

        self.beforeLayout.addWidget(self.fearedEdit)

        self.fearedProblem = QLabel(self.beforePage)
        self.fearedProblem.setObjectName(u"fearedProblem")
        self.fearedProblem.setWordWrap(True)
        self.fearedProblem.setProperty(u"role", u"emphasis")

        self.beforeLayout.addWidget(self.fearedProblem)

        self.expectedLabel = QLabel(self.beforePage)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setWordWrap(True)

        self.beforeLayout.addWidget(self.expectedLabel)

        self.expectedRating = RatingWidget(self.beforePage)
        self.expectedRating.setObjectName(u"expectedRating")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.expectedRating.sizePolicy().hasHeightForWidth())
        self.expectedRating.setSizePolicy(sizePolicy)

        self.beforeLayout.addWidget(self.expectedRating)

        self.expectedProblem = QLabel(self.beforePage)
        self.expectedProblem.setObjectName(u"expectedProblem")
        self.expectedProblem.setWordWrap(True)
        self.expectedProblem.setProperty(u"role", u"emphasis")

        self.beforeLayout.addWidget(self.expectedProblem)

        self.beforeLikelihoodLabel = QLabel(self.beforePage)
        self.beforeLikelihoodLabel.setObjectName(u"beforeLikelihoodLabel")
        self.beforeLikelihoodLabel.setWordWrap(True)

        self.beforeLayout.addWidget(self.beforeLikelihoodLabel)

        self.beforeLikelihood = RatingWidget(self.beforePage)
        self.beforeLikelihood.setObjectName(u"beforeLikelihood")
        sizePolicy.setHeightForWidth(self.beforeLikelihood.sizePolicy().hasHeightForWidth())
        self.beforeLikelihood.setSizePolicy(sizePolicy)

        self.beforeLayout.addWidget(self.beforeLikelihood)

        self.beforeLikelihoodProblem = QLabel(self.beforePage)
        self.beforeLikelihoodProblem.setObjectName(u"beforeLikelihoodProblem")
        self.beforeLikelihoodProblem.setWordWrap(True)
        self.beforeLikelihoodProblem.setProperty(u"role", u"emphasis")

        self.beforeLayout.addWidget(self.beforeLikelihoodProblem)

        self.pages.addWidget(self.beforePage)
        self.afterPage = StackPage()
        self.afterPage.setObjectName(u"afterPage")
        self.afterLayout = QVBoxLayout(self.afterPage)
        self.afterLayout.setSpacing(8)
        self.afterLayout.setObjectName(u"afterLayout")
        self.afterLayout.setContentsMargins(0, 0, 0, 0)
        self.afterLead = QLabel(self.afterPage)
        self.afterLead.setObjectName(u"afterLead")
        self.afterLead.setTextFormat(Qt.PlainText)
        self.afterLead.setWordWrap(True)
        self.afterLead.setProperty(u"role", u"lead")

        self.afterLayout.addWidget(self.afterLead)

        self.peakLabel = QLabel(self.afterPage)
        self.peakLabel.setObjectName(u"peakLabel")
        self.peakLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.peakLabel)

        self.peakRating = RatingWidget(self.afterPage)
        self.peakRating.setObjectName(u"peakRating")
        sizePolicy.setHeightForWidth(self.peakRating.sizePolicy().hasHeightForWidth())
        self.peakRating.setSizePolicy(sizePolicy)

        self.afterLayout.addWidget(self.peakRating)

        self.peakProblem = QLabel(self.afterPage)
        self.peakProblem.setObjectName(u"peakProblem")
        self.peakProblem.setWordWrap(True)
        self.peakProblem.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.peakProblem)

        self.outcomeLabel = QLabel(self.afterPage)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.outcomeLabel)

        self.outcomeBox = QWidget(self.afterPage)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QVBoxLayout(self.outcomeBox)
        self.outcomeLayout.setSpacing(6)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLayout.setContentsMargins(0, 0, 0, 0)
        self.outcomeYes = QRadioButton(self.outcomeBox)
        self.outcomeYes.setObjectName(u"outcomeYes")

        self.outcomeLayout.addWidget(self.outcomeYes)

        self.outcomePartly = QRadioButton(self.outcomeBox)
        self.outcomePartly.setObjectName(u"outcomePartly")

        self.outcomeLayout.addWidget(self.outcomePartly)

        self.outcomeNo = QRadioButton(self.outcomeBox)
        self.outcomeNo.setObjectName(u"outcomeNo")

        self.outcomeLayout.addWidget(self.outcomeNo)


        self.afterLayout.addWidget(self.outcomeBox)

        self.outcomeProblem = QLabel(self.afterPage)
        self.outcomeProblem.setObjectName(u"outcomeProblem")
        self.outcomeProblem.setWordWrap(True)
        self.outcomeProblem.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.outcomeProblem)

        self.afterLikelihoodLabel = QLabel(self.afterPage)
        self.afterLikelihoodLabel.setObjectName(u"afterLikelihoodLabel")
        self.afterLikelihoodLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.afterLikelihoodLabel)

        self.afterLikelihood = RatingWidget(self.afterPage)
        self.afterLikelihood.setObjectName(u"afterLikelihood")
        sizePolicy.setHeightForWidth(self.afterLikelihood.sizePolicy().hasHeightForWidth())
        self.afterLikelihood.setSizePolicy(sizePolicy)

        self.afterLayout.addWidget(self.afterLikelihood)

        self.afterLikelihoodProblem = QLabel(self.afterPage)
        self.afterLikelihoodProblem.setObjectName(u"afterLikelihoodProblem")
        self.afterLikelihoodProblem.setWordWrap(True)
        self.afterLikelihoodProblem.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.afterLikelihoodProblem)

        self.happenedLabel = QLabel(self.afterPage)
        self.happenedLabel.setObjectName(u"happenedLabel")
        self.happenedLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.happenedLabel)

        self.happenedEdit = QPlainTextEdit(self.afterPage)
        self.happenedEdit.setObjectName(u"happenedEdit")
        self.happenedEdit.setTabChangesFocus(True)
        self.happenedEdit.setMaximumSize(QSize(16777215, 130))

        self.afterLayout.addWidget(self.happenedEdit)

        self.happenedProblem = QLabel(self.afterPage)
        self.happenedProblem.setObjectName(u"happenedProblem")
        self.happenedProblem.setWordWrap(True)
        self.happenedProblem.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.happenedProblem)

        self.learnedLabel = QLabel(self.afterPage)
        self.learnedLabel.setObjectName(u"learnedLabel")
        self.learnedLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.learnedLabel)

        self.learnedEdit = QPlainTextEdit(self.afterPage)
        self.learnedEdit.setObjectName(u"learnedEdit")
        self.learnedEdit.setTabChangesFocus(True)
        self.learnedEdit.setMaximumSize(QSize(16777215, 130))

        self.afterLayout.addWidget(self.learnedEdit)

        self.learnedProblem = QLabel(self.afterPage)
        self.learnedProblem.setObjectName(u"learnedProblem")
        self.learnedProblem.setWordWrap(True)
        self.learnedProblem.setProperty(u"role", u"emphasis")

        self.afterLayout.addWidget(self.learnedProblem)

        self.momentLabel = QLabel(self.afterPage)
        self.momentLabel.setObjectName(u"momentLabel")
        self.momentLabel.setWordWrap(True)

        self.afterLayout.addWidget(self.momentLabel)

        self.momentCombo = QComboBox(self.afterPage)
        self.momentCombo.setObjectName(u"momentCombo")
        self.momentCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.momentCombo.setMinimumContentsLength(14)

        self.afterLayout.addWidget(self.momentCombo)

        self.pages.addWidget(self.afterPage)

        self.fieldsLayout.addWidget(self.pages)

        self.fieldsScroll.setWidget(self.fieldsContent)

        self.dialogLayout.addWidget(self.fieldsScroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(40, 8, 40, 24)
        self.deleteButton = QPushButton(LadderTryDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)

        self.backButton = QPushButton(LadderTryDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(LadderTryDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.laterButton = QPushButton(LadderTryDialog)
        self.laterButton.setObjectName(u"laterButton")

        self.buttonRow.addWidget(self.laterButton)

        self.nextButton = QPushButton(LadderTryDialog)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.nextButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.stepLabel.setBuddy(self.stepCombo)
        self.fearedLabel.setBuddy(self.fearedEdit)
        self.expectedLabel.setBuddy(self.expectedRating)
        self.beforeLikelihoodLabel.setBuddy(self.beforeLikelihood)
        self.peakLabel.setBuddy(self.peakRating)
        self.afterLikelihoodLabel.setBuddy(self.afterLikelihood)
        self.happenedLabel.setBuddy(self.happenedEdit)
        self.learnedLabel.setBuddy(self.learnedEdit)
        self.momentLabel.setBuddy(self.momentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LadderTryDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(LadderTryDialog)
    # setupUi

    def retranslateUi(self, LadderTryDialog):
        LadderTryDialog.setWindowTitle(QCoreApplication.translate("LadderTryDialog", u"Trying a step", None))
        self.title.setText(QCoreApplication.translate("LadderTryDialog", u"Trying a step", None))
        self.beforeLead.setText(QCoreApplication.translate("LadderTryDialog", u"Before you begin: this is what you predicted. Change it if it feels different today.", None))
        self.stepLabel.setText(QCoreApplication.translate("LadderTryDialog", u"&Which step?", None))
        self.fearedLabel.setText(QCoreApplication.translate("LadderTryDialog", u"What you are &afraid might happen", None))
        self.expectedLabel.setText(QCoreApplication.translate("LadderTryDialog", u"How anxious you e&xpect to feel, from 0 to 10", None))
#if QT_CONFIG(accessibility)
        self.expectedRating.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"Expected anxiety, from 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.beforeLikelihoodLabel.setText(QCoreApplication.translate("LadderTryDialog", u"How likel&y it feels, from 0 to 100%", None))
#if QT_CONFIG(accessibility)
        self.beforeLikelihood.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"How likely the feared outcome feels before, in percent", None))
#endif // QT_CONFIG(accessibility)
        self.peakLabel.setText(QCoreApplication.translate("LadderTryDialog", u"The most anxious you &felt, from 0 to 10", None))
#if QT_CONFIG(accessibility)
        self.peakRating.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"The most anxious you felt, from 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("LadderTryDialog", u"Did what you feared happen?", None))
        self.outcomeYes.setText(QCoreApplication.translate("LadderTryDialog", u"Yes, it happened", None))
        self.outcomePartly.setText(QCoreApplication.translate("LadderTryDialog", u"Partly", None))
        self.outcomeNo.setText(QCoreApplication.translate("LadderTryDialog", u"No, it did not happen", None))
        self.afterLikelihoodLabel.setText(QCoreApplication.translate("LadderTryDialog", u"How likely does it feel n&ow, from 0 to 100%?", None))
#if QT_CONFIG(accessibility)
        self.afterLikelihood.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"How likely the feared outcome feels now, in percent", None))
#endif // QT_CONFIG(accessibility)
        self.happenedLabel.setText(QCoreApplication.translate("LadderTryDialog", u"What &happened?", None))
        self.learnedLabel.setText(QCoreApplication.translate("LadderTryDialog", u"What did you l&earn?", None))
        self.momentLabel.setText(QCoreApplication.translate("LadderTryDialog", u"A moment it belongs to (if any)", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"Delete this try", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("LadderTryDialog", u"De&lete\u2026", None))
        self.backButton.setText(QCoreApplication.translate("LadderTryDialog", u"&Back", None))
        self.cancelButton.setText(QCoreApplication.translate("LadderTryDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.laterButton.setAccessibleName(QCoreApplication.translate("LadderTryDialog", u"Keep this prediction and tell how it went later", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.laterButton.setToolTip(QCoreApplication.translate("LadderTryDialog", u"Write the prediction now, do the step, then come back to say how it went", None))
#endif // QT_CONFIG(tooltip)
        self.laterButton.setText(QCoreApplication.translate("LadderTryDialog", u"&Keep it for later", None))
        self.nextButton.setText(QCoreApplication.translate("LadderTryDialog", u"I have done it: &next", None))
    # retranslateUi

