# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

from walls_desktop.gui.widgets.crisis_lines import CrisisLinesView

class Ui_SupportPage(object):
    def setupUi(self, SupportPage):
        if not SupportPage.objectName():
            SupportPage.setObjectName(u"SupportPage")
        self.pageLayout = QVBoxLayout(SupportPage)
        self.pageLayout.setSpacing(16)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(56, 48, 56, 32)
        self.title = QLabel(SupportPage)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.title)

        self.lead = QLabel(SupportPage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.linesView = CrisisLinesView(SupportPage)
        self.linesView.setObjectName(u"linesView")

        self.pageLayout.addWidget(self.linesView)

        self.later = QLabel(SupportPage)
        self.later.setObjectName(u"later")
        self.later.setWordWrap(True)
        self.later.setProperty(u"role", u"caption")

        self.pageLayout.addWidget(self.later)


        self.retranslateUi(SupportPage)

        QMetaObject.connectSlotsByName(SupportPage)
    # setupUi

    def retranslateUi(self, SupportPage):
        self.title.setText(QCoreApplication.translate("SupportPage", u"Support", None))
        self.lead.setText(QCoreApplication.translate("SupportPage", u"Practising alone can help, and so can other people. If things feel too heavy, you deserve support from someone who can be there with you.", None))
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleName(QCoreApplication.translate("SupportPage", u"Crisis lines and emergency numbers", None))
#endif // QT_CONFIG(accessibility)
        self.later.setText(QCoreApplication.translate("SupportPage", u"Plain information about therapies that work with attachment, and a summary to bring to a therapist, will join this page in a later version.", None))
        pass
    # retranslateUi

