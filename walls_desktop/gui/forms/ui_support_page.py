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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from walls_desktop.gui.common.layout import CurrentPageStack
from walls_desktop.gui.widgets.crisis_lines import CrisisLinesView
from walls_desktop.gui.widgets.therapy_info import TherapyInfoView

class Ui_SupportPage(object):
    def setupUi(self, SupportPage):
        if not SupportPage.objectName():
            SupportPage.setObjectName(u"SupportPage")
        self.pageLayout = QVBoxLayout(SupportPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(56, 40, 56, 28)
        self.title = QLabel(SupportPage)
        self.title.setObjectName(u"title")
        self.title.setProperty(u"role", u"title")

        self.pageLayout.addWidget(self.title)

        self.lead = QLabel(SupportPage)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"lead")

        self.pageLayout.addWidget(self.lead)

        self.viewButtons = QHBoxLayout()
        self.viewButtons.setSpacing(6)
        self.viewButtons.setObjectName(u"viewButtons")
        self.linesButton = QPushButton(SupportPage)
        self.linesButton.setObjectName(u"linesButton")
        self.linesButton.setProperty(u"role", u"segment")
        self.linesButton.setCheckable(True)
        self.linesButton.setAutoDefault(False)
        self.linesButton.setChecked(True)

        self.viewButtons.addWidget(self.linesButton)

        self.therapyButton = QPushButton(SupportPage)
        self.therapyButton.setObjectName(u"therapyButton")
        self.therapyButton.setProperty(u"role", u"segment")
        self.therapyButton.setCheckable(True)
        self.therapyButton.setAutoDefault(False)

        self.viewButtons.addWidget(self.therapyButton)

        self.viewSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.viewButtons.addItem(self.viewSpacer)


        self.pageLayout.addLayout(self.viewButtons)

        self.views = CurrentPageStack(SupportPage)
        self.views.setObjectName(u"views")
        self.linesPage = QWidget()
        self.linesPage.setObjectName(u"linesPage")
        self.linesLayout = QVBoxLayout(self.linesPage)
        self.linesLayout.setSpacing(10)
        self.linesLayout.setObjectName(u"linesLayout")
        self.linesLayout.setContentsMargins(0, 0, 0, 0)
        self.countryRow = QHBoxLayout()
        self.countryRow.setSpacing(10)
        self.countryRow.setObjectName(u"countryRow")
        self.countryLabel = QLabel(self.linesPage)
        self.countryLabel.setObjectName(u"countryLabel")

        self.countryRow.addWidget(self.countryLabel)

        self.countryChoice = QComboBox(self.linesPage)
        self.countryChoice.setObjectName(u"countryChoice")

        self.countryRow.addWidget(self.countryChoice)

        self.countrySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.countryRow.addItem(self.countrySpacer)


        self.linesLayout.addLayout(self.countryRow)

        self.linesView = CrisisLinesView(self.linesPage)
        self.linesView.setObjectName(u"linesView")

        self.linesLayout.addWidget(self.linesView)

        self.views.addWidget(self.linesPage)
        self.therapyPage = QWidget()
        self.therapyPage.setObjectName(u"therapyPage")
        self.therapyLayout = QVBoxLayout(self.therapyPage)
        self.therapyLayout.setSpacing(12)
        self.therapyLayout.setObjectName(u"therapyLayout")
        self.therapyLayout.setContentsMargins(0, 0, 0, 0)
        self.therapyView = TherapyInfoView(self.therapyPage)
        self.therapyView.setObjectName(u"therapyView")

        self.therapyLayout.addWidget(self.therapyView)

        self.summaryRow = QHBoxLayout()
        self.summaryRow.setObjectName(u"summaryRow")
        self.summaryButton = QPushButton(self.therapyPage)
        self.summaryButton.setObjectName(u"summaryButton")
        self.summaryButton.setAutoDefault(False)

        self.summaryRow.addWidget(self.summaryButton)

        self.summarySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryRow.addItem(self.summarySpacer)


        self.therapyLayout.addLayout(self.summaryRow)

        self.views.addWidget(self.therapyPage)

        self.pageLayout.addWidget(self.views)

#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.countryChoice)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SupportPage)

        self.views.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SupportPage)
    # setupUi

    def retranslateUi(self, SupportPage):
        self.title.setText(QCoreApplication.translate("SupportPage", u"Support", None))
        self.lead.setText(QCoreApplication.translate("SupportPage", u"Practising alone can help, and so can other people. If things feel too heavy, you deserve support from someone who can be there with you.", None))
        self.linesButton.setText(QCoreApplication.translate("SupportPage", u"&Crisis lines", None))
#if QT_CONFIG(accessibility)
        self.linesButton.setAccessibleName(QCoreApplication.translate("SupportPage", u"Show the crisis lines and emergency numbers", None))
#endif // QT_CONFIG(accessibility)
        self.therapyButton.setText(QCoreApplication.translate("SupportPage", u"&Therapy and finding help", None))
#if QT_CONFIG(accessibility)
        self.therapyButton.setAccessibleName(QCoreApplication.translate("SupportPage", u"Show the therapies that work with attachment", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("SupportPage", u"&Lines for", None))
#if QT_CONFIG(accessibility)
        self.countryChoice.setAccessibleName(QCoreApplication.translate("SupportPage", u"Country whose lines come first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.linesView.setAccessibleName(QCoreApplication.translate("SupportPage", u"Crisis lines and emergency numbers", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.therapyView.setAccessibleName(QCoreApplication.translate("SupportPage", u"Therapies that work with attachment, and finding a therapist", None))
#endif // QT_CONFIG(accessibility)
        self.summaryButton.setText(QCoreApplication.translate("SupportPage", u"&Summary for a therapist\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryButton.setAccessibleName(QCoreApplication.translate("SupportPage", u"Make a summary of your practice to bring to a therapist", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

