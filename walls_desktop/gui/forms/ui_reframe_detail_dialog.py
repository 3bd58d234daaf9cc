# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reframe_detail_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReframeDetailDialog(object):
    def setupUi(self, ReframeDetailDialog):
        if not ReframeDetailDialog.objectName():
            ReframeDetailDialog.setObjectName(u"ReframeDetailDialog")
        ReframeDetailDialog.resize(720, 680)
        self.dialogLayout = QVBoxLayout(ReframeDetailDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(0, 0, 0, 28)
        self.scroll = QScrollArea(ReframeDetailDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setMinimumSize(QSize(0, 260))
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(40, 32, 40, 0)
        self.title = QLabel(self.content)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"subtitle")

        self.contentLayout.addWidget(self.title)

        self.summary = QLabel(self.content)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.contentLayout.addWidget(self.summary)

        self.criticLabel = QLabel(self.content)
        self.criticLabel.setObjectName(u"criticLabel")

        self.contentLayout.addWidget(self.criticLabel)

        self.criticEdit = QPlainTextEdit(self.content)
        self.criticEdit.setObjectName(u"criticEdit")
        self.criticEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.criticEdit)

        self.criticProblem = QLabel(self.content)
        self.criticProblem.setObjectName(u"criticProblem")
        self.criticProblem.setWordWrap(True)
        self.criticProblem.setProperty(u"role", u"emphasis")

        self.contentLayout.addWidget(self.criticProblem)

        self.friendLabel = QLabel(self.content)
        self.friendLabel.setObjectName(u"friendLabel")

        self.contentLayout.addWidget(self.friendLabel)

        self.friendEdit = QPlainTextEdit(self.content)
        self.friendEdit.setObjectName(u"friendEdit")
        self.friendEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.friendEdit)

        self.friendProblem = QLabel(self.content)
        self.friendProblem.setObjectName(u"friendProblem")
        self.friendProblem.setWordWrap(True)
        self.friendProblem.setProperty(u"role", u"emphasis")

        self.contentLayout.addWidget(self.friendProblem)

        self.reframeLabel = QLabel(self.content)
        self.reframeLabel.setObjectName(u"reframeLabel")

        self.contentLayout.addWidget(self.reframeLabel)

        self.reframeEdit = QPlainTextEdit(self.content)
        self.reframeEdit.setObjectName(u"reframeEdit")
        self.reframeEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.reframeEdit)

        self.reframeProblem = QLabel(self.content)
        self.reframeProblem.setObjectName(u"reframeProblem")
        self.reframeProblem.setWordWrap(True)
        self.reframeProblem.setProperty(u"role", u"emphasis")

        self.contentLayout.addWidget(self.reframeProblem)

        self.shareCheck = QCheckBox(self.content)
        self.shareCheck.setObjectName(u"shareCheck")

        self.contentLayout.addWidget(self.shareCheck)

        self.readOnlyNote = QLabel(self.content)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.contentLayout.addWidget(self.readOnlyNote)

        self.scroll.setWidget(self.content)

        self.dialogLayout.addWidget(self.scroll)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonRow.setContentsMargins(40, -1, 40, -1)
        self.deleteButton = QPushButton(ReframeDetailDialog)
        self.deleteButton.setObjectName(u"deleteButton")
        self.deleteButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.deleteButton)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ReframeDetailDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.saveButton = QPushButton(ReframeDetailDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setProperty(u"role", u"primary")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.criticLabel.setBuddy(self.criticEdit)
        self.friendLabel.setBuddy(self.friendEdit)
        self.reframeLabel.setBuddy(self.reframeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.criticEdit, self.friendEdit)
        QWidget.setTabOrder(self.friendEdit, self.reframeEdit)
        QWidget.setTabOrder(self.reframeEdit, self.shareCheck)
        QWidget.setTabOrder(self.shareCheck, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.deleteButton)

        self.retranslateUi(ReframeDetailDialog)
        self.closeButton.clicked.connect(ReframeDetailDialog.reject)

        QMetaObject.connectSlotsByName(ReframeDetailDialog)
    # setupUi

    def retranslateUi(self, ReframeDetailDialog):
        ReframeDetailDialog.setWindowTitle(QCoreApplication.translate("ReframeDetailDialog", u"A reframe from your journal", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"About this reframe", None))
#endif // QT_CONFIG(accessibility)
        self.criticLabel.setText(QCoreApplication.translate("ReframeDetailDialog", u"The critic's &words", None))
#if QT_CONFIG(accessibility)
        self.criticEdit.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"The critic's words", None))
#endif // QT_CONFIG(accessibility)
        self.friendLabel.setText(QCoreApplication.translate("ReframeDetailDialog", u"What you would say to a dear &friend", None))
#if QT_CONFIG(accessibility)
        self.friendEdit.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"What you would say to a dear friend", None))
#endif // QT_CONFIG(accessibility)
        self.reframeLabel.setText(QCoreApplication.translate("ReframeDetailDialog", u"Your &kinder thought", None))
#if QT_CONFIG(accessibility)
        self.reframeEdit.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"Your kinder thought", None))
#endif // QT_CONFIG(accessibility)
        self.shareCheck.setText(QCoreApplication.translate("ReframeDetailDialog", u"I'd like to share this one with my &therapist", None))
#if QT_CONFIG(accessibility)
        self.shareCheck.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"Mark to share with my therapist", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyNote.setText(QCoreApplication.translate("ReframeDetailDialog", u"Your data is open read-only, so changes cannot be saved right now.", None))
        self.deleteButton.setText(QCoreApplication.translate("ReframeDetailDialog", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"Delete this reframe", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("ReframeDetailDialog", u"C&lose", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"Close without saving changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ReframeDetailDialog", u"&Save changes", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReframeDetailDialog", u"Save changes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

