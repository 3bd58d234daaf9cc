# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'placeholder_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PlaceholderPage(object):
    def setupUi(self, PlaceholderPage):
        if not PlaceholderPage.objectName():
            PlaceholderPage.setObjectName(u"PlaceholderPage")
        self.pageLayout = QVBoxLayout(PlaceholderPage)
        self.pageLayout.setSpacing(20)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(56, 56, 56, 40)
        self.title = QLabel(PlaceholderPage)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.title)

        self.purpose = QLabel(PlaceholderPage)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setWordWrap(True)
        self.purpose.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.purpose)

        self.notYet = QLabel(PlaceholderPage)
        self.notYet.setObjectName(u"notYet")
        self.notYet.setWordWrap(True)

        self.pageLayout.addWidget(self.notYet)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)


        self.retranslateUi(PlaceholderPage)

        QMetaObject.connectSlotsByName(PlaceholderPage)
    # setupUi

    def retranslateUi(self, PlaceholderPage):
        self.notYet.setText(QCoreApplication.translate("PlaceholderPage", u"This room is still being built. It will arrive in a later version of Walls \u2014 until then, the other pages are ready for you.", None))
        pass
    # retranslateUi

