# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'moment_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from walls_desktop.gui.widgets.rating import RatingWidget

class Ui_MomentDialog(object):
    def setupUi(self, MomentDialog):
        if not MomentDialog.objectName():
            MomentDialog.setObjectName(u"MomentDialog")
        MomentDialog.resize(720, 760)
        self.dialogLayout = QVBoxLayout(MomentDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(40, 32, 40, 28)
        self.title = QLabel(MomentDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.title)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(20)
        self.form.setVerticalSpacing(12)
        self.form.setLabelAlignment(Qt.AlignLeft|Qt.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.whenLabel = QLabel(MomentDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(MomentDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.anxietyLabel = QLabel(MomentDialog)
        self.anxietyLabel.setObjectName(u"anxietyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.anxietyLabel)

        self.anxietyRating = RatingWidget(MomentDialog)
        self.anxietyRating.setObjectName(u"anxietyRating")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.anxietyRating.sizePolicy().hasHeightForWidth())
        self.anxietyRating.setSizePolicy(sizePolicy)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.anxietyRating)

        self.kindLabel = QLabel(MomentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MomentDialog)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(14)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.personLabel = QLabel(MomentDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personEdit = QLineEdit(MomentDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personEdit)

        self.signsLabel = QLabel(MomentDialog)
        self.signsLabel.setObjectName(u"signsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signsLabel)

        self.signsBox = QWidget(MomentDialog)
        self.signsBox.setObjectName(u"signsBox")
        self.signsLayout = QVBoxLayout(self.signsBox)
        self.signsLayout.setSpacing(4)
        self.signsLayout.setObjectName(u"signsLayout")
        self.signsLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signsBox)

        self.actionLabel = QLabel(MomentDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionEdit = QPlainTextEdit(MomentDialog)
        self.actionEdit.setObjectName(u"actionEdit")
        self.actionEdit.setTabChangesFocus(True)
        self.actionEdit.setMaximumSize(QSize(16777215, 72))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.actionEdit)

        self.noteLabel = QLabel(MomentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(MomentDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 72))

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(MomentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setVisible(False)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setProperty(u"role", u"emphasis")

        self.dialogLayout.addWidget(self.problemLabel)

        self.readOnlyNote = QLabel(MomentDialog)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setVisible(False)
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.dialogLayout.addWidget(self.readOnlyNote)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.deleteButton = QPushButton(MomentDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setVisible(False)
        self.deleteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.deleteButton)

        self.ladderTryButton = QPushButton(MomentDialog)
        self.ladderTryButton.setObjectName(u"ladderTryButton")
        self.ladderTryButton.setVisible(False)
        self.ladderTryButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.ladderTryButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(MomentDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)

        self.saveButton = QPushButton(MomentDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.whenLabel.setBuddy(self.whenEdit)
        self.anxietyLabel.setBuddy(self.anxietyRating)
        self.kindLabel.setBuddy(self.kindCombo)
        self.personLabel.setBuddy(self.personEdit)
        self.actionLabel.setBuddy(self.actionEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whenEdit, self.anxietyRating)
        QWidget.setTabOrder(self.anxietyRating, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.personEdit)
        QWidget.setTabOrder(self.personEdit, self.actionEdit)
        QWidget.setTabOrder(self.actionEdit, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.deleteButton)

        self.retranslateUi(MomentDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MomentDialog)
    # setupUi

    def retranslateUi(self, MomentDialog):
        MomentDialog.setWindowTitle(QCoreApplication.translate("MomentDialog", u"A moment of closeness", None))
        self.title.setText(QCoreApplication.translate("MomentDialog", u"A moment of closeness", None))
        self.whenLabel.setText(QCoreApplication.translate("MomentDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.whenEdit.setAccessibleName(QCoreApplication.translate("MomentDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.anxietyLabel.setText(QCoreApplication.translate("MomentDialog", u"&How anxious", None))
#if QT_CONFIG(accessibility)
        self.anxietyRating.setAccessibleName(QCoreApplication.translate("MomentDialog", u"How anxious you felt, from 0 to 10", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MomentDialog", u"What &kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("MomentDialog", u"What kind of closeness it was", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("MomentDialog", u"With wh&om", None))
        self.personEdit.setPlaceholderText(QCoreApplication.translate("MomentDialog", u"A name or a word, if you like", None))
#if QT_CONFIG(accessibility)
        self.personEdit.setAccessibleName(QCoreApplication.translate("MomentDialog", u"With whom", None))
#endif // QT_CONFIG(accessibility)
        self.signsLabel.setText(QCoreApplication.translate("MomentDialog", u"What showed up", None))
#if QT_CONFIG(accessibility)
        self.signsBox.setAccessibleName(QCoreApplication.translate("MomentDialog", u"Signs that a wall went up", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("MomentDialog", u"What I &did", None))
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("MomentDialog", u"How you responded, in a few words", None))
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("MomentDialog", u"What I did", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("MomentDialog", u"A &note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("MomentDialog", u"Anything else you want to remember", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("MomentDialog", u"A note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("MomentDialog", u"What needs a change before saving", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyNote.setText(QCoreApplication.translate("MomentDialog", u"Your data is open read-only, so this moment can be looked at but not saved.", None))
        self.deleteButton.setText(QCoreApplication.translate("MomentDialog", u"De&lete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("MomentDialog", u"Delete this moment", None))
#endif // QT_CONFIG(accessibility)
        self.ladderTryButton.setText(QCoreApplication.translate("MomentDialog", u"A ladder t&ry\u2026", None))
#if QT_CONFIG(tooltip)
        self.ladderTryButton.setToolTip(QCoreApplication.translate("MomentDialog", u"Keep this moment as a try of a step on your ladder", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.ladderTryButton.setAccessibleName(QCoreApplication.translate("MomentDialog", u"Keep this moment as a try of a ladder step", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("MomentDialog", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("MomentDialog", u"Cancel without saving", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("MomentDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("MomentDialog", u"Save this moment (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("MomentDialog", u"Save this moment", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

