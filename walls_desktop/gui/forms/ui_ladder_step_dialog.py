# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ladder_step_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_LadderStepDialog(object):
    def setupUi(self, LadderStepDialog):
        if not LadderStepDialog.objectName():
            LadderStepDialog.setObjectName(u"LadderStepDialog")
        LadderStepDialog.resize(680, 720)
        self.dialogLayout = QVBoxLayout(LadderStepDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsScroll = QScrollArea(LadderStepDialog)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setFrameShape(QFrame.NoFrame)
        self.fieldsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsContent = QWidget()
        self.fieldsContent.setObjectName(u"fieldsContent")
        self.fieldsLayout = QVBoxLayout(self.fieldsContent)
        self.fieldsLayout.setSpacing(8)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(40, 32, 40, 12)
        self.title = QLabel(self.fieldsContent)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.fieldsLayout.addWidget(self.title)

        self.actionLabel = QLabel(self.fieldsContent)
        self.actionLabel.setObjectName(u"actionLabel")
        self.actionLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.actionLabel)

        self.actionEdit = QLineEdit(self.fieldsContent)
        self.actionEdit.setObjectName(u"actionEdit")

        self.fieldsLayout.addWidget(self.actionEdit)

        self.actionProblem = QLabel(self.fieldsContent)
        self.actionProblem.setObjectName(u"actionProblem")
        self.actionProblem.setWordWrap(True)
        self.actionProblem.setProperty(u"role", u"emphasis")

        self.fieldsLayout.addWidget(self.actionProblem)

        self.personLabel = QLabel(self.fieldsContent)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.personLabel)

        self.personEdit = QLineEdit(self.fieldsContent)
        self.personEdit.setObjectName(u"personEdit")

        self.fieldsLayout.addWidget(self.personEdit)

        self.personProblem = QLabel(self.fieldsContent)
        self.personProblem.setObjectName(u"personProblem")
        self.personProblem.setWordWrap(True)
        self.personProblem.setProperty(u"role", u"emphasis")

        self.fieldsLayout.addWidget(self.personProblem)

        self.expectedLabel = QLabel(self.fieldsContent)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.expectedLabel)

        self.expectedRating = RatingWidget(self.fieldsContent)
        self.expectedRating.setObjectName(u"expectedRating")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.expectedRating.sizePolicy().hasHeightForWidth())
        self.expectedRating.setSizePolicy(sizePolicy)

        self.fieldsLayout.addWidget(self.expectedRating)

        self.expectedProblem = QLabel(self.fieldsContent)
        self.expectedProblem.setObjectName(u"expectedProblem")
        self.expectedProblem.setWordWrap(True)
        self.expectedProblem.setProperty(u"role", u"emphasis")

        self.fieldsLayout.addWidget(self.expectedProblem)

        self.fearedLabel = QLabel(self.fieldsContent)
        self.fearedLabel.setObjectName(u"fearedLabel")
        self.fearedLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.fearedLabel)

        self.fearedEdit = QPlainTextEdit(self.fieldsContent)
        self.fearedEdit.setObjectName(u"fearedEdit")
        self.fearedEdit.setTabChangesFocus(True)
        self.fearedEdit.setMaximumSize(QSize(16777215, 110))

        self.fieldsLayout.addWidget(self.fearedEdit)

        self.fearedProblem = QLabel(self.fieldsContent)
        self.fearedProblem.setObjectName(u"fearedProblem")
        self.fearedProblem.setWordWrap(True)
        self.fearedProblem.setProperty(u"role", u"emphasis")

        self.fieldsLayout.addWidget(self.fearedProblem)

        self.likelihoodLabel = QLabel(self.fieldsContent)
        self.likelihoodLabel.setObjectName(u"likelihoodLabel")
        self.likelihoodLabel.setWordWrap(True)

        self.fieldsLayout.addWidget(self.likelihoodLabel)

        self.likelihoodRating = RatingWidget(self.fieldsContent)
        self.likelihoodRating.setObjectName(u"likelihoodRating")
        sizePolicy.setHeightForWidth(self.likelihoodRating.sizePolicy().hasHeightForWidth())
        self.likelihoodRating.setSizePolicy(sizePolicy)

        self.fieldsLayout.addWidget(self.likelihoodRating)

        self.likelihoodProblem = QLabel(self.fieldsContent)
        self.likelihoodProblem.setObjectName(u"likelihoodProblem")
        self.likelihoodProblem.setWordWrap(True)
        self.likelihoodProblem.setProperty(u"role", u"emphasis")

        self.fieldsLayout.addWidget(self.likelihoodProblem)

        self.fieldsScroll.setWidget(self.fieldsContent)

        self.dialogLayout.addWidget(self.fieldsScroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(40, 8, 40, 24)
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(LadderStepDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(LadderStepDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.actionLabel.setBuddy(self.actionEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.expectedLabel.setBuddy(self.expectedRating)
        self.fearedLabel.setBuddy(self.fearedEdit)
        self.likelihoodLabel.setBuddy(self.likelihoodRating)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LadderStepDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(LadderStepDialog)
    # setupUi

    def retranslateUi(self, LadderStepDialog):
        LadderStepDialog.setWindowTitle(QCoreApplication.translate("LadderStepDialog", u"A step of closeness", None))
        self.title.setText(QCoreApplication.translate("LadderStepDialog", u"A step of closeness", None))
        self.actionLabel.setText(QCoreApplication.translate("LadderStepDialog", u"What will you &do?", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("LadderStepDialog", u"For example: tell them about my day in some detail", None))
        self.personLabel.setText(QCoreApplication.translate("LadderStepDialog", u"&With whom?", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("LadderStepDialog", u"Anyone (or a name you use in Moments)", None))
        self.expectedLabel.setText(QCoreApplication.translate("LadderStepDialog", u"How anxious do you expect to &feel, from 0 to 10?", None))
#if QT_CONFIG(accessibility)
        self.expectedRating.setAccessibleName(QCoreApplication.translate("LadderStepDialog", u"Expected anxiety, from 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.fearedLabel.setText(QCoreApplication.translate("LadderStepDialog", u"What are you &afraid might happen?", None))
        self.fearedEdit.setPlaceholderText(QCoreApplication.translate("LadderStepDialog", u"Something you could see happen, for example: they will change the subject", None))
        self.likelihoodLabel.setText(QCoreApplication.translate("LadderStepDialog", u"How &likely does that feel, from 0 to 100%?", None))
#if QT_CONFIG(accessibility)
        self.likelihoodRating.setAccessibleName(QCoreApplication.translate("LadderStepDialog", u"How likely the feared outcome feels, in percent", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("LadderStepDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("LadderStepDialog", u"&Save", None))
    # retranslateUi

