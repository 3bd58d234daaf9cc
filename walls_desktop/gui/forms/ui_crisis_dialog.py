# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crisis_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from walls_desktop.gui.widgets.crisis_lines import CrisisLinesView

class Ui_CrisisDialog(object):
    def setupUi(self, CrisisDialog):
        if not CrisisDialog.objectName():
            CrisisDialog.setObjectName(u"CrisisDialog")
        CrisisDialog.resize(640, 620)
        self.dialogLayout = QVBoxLayout(CrisisDialog)
        self.dialogLayout.setSpacing(14)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(36, 28, 36, 24)
        self.countryRow = QHBoxLayout()
        self.countryRow.setSpacing(10)
        self.countryRow.setObjectName(u"countryRow")
        self.countryLabel = QLabel(CrisisDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.countryRow.addWidget(self.countryLabel)

        self.countryChoice = QComboBox(CrisisDialog)
        self.countryChoice.setObjectName(u"countryChoice")

        self.countryRow.addWidget(self.countryChoice)

        self.countrySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countryRow.addItem(self.countrySpacer)


        self.dialogLayout.addLayout(self.countryRow)

        self.linesView = CrisisLinesView(CrisisDialog)
        self.linesView.setObjectName(u"linesView")

        self.dialogLayout.addWidget(self.linesView)

        self.buttons = QDialogButtonBox(CrisisDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.countryChoice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CrisisDialog)
        self.buttons.rejected.connect(CrisisDialog.reject)

        QMetaObject.connectSlotsByName(CrisisDialog)
    # setupUi

    def retranslateUi(self, CrisisDialog):
        CrisisDialog.setWindowTitle(QCoreApplication.translate("CrisisDialog", u"Crisis lines", None))
        self.countryLabel.setText(QCoreApplication.translate("CrisisDialog", u"&Lines for", None))
#if QT_CONFIG(accessibility)
        self.countryChoice.setAccessibleName(QCoreApplication.translate("CrisisDialog", u"Country whose lines come first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleName(QCoreApplication.translate("CrisisDialog", u"Crisis lines and emergency numbers", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

