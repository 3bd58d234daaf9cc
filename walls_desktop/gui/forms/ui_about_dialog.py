# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(40, 32, 40, 24)
        self.header = QHBoxLayout()
        self.header.setSpacing(16)
        self.header.setObjectName(u"header")
        self.icon = QLabel(AboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setMinimumSize(QSize(64, 64))
        self.icon.setMaximumSize(QSize(64, 64))
        self.icon.setScaledContents(True)

        self.header.addWidget(self.icon)

        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.header.addWidget(self.title)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.headerSpacer)


        self.dialogLayout.addLayout(self.header)

        self.body = QLabel(AboutDialog)
        self.body.setObjectName(u"body")
        self.body.setWordWrap(True)

        self.dialogLayout.addWidget(self.body)

        self.care = QLabel(AboutDialog)
        self.care.setObjectName(u"care")
        self.care.setWordWrap(True)
        self.care.setProperty(u"role", u"emphasis")

        self.dialogLayout.addWidget(self.care)

        self.dataPath = QLabel(AboutDialog)
        self.dataPath.setObjectName(u"dataPath")
        self.dataPath.setWordWrap(True)
        self.dataPath.setProperty(u"role", u"caption")
        self.dataPath.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.dataPath)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Walls", None))
#if QT_CONFIG(accessibility)
        self.icon.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Walls icon", None))
#endif // QT_CONFIG(accessibility)
        self.body.setText(QCoreApplication.translate("AboutDialog", u"Walls is a private practice space for people who feel uneasy when others come close. It offers breathing, self-compassion exercises and a record of closeness moments, all kept on this computer and never sent anywhere.", None))
        self.care.setText(QCoreApplication.translate("AboutDialog", u"Walls gives practice and information, never a diagnosis. It is not a substitute for professional care: a therapist, doctor or crisis line can help in ways an app cannot.", None))
    # retranslateUi

