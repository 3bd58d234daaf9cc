# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kind_sentences_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_KindSentencesDialog(object):
    def setupUi(self, KindSentencesDialog):
        if not KindSentencesDialog.objectName():
            KindSentencesDialog.setObjectName(u"KindSentencesDialog")
        KindSentencesDialog.resize(700, 620)
        self.dialogLayout = QVBoxLayout(KindSentencesDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(40, 32, 40, 28)
        self.title = QLabel(KindSentencesDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.title)

        self.lead = QLabel(KindSentencesDialog)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)

        self.dialogLayout.addWidget(self.lead)

        self.sentenceList = QListWidget(KindSentencesDialog)
        self.sentenceList.setObjectName(u"sentenceList")
        self.sentenceList.setWordWrap(True)
        self.sentenceList.setSpacing(3)

        self.dialogLayout.addWidget(self.sentenceList)

        self.editLabel = QLabel(KindSentencesDialog)
        self.editLabel.setObjectName(u"editLabel")

        self.dialogLayout.addWidget(self.editLabel)

        self.sentenceEdit = QLineEdit(KindSentencesDialog)
        self.sentenceEdit.setObjectName(u"sentenceEdit")
        self.sentenceEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.sentenceEdit)

        self.problem = QLabel(KindSentencesDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)
        self.problem.setProperty(u"role", u"emphasis")

        self.dialogLayout.addWidget(self.problem)

        self.readOnlyNote = QLabel(KindSentencesDialog)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.dialogLayout.addWidget(self.readOnlyNote)

        self.editButtons = QHBoxLayout()
        self.editButtons.setSpacing(12)
        self.editButtons.setObjectName(u"editButtons")
        self.addButton = QPushButton(KindSentencesDialog)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setProperty(u"role", u"primary")
        self.addButton.setAutoDefault(False)

        self.editButtons.addWidget(self.addButton)

        self.changeButton = QPushButton(KindSentencesDialog)
        self.changeButton.setObjectName(u"changeButton")
        self.changeButton.setAutoDefault(False)

        self.editButtons.addWidget(self.changeButton)

        self.removeButton = QPushButton(KindSentencesDialog)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setAutoDefault(False)

        self.editButtons.addWidget(self.removeButton)

        self.editSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editButtons.addItem(self.editSpacer)


        self.dialogLayout.addLayout(self.editButtons)

        self.dialogButtons = QHBoxLayout()
        self.dialogButtons.setSpacing(12)
        self.dialogButtons.setObjectName(u"dialogButtons")
        self.restoreButton = QPushButton(KindSentencesDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.restoreButton)

        self.closeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dialogButtons.addItem(self.closeSpacer)

        self.closeButton = QPushButton(KindSentencesDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.dialogButtons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.dialogButtons)

#if QT_CONFIG(shortcut)
        self.editLabel.setBuddy(self.sentenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(KindSentencesDialog)
        self.closeButton.clicked.connect(KindSentencesDialog.accept)

        QMetaObject.connectSlotsByName(KindSentencesDialog)
    # setupUi

    def retranslateUi(self, KindSentencesDialog):
        KindSentencesDialog.setWindowTitle(QCoreApplication.translate("KindSentencesDialog", u"Your kind sentences", None))
        self.title.setText(QCoreApplication.translate("KindSentencesDialog", u"Kind sentences to take along", None))
        self.lead.setText(QCoreApplication.translate("KindSentencesDialog", u"One of these is shown when you finish a reframe. Keep the ones that ring true, change them into your own words, or add new ones.", None))
#if QT_CONFIG(accessibility)
        self.sentenceList.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Your kind sentences", None))
#endif // QT_CONFIG(accessibility)
        self.editLabel.setText(QCoreApplication.translate("KindSentencesDialog", u"&Sentence", None))
#if QT_CONFIG(accessibility)
        self.sentenceEdit.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Sentence to add or change", None))
#endif // QT_CONFIG(accessibility)
        self.sentenceEdit.setPlaceholderText(QCoreApplication.translate("KindSentencesDialog", u"Write a sentence you would like to hear", None))
        self.readOnlyNote.setText(QCoreApplication.translate("KindSentencesDialog", u"Your data is open read-only, so the list cannot be changed right now.", None))
        self.addButton.setText(QCoreApplication.translate("KindSentencesDialog", u"&Add to my list", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Add the sentence to your list", None))
#endif // QT_CONFIG(accessibility)
        self.changeButton.setText(QCoreApplication.translate("KindSentencesDialog", u"&Change the chosen one", None))
#if QT_CONFIG(accessibility)
        self.changeButton.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Replace the chosen sentence with this text", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("KindSentencesDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Remove the chosen sentence", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("KindSentencesDialog", u"Restore &Walls' sentences\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Restore the sentences Walls came with", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("KindSentencesDialog", u"C&lose", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("KindSentencesDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

