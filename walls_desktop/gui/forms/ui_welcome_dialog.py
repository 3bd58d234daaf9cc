# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(640, 560)
        self.dialogLayout = QVBoxLayout(WelcomeDialog)
        self.dialogLayout.setSpacing(16)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(40, 36, 40, 28)
        self.title = QLabel(WelcomeDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.dialogLayout.addWidget(self.title)

        self.whatItIs = QLabel(WelcomeDialog)
        self.whatItIs.setObjectName(u"whatItIs")
        self.whatItIs.setWordWrap(True)

        self.dialogLayout.addWidget(self.whatItIs)

        self.whatItIsNot = QLabel(WelcomeDialog)
        self.whatItIsNot.setObjectName(u"whatItIsNot")
        self.whatItIsNot.setWordWrap(True)

        self.dialogLayout.addWidget(self.whatItIsNot)

        self.privacy = QLabel(WelcomeDialog)
        self.privacy.setObjectName(u"privacy")
        self.privacy.setWordWrap(True)

        self.dialogLayout.addWidget(self.privacy)

        self.dataPath = QLabel(WelcomeDialog)
        self.dataPath.setObjectName(u"dataPath")
        self.dataPath.setWordWrap(True)
        self.dataPath.setProperty(u"role", u"path")
        self.dataPath.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.dataPath)

        self.spacer = QSpacerItem(20, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(WelcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(WelcomeDialog)
        self.buttons.accepted.connect(WelcomeDialog.accept)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to Walls", None))
        self.title.setText(QCoreApplication.translate("WelcomeDialog", u"A quiet place to practise closeness", None))
        self.whatItIs.setText(QCoreApplication.translate("WelcomeDialog", u"Sometimes, just as someone comes closer, a part of us starts building walls. Walls helps you notice those moments and practise gentler ways through them: slow breathing, a kinder answer to the inner critic, and a record of how closeness feels over time.", None))
        self.whatItIsNot.setText(QCoreApplication.translate("WelcomeDialog", u"Walls offers practice and information. It does not diagnose anything, and it is not a substitute for professional care. If you are in danger or crisis, the \u201cNeed support now?\u201d button lists crisis lines.", None))
        self.privacy.setText(QCoreApplication.translate("WelcomeDialog", u"Nothing you write leaves this computer. Walls has no account, sends nothing over the internet and keeps your entries in one file here:", None))
#if QT_CONFIG(accessibility)
        self.dataPath.setAccessibleName(QCoreApplication.translate("WelcomeDialog", u"Where your data is kept", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

