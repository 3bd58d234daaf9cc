# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pattern_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QDoubleSpinBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PatternDialog(object):
    def setupUi(self, PatternDialog):
        if not PatternDialog.objectName():
            PatternDialog.setObjectName(u"PatternDialog")
        PatternDialog.setMinimumSize(QSize(960, 600))
        self.dialogLayout = QVBoxLayout(PatternDialog)
        self.dialogLayout.setSpacing(16)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(40, 40, 40, 32)
        self.title = QLabel(PatternDialog)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.title)

        self.lead = QLabel(PatternDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)

        self.dialogLayout.addWidget(self.lead)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(32)
        self.columns.setObjectName(u"columns")
        self.listColumn = QVBoxLayout()
        self.listColumn.setSpacing(12)
        self.listColumn.setObjectName(u"listColumn")
        self.patternList = QListWidget(PatternDialog)
        self.patternList.setObjectName(u"patternList")
        self.patternList.setMinimumSize(QSize(220, 0))
        self.patternList.setMaximumSize(QSize(280, 16777215))

        self.listColumn.addWidget(self.patternList)

        self.listEmpty = QLabel(PatternDialog)
        self.listEmpty.setObjectName(u"listEmpty")
        self.listEmpty.setWordWrap(True)
        self.listEmpty.setProperty(u"role", u"caption")

        self.listColumn.addWidget(self.listEmpty)

        self.listButtons = QHBoxLayout()
        self.listButtons.setSpacing(12)
        self.listButtons.setObjectName(u"listButtons")
        self.newButton = QPushButton(PatternDialog)
        self.newButton.setObjectName(u"newButton")

        self.listButtons.addWidget(self.newButton)

        self.deleteButton = QPushButton(PatternDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listColumn.addLayout(self.listButtons)


        self.columns.addLayout(self.listColumn)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(6)
        self.nameLabel = QLabel(PatternDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(PatternDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.addWidget(self.nameEdit, 0, 1, 1, 2)

        self.nameProblem = QLabel(PatternDialog)
        self.nameProblem.setObjectName(u"nameProblem")
        self.nameProblem.setWordWrap(True)
        self.nameProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.nameProblem, 1, 1, 1, 2)

        self.descriptionLabel = QLabel(PatternDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.addWidget(self.descriptionLabel, 2, 0, 1, 1)

        self.descriptionEdit = QLineEdit(PatternDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(400)

        self.form.addWidget(self.descriptionEdit, 2, 1, 1, 2)

        self.descriptionProblem = QLabel(PatternDialog)
        self.descriptionProblem.setObjectName(u"descriptionProblem")
        self.descriptionProblem.setWordWrap(True)
        self.descriptionProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.descriptionProblem, 3, 1, 1, 2)

        self.inhaleLabel = QLabel(PatternDialog)
        self.inhaleLabel.setObjectName(u"inhaleLabel")

        self.form.addWidget(self.inhaleLabel, 4, 0, 1, 1)

        self.inhaleSpin = QDoubleSpinBox(PatternDialog)
        self.inhaleSpin.setObjectName(u"inhaleSpin")
        self.inhaleSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.inhaleSpin.setMinimumSize(QSize(120, 0))
        self.inhaleSpin.setDecimals(1)
        self.inhaleSpin.setMaximum(99.000000000000000)
        self.inhaleSpin.setSingleStep(0.500000000000000)
        self.inhaleSpin.setValue(4.000000000000000)

        self.form.addWidget(self.inhaleSpin, 4, 1, 1, 1)

        self.inhaleProblem = QLabel(PatternDialog)
        self.inhaleProblem.setObjectName(u"inhaleProblem")
        self.inhaleProblem.setWordWrap(True)
        self.inhaleProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.inhaleProblem, 4, 2, 1, 1)

        self.topUpLabel = QLabel(PatternDialog)
        self.topUpLabel.setObjectName(u"topUpLabel")

        self.form.addWidget(self.topUpLabel, 5, 0, 1, 1)

        self.topUpSpin = QDoubleSpinBox(PatternDialog)
        self.topUpSpin.setObjectName(u"topUpSpin")
        self.topUpSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.topUpSpin.setDecimals(1)
        self.topUpSpin.setMaximum(99.000000000000000)
        self.topUpSpin.setSingleStep(0.500000000000000)

        self.form.addWidget(self.topUpSpin, 5, 1, 1, 1)

        self.topUpProblem = QLabel(PatternDialog)
        self.topUpProblem.setObjectName(u"topUpProblem")
        self.topUpProblem.setWordWrap(True)
        self.topUpProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.topUpProblem, 5, 2, 1, 1)

        self.holdLabel = QLabel(PatternDialog)
        self.holdLabel.setObjectName(u"holdLabel")

        self.form.addWidget(self.holdLabel, 6, 0, 1, 1)

        self.holdSpin = QDoubleSpinBox(PatternDialog)
        self.holdSpin.setObjectName(u"holdSpin")
        self.holdSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holdSpin.setDecimals(1)
        self.holdSpin.setMaximum(99.000000000000000)
        self.holdSpin.setSingleStep(0.500000000000000)

        self.form.addWidget(self.holdSpin, 6, 1, 1, 1)

        self.holdProblem = QLabel(PatternDialog)
        self.holdProblem.setObjectName(u"holdProblem")
        self.holdProblem.setWordWrap(True)
        self.holdProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.holdProblem, 6, 2, 1, 1)

        self.exhaleLabel = QLabel(PatternDialog)
        self.exhaleLabel.setObjectName(u"exhaleLabel")

        self.form.addWidget(self.exhaleLabel, 7, 0, 1, 1)

        self.exhaleSpin = QDoubleSpinBox(PatternDialog)
        self.exhaleSpin.setObjectName(u"exhaleSpin")
        self.exhaleSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.exhaleSpin.setDecimals(1)
        self.exhaleSpin.setMaximum(99.000000000000000)
        self.exhaleSpin.setSingleStep(0.500000000000000)
        self.exhaleSpin.setValue(6.000000000000000)

        self.form.addWidget(self.exhaleSpin, 7, 1, 1, 1)

        self.exhaleProblem = QLabel(PatternDialog)
        self.exhaleProblem.setObjectName(u"exhaleProblem")
        self.exhaleProblem.setWordWrap(True)
        self.exhaleProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.exhaleProblem, 7, 2, 1, 1)

        self.restLabel = QLabel(PatternDialog)
        self.restLabel.setObjectName(u"restLabel")

        self.form.addWidget(self.restLabel, 8, 0, 1, 1)

        self.restSpin = QDoubleSpinBox(PatternDialog)
        self.restSpin.setObjectName(u"restSpin")
        self.restSpin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.restSpin.setDecimals(1)
        self.restSpin.setMaximum(99.000000000000000)
        self.restSpin.setSingleStep(0.500000000000000)

        self.form.addWidget(self.restSpin, 8, 1, 1, 1)

        self.restProblem = QLabel(PatternDialog)
        self.restProblem.setObjectName(u"restProblem")
        self.restProblem.setWordWrap(True)
        self.restProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.restProblem, 8, 2, 1, 1)

        self.patternProblem = QLabel(PatternDialog)
        self.patternProblem.setObjectName(u"patternProblem")
        self.patternProblem.setWordWrap(True)
        self.patternProblem.setProperty(u"role", u"emphasis")

        self.form.addWidget(self.patternProblem, 9, 0, 1, 3)

        self.cycleSummary = QLabel(PatternDialog)
        self.cycleSummary.setObjectName(u"cycleSummary")
        self.cycleSummary.setWordWrap(True)
        self.cycleSummary.setProperty(u"role", u"caption")

        self.form.addWidget(self.cycleSummary, 10, 0, 1, 3)

        self.formSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.addItem(self.formSpacer, 11, 0, 1, 3)

        self.form.setColumnStretch(2, 1)

        self.columns.addLayout(self.form)


        self.dialogLayout.addLayout(self.columns)

        self.statusNote = QLabel(PatternDialog)
        self.statusNote.setObjectName(u"statusNote")
        self.statusNote.setWordWrap(True)
        self.statusNote.setProperty(u"role", u"caption")

        self.dialogLayout.addWidget(self.statusNote)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setSpacing(16)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.dialogButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.dialogButtonsSpacer)

        self.closeButton = QPushButton(PatternDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.closeButton)

        self.saveButton = QPushButton(PatternDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.dialogButtons.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.inhaleLabel.setBuddy(self.inhaleSpin)
        self.topUpLabel.setBuddy(self.topUpSpin)
        self.holdLabel.setBuddy(self.holdSpin)
        self.exhaleLabel.setBuddy(self.exhaleSpin)
        self.restLabel.setBuddy(self.restSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.patternList, self.newButton)
        QWidget.setTabOrder(self.newButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.inhaleSpin)
        QWidget.setTabOrder(self.inhaleSpin, self.topUpSpin)
        QWidget.setTabOrder(self.topUpSpin, self.holdSpin)
        QWidget.setTabOrder(self.holdSpin, self.exhaleSpin)
        QWidget.setTabOrder(self.exhaleSpin, self.restSpin)
        QWidget.setTabOrder(self.restSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(PatternDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(PatternDialog)
    # setupUi

    def retranslateUi(self, PatternDialog):
        PatternDialog.setWindowTitle(QCoreApplication.translate("PatternDialog", u"Your breathing patterns", None))
        self.title.setText(QCoreApplication.translate("PatternDialog", u"Your breathing patterns", None))
        self.lead.setText(QCoreApplication.translate("PatternDialog", u"Shape a rhythm that suits you. Steps go in whole or half seconds; set a hold, a rest or the extra sip to 0 to leave it out.", None))
#if QT_CONFIG(accessibility)
        self.patternList.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Your patterns", None))
#endif // QT_CONFIG(accessibility)
        self.listEmpty.setText(QCoreApplication.translate("PatternDialog", u"No patterns of your own yet.", None))
        self.newButton.setText(QCoreApplication.translate("PatternDialog", u"&New", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Start a new pattern", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("PatternDialog", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Delete the chosen pattern", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("PatternDialog", u"N&ame", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Name of the pattern", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("PatternDialog", u"What it is &for", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("PatternDialog", u"What the pattern is for (optional)", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("PatternDialog", u"Optional, for example \u201cbefore a hard talk\u201d", None))
        self.inhaleLabel.setText(QCoreApplication.translate("PatternDialog", u"Breathe &in", None))
#if QT_CONFIG(accessibility)
        self.inhaleSpin.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Seconds breathing in", None))
#endif // QT_CONFIG(accessibility)
        self.inhaleSpin.setSuffix(QCoreApplication.translate("PatternDialog", u" s", None))
        self.topUpLabel.setText(QCoreApplication.translate("PatternDialog", u"E&xtra sip", None))
#if QT_CONFIG(accessibility)
        self.topUpSpin.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Seconds for an extra sip of air after breathing in (0 leaves it out)", None))
#endif // QT_CONFIG(accessibility)
        self.topUpSpin.setSuffix(QCoreApplication.translate("PatternDialog", u" s", None))
        self.holdLabel.setText(QCoreApplication.translate("PatternDialog", u"&Hold", None))
#if QT_CONFIG(accessibility)
        self.holdSpin.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Seconds holding after breathing in (0 leaves it out)", None))
#endif // QT_CONFIG(accessibility)
        self.holdSpin.setSuffix(QCoreApplication.translate("PatternDialog", u" s", None))
        self.exhaleLabel.setText(QCoreApplication.translate("PatternDialog", u"Breathe &out", None))
#if QT_CONFIG(accessibility)
        self.exhaleSpin.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Seconds breathing out", None))
#endif // QT_CONFIG(accessibility)
        self.exhaleSpin.setSuffix(QCoreApplication.translate("PatternDialog", u" s", None))
        self.restLabel.setText(QCoreApplication.translate("PatternDialog", u"&Rest", None))
#if QT_CONFIG(accessibility)
        self.restSpin.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Seconds resting after breathing out (0 leaves it out)", None))
#endif // QT_CONFIG(accessibility)
        self.restSpin.setSuffix(QCoreApplication.translate("PatternDialog", u" s", None))
        self.closeButton.setText(QCoreApplication.translate("PatternDialog", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Close this window", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("PatternDialog", u"&Save pattern", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PatternDialog", u"Save this pattern", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

