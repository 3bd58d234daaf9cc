# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'store_error_dialog.ui'
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

class Ui_StoreErrorDialog(object):
    def setupUi(self, StoreErrorDialog):
        if not StoreErrorDialog.objectName():
            StoreErrorDialog.setObjectName(u"StoreErrorDialog")
        StoreErrorDialog.resize(620, 420)
        self.dialogLayout = QVBoxLayout(StoreErrorDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(36, 28, 36, 24)
        self.headline = QLabel(StoreErrorDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setWordWrap(True)
        self.headline.setProperty(u"role", u"subtitle")

        self.dialogLayout.addWidget(self.headline)

        self.explanation = QLabel(StoreErrorDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanation)

        self.whereLabel = QLabel(StoreErrorDialog)
        self.whereLabel.setObjectName(u"whereLabel")

        self.dialogLayout.addWidget(self.whereLabel)

        self.path = QLabel(StoreErrorDialog)
        self.path.setObjectName(u"path")
        self.path.setWordWrap(True)
        self.path.setProperty(u"role", u"path")
        self.path.setTextInteractionFlags(Qt.TextSelectableByMouse|Qt.TextSelectableByKeyboard)

        self.dialogLayout.addWidget(self.path)

        self.advice = QLabel(StoreErrorDialog)
        self.advice.setObjectName(u"advice")
        self.advice.setWordWrap(True)

        self.dialogLayout.addWidget(self.advice)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(StoreErrorDialog)
        self.buttons.setObjectName(u"buttons")

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(StoreErrorDialog)

        QMetaObject.connectSlotsByName(StoreErrorDialog)
    # setupUi

    def retranslateUi(self, StoreErrorDialog):
        StoreErrorDialog.setWindowTitle(QCoreApplication.translate("StoreErrorDialog", u"Walls could not open your data", None))
        self.whereLabel.setText(QCoreApplication.translate("StoreErrorDialog", u"Your data file:", None))
#if QT_CONFIG(accessibility)
        self.path.setAccessibleName(QCoreApplication.translate("StoreErrorDialog", u"Path of your data file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

