# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'moments_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from walls_desktop.gui.common.layout import (CurrentPageStack, StackPage)
from walls_desktop.gui.widgets.anxiety_chart import AnxietyChart
from walls_desktop.gui.widgets.sign_chart import SignChart

class Ui_MomentsPage(object):
    def setupUi(self, MomentsPage):
        if not MomentsPage.objectName():
            MomentsPage.setObjectName(u"MomentsPage")
        self.pageLayout = QVBoxLayout(MomentsPage)
        self.pageLayout.setSpacing(0)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(MomentsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(14)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(40, 36, 40, 28)
        self.headerBox = QWidget(self.content)
        self.headerBox.setObjectName(u"headerBox")
        self.headerRow = QHBoxLayout(self.headerBox)
        self.headerRow.setSpacing(20)
        self.headerRow.setObjectName(u"headerRow")
        self.headerRow.setContentsMargins(0, 0, 0, 0)
        self.headingColumn = QVBoxLayout()
        self.headingColumn.setSpacing(4)
        self.headingColumn.setObjectName(u"headingColumn")
        self.title = QLabel(self.headerBox)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)
        self.title.setProperty(u"role", u"title")

        self.headingColumn.addWidget(self.title)

        self.lead = QLabel(self.headerBox)
        self.lead.setObjectName(u"lead")
        self.lead.setWordWrap(True)
        self.lead.setProperty(u"role", u"caption")

        self.headingColumn.addWidget(self.lead)


        self.headerRow.addLayout(self.headingColumn)

        self.logButton = QPushButton(self.headerBox)
        self.logButton.setObjectName(u"logButton")
        self.logButton.setProperty(u"role", u"primary")

        self.headerRow.addWidget(self.logButton)

        self.headerRow.setStretch(0, 1)

        self.contentLayout.addWidget(self.headerBox)

        self.readOnlyNote = QLabel(self.content)
        self.readOnlyNote.setObjectName(u"readOnlyNote")
        self.readOnlyNote.setVisible(False)
        self.readOnlyNote.setWordWrap(True)
        self.readOnlyNote.setProperty(u"role", u"caption")

        self.contentLayout.addWidget(self.readOnlyNote)

        self.stateStack = CurrentPageStack(self.content)
        self.stateStack.setObjectName(u"stateStack")
        self.emptyState = StackPage()
        self.emptyState.setObjectName(u"emptyState")
        self.emptyLayout = QVBoxLayout(self.emptyState)
        self.emptyLayout.setSpacing(16)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 24, 0, 0)
        self.emptyTitle = QLabel(self.emptyState)
        self.emptyTitle.setObjectName(u"emptyTitle")
        self.emptyTitle.setProperty(u"role", u"subtitle")

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptySentence = QLabel(self.emptyState)
        self.emptySentence.setObjectName(u"emptySentence")
        self.emptySentence.setWordWrap(True)
        self.emptySentence.setProperty(u"role", u"lead")

        self.emptyLayout.addWidget(self.emptySentence)

        self.emptyHint = QLabel(self.emptyState)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.emptySpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptySpacer)

        self.stateStack.addWidget(self.emptyState)
        self.dataState = StackPage()
        self.dataState.setObjectName(u"dataState")
        self.dataLayout = QVBoxLayout(self.dataState)
        self.dataLayout.setSpacing(12)
        self.dataLayout.setObjectName(u"dataLayout")
        self.dataLayout.setContentsMargins(0, 0, 0, 0)
        self.rangeBox = QWidget(self.dataState)
        self.rangeBox.setObjectName(u"rangeBox")
        self.rangeRow = QHBoxLayout(self.rangeBox)
        self.rangeRow.setSpacing(8)
        self.rangeRow.setObjectName(u"rangeRow")
        self.rangeRow.setContentsMargins(0, 0, 0, 0)
        self.rangeLabel = QLabel(self.rangeBox)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.rangeRow.addWidget(self.rangeLabel)

        self.rangeButtons = QWidget(self.rangeBox)
        self.rangeButtons.setObjectName(u"rangeButtons")
        self.rangeButtonsRow = QHBoxLayout(self.rangeButtons)
        self.rangeButtonsRow.setSpacing(6)
        self.rangeButtonsRow.setObjectName(u"rangeButtonsRow")
        self.rangeButtonsRow.setContentsMargins(0, 0, 0, 0)
        self.weekButton = QPushButton(self.rangeButtons)
        self.weekButton.setObjectName(u"weekButton")
        self.weekButton.setProperty(u"role", u"segment")
        self.weekButton.setCheckable(True)
        self.weekButton.setAutoDefault(False)

        self.rangeButtonsRow.addWidget(self.weekButton)

        self.monthButton = QPushButton(self.rangeButtons)
        self.monthButton.setObjectName(u"monthButton")
        self.monthButton.setProperty(u"role", u"segment")
        self.monthButton.setCheckable(True)
        self.monthButton.setAutoDefault(False)

        self.rangeButtonsRow.addWidget(self.monthButton)

        self.quarterButton = QPushButton(self.rangeButtons)
        self.quarterButton.setObjectName(u"quarterButton")
        self.quarterButton.setProperty(u"role", u"segment")
        self.quarterButton.setCheckable(True)
        self.quarterButton.setAutoDefault(False)

        self.rangeButtonsRow.addWidget(self.quarterButton)

        self.yearButton = QPushButton(self.rangeButtons)
        self.yearButton.setObjectName(u"yearButton")
        self.yearButton.setProperty(u"role", u"segment")
        self.yearButton.setCheckable(True)
        self.yearButton.setAutoDefault(False)

        self.rangeButtonsRow.addWidget(self.yearButton)

        self.allButton = QPushButton(self.rangeButtons)
        self.allButton.setObjectName(u"allButton")
        self.allButton.setProperty(u"role", u"segment")
        self.allButton.setCheckable(True)
        self.allButton.setAutoDefault(False)

        self.rangeButtonsRow.addWidget(self.allButton)


        self.rangeRow.addWidget(self.rangeButtons)

        self.rangeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeRow.addItem(self.rangeSpacer)


        self.dataLayout.addWidget(self.rangeBox)

        self.chart = AnxietyChart(self.dataState)
        self.chart.setObjectName(u"chart")
        self.chart.setMinimumSize(QSize(0, 280))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chart.sizePolicy().hasHeightForWidth())
        self.chart.setSizePolicy(sizePolicy)

        self.dataLayout.addWidget(self.chart)

        self.legendLabel = QLabel(self.dataState)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setTextFormat(Qt.RichText)
        self.legendLabel.setProperty(u"role", u"caption")

        self.dataLayout.addWidget(self.legendLabel)

        self.chartHint = QLabel(self.dataState)
        self.chartHint.setObjectName(u"chartHint")
        self.chartHint.setWordWrap(True)
        self.chartHint.setProperty(u"role", u"caption")

        self.dataLayout.addWidget(self.chartHint)

        self.besideBox = QWidget(self.dataState)
        self.besideBox.setObjectName(u"besideBox")
        self.besideRow = QHBoxLayout(self.besideBox)
        self.besideRow.setSpacing(24)
        self.besideRow.setObjectName(u"besideRow")
        self.besideRow.setContentsMargins(0, 8, 0, 0)
        self.signsColumn = QVBoxLayout()
        self.signsColumn.setSpacing(8)
        self.signsColumn.setObjectName(u"signsColumn")
        self.signsTitle = QLabel(self.besideBox)
        self.signsTitle.setObjectName(u"signsTitle")
        self.signsTitle.setProperty(u"role", u"emphasis")

        self.signsColumn.addWidget(self.signsTitle)

        self.signChart = SignChart(self.besideBox)
        self.signChart.setObjectName(u"signChart")

        self.signsColumn.addWidget(self.signChart)

        self.signsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signsColumn.addItem(self.signsSpacer)


        self.besideRow.addLayout(self.signsColumn)

        self.summaryColumn = QVBoxLayout()
        self.summaryColumn.setSpacing(10)
        self.summaryColumn.setObjectName(u"summaryColumn")
        self.monthSummary = QLabel(self.besideBox)
        self.monthSummary.setObjectName(u"monthSummary")
        self.monthSummary.setWordWrap(True)
        self.monthSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryColumn.addWidget(self.monthSummary)

        self.breathSummary = QLabel(self.besideBox)
        self.breathSummary.setObjectName(u"breathSummary")
        self.breathSummary.setWordWrap(True)
        self.breathSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryColumn.addWidget(self.breathSummary)

        self.summarySpacer = QSpacerItem(20, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryColumn.addItem(self.summarySpacer)

        self.exportBox = QWidget(self.besideBox)
        self.exportBox.setObjectName(u"exportBox")
        self.exportRow = QHBoxLayout(self.exportBox)
        self.exportRow.setSpacing(8)
        self.exportRow.setObjectName(u"exportRow")
        self.exportRow.setContentsMargins(0, 0, 0, 0)
        self.exportPngButton = QPushButton(self.exportBox)
        self.exportPngButton.setObjectName(u"exportPngButton")
        self.exportPngButton.setAutoDefault(False)

        self.exportRow.addWidget(self.exportPngButton)

        self.exportCsvButton = QPushButton(self.exportBox)
        self.exportCsvButton.setObjectName(u"exportCsvButton")
        self.exportCsvButton.setAutoDefault(False)

        self.exportRow.addWidget(self.exportCsvButton)

        self.exportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportRow.addItem(self.exportSpacer)


        self.summaryColumn.addWidget(self.exportBox)

        self.exportStatus = QLabel(self.besideBox)
        self.exportStatus.setObjectName(u"exportStatus")
        self.exportStatus.setWordWrap(True)
        self.exportStatus.setProperty(u"role", u"caption")
        self.exportStatus.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryColumn.addWidget(self.exportStatus)


        self.besideRow.addLayout(self.summaryColumn)

        self.besideRow.setStretch(0, 5)
        self.besideRow.setStretch(1, 3)

        self.dataLayout.addWidget(self.besideBox)

        self.stateStack.addWidget(self.dataState)

        self.contentLayout.addWidget(self.stateStack)

        self.scroll.setWidget(self.content)

        self.pageLayout.addWidget(self.scroll)


        self.retranslateUi(MomentsPage)

        self.logButton.setDefault(True)
        self.stateStack.setCurrentIndex(1)


        QMetaObject.connectSlotsByName(MomentsPage)
    # setupUi

    def retranslateUi(self, MomentsPage):
        self.title.setText(QCoreApplication.translate("MomentsPage", u"Moments of closeness", None))
        self.lead.setText(QCoreApplication.translate("MomentsPage", u"How anxious closeness has felt, and what changes over the weeks.", None))
        self.logButton.setText(QCoreApplication.translate("MomentsPage", u"Log a moment\u2026", None))
#if QT_CONFIG(tooltip)
        self.logButton.setToolTip(QCoreApplication.translate("MomentsPage", u"Write down a moment of closeness (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.logButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Log a closeness moment", None))
#endif // QT_CONFIG(accessibility)
        self.readOnlyNote.setText(QCoreApplication.translate("MomentsPage", u"Your data is open read-only: you can look at your moments and export them, but not add or change any.", None))
        self.emptyTitle.setText(QCoreApplication.translate("MomentsPage", u"Nothing written down yet", None))
        self.emptyHint.setText(QCoreApplication.translate("MomentsPage", u"The next time closeness stirs something in you, note how anxious it felt, even briefly. After a few moments, a chart here will show how it changes over the weeks, and what helps.", None))
        self.rangeLabel.setText(QCoreApplication.translate("MomentsPage", u"Show the last", None))
        self.weekButton.setText(QCoreApplication.translate("MomentsPage", u"&Week", None))
#if QT_CONFIG(accessibility)
        self.weekButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Show the last week", None))
#endif // QT_CONFIG(accessibility)
        self.monthButton.setText(QCoreApplication.translate("MomentsPage", u"&Month", None))
#if QT_CONFIG(accessibility)
        self.monthButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Show the last month", None))
#endif // QT_CONFIG(accessibility)
        self.quarterButton.setText(QCoreApplication.translate("MomentsPage", u"&3 months", None))
#if QT_CONFIG(accessibility)
        self.quarterButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Show the last three months", None))
#endif // QT_CONFIG(accessibility)
        self.yearButton.setText(QCoreApplication.translate("MomentsPage", u"&Year", None))
#if QT_CONFIG(accessibility)
        self.yearButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Show the last year", None))
#endif // QT_CONFIG(accessibility)
        self.allButton.setText(QCoreApplication.translate("MomentsPage", u"&All", None))
#if QT_CONFIG(accessibility)
        self.allButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Show everything", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.legendLabel.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Legend", None))
#endif // QT_CONFIG(accessibility)
        self.chartHint.setText(QCoreApplication.translate("MomentsPage", u"Drag or scroll to move and zoom. Click a point to open it.", None))
        self.signsTitle.setText(QCoreApplication.translate("MomentsPage", u"What showed up, week by week", None))
        self.exportPngButton.setText(QCoreApplication.translate("MomentsPage", u"Save picture\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportPngButton.setToolTip(QCoreApplication.translate("MomentsPage", u"The chart as shown, with a title, its dates and the legend, as a sharp PNG picture", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportPngButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Save the chart as a PNG picture", None))
#endif // QT_CONFIG(accessibility)
        self.exportCsvButton.setText(QCoreApplication.translate("MomentsPage", u"Save CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCsvButton.setToolTip(QCoreApplication.translate("MomentsPage", u"Every moment as one row, for a spreadsheet", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportCsvButton.setAccessibleName(QCoreApplication.translate("MomentsPage", u"Save all moments as a CSV file for spreadsheets", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

