# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1120, 760)
        MainWindow.setMinimumSize(QSize(760, 540))
        self.actionLogMoment = QAction(MainWindow)
        self.actionLogMoment.setObjectName(u"actionLogMoment")
        self.actionSummary = QAction(MainWindow)
        self.actionSummary.setObjectName(u"actionSummary")
        self.actionExport = QAction(MainWindow)
        self.actionExport.setObjectName(u"actionExport")
        self.actionExport.setEnabled(False)
        self.actionImport = QAction(MainWindow)
        self.actionImport.setObjectName(u"actionImport")
        self.actionImport.setEnabled(False)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionBackup.setEnabled(False)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionThemeSystem = QAction(MainWindow)
        self.actionThemeSystem.setObjectName(u"actionThemeSystem")
        self.actionThemeSystem.setCheckable(True)
        self.actionThemeLight = QAction(MainWindow)
        self.actionThemeLight.setObjectName(u"actionThemeLight")
        self.actionThemeLight.setCheckable(True)
        self.actionThemeDark = QAction(MainWindow)
        self.actionThemeDark.setObjectName(u"actionThemeDark")
        self.actionThemeDark.setCheckable(True)
        self.actionCrisisLines = QAction(MainWindow)
        self.actionCrisisLines.setObjectName(u"actionCrisisLines")
        self.actionWelcome = QAction(MainWindow)
        self.actionWelcome.setObjectName(u"actionWelcome")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QHBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QFrame(self.centralWidget)
        self.sidebar.setObjectName(u"sidebar")
        self.sidebar.setMinimumSize(QSize(232, 0))
        self.sidebar.setMaximumSize(QSize(232, 16777215))
        self.sidebarLayout = QVBoxLayout(self.sidebar)
        self.sidebarLayout.setSpacing(10)
        self.sidebarLayout.setObjectName(u"sidebarLayout")
        self.sidebarLayout.setContentsMargins(16, 14, 16, 16)
        self.appTitle = QLabel(self.sidebar)
        self.appTitle.setObjectName(u"appTitle")
        self.appTitle.setProperty(u"role", u"brand")

        self.sidebarLayout.addWidget(self.appTitle)

        self.navList = QListWidget(self.sidebar)
        self.navList.setObjectName(u"navList")
        self.navList.setFrameShape(QFrame.NoFrame)
        self.navList.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.navList.setUniformItemSizes(True)

        self.sidebarLayout.addWidget(self.navList)

        self.supportButton = QPushButton(self.sidebar)
        self.supportButton.setObjectName(u"supportButton")

        self.sidebarLayout.addWidget(self.supportButton)

        self.careNote = QLabel(self.sidebar)
        self.careNote.setObjectName(u"careNote")
        self.careNote.setWordWrap(True)
        self.careNote.setProperty(u"role", u"caption")

        self.sidebarLayout.addWidget(self.careNote)


        self.centralLayout.addWidget(self.sidebar)

        self.contentArea = QWidget(self.centralWidget)
        self.contentArea.setObjectName(u"contentArea")
        self.contentLayout = QVBoxLayout(self.contentArea)
        self.contentLayout.setSpacing(0)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.storeBanner = QLabel(self.contentArea)
        self.storeBanner.setObjectName(u"storeBanner")
        self.storeBanner.setVisible(False)
        self.storeBanner.setWordWrap(True)
        self.storeBanner.setProperty(u"role", u"banner")

        self.contentLayout.addWidget(self.storeBanner)

        self.pageStack = QStackedWidget(self.contentArea)
        self.pageStack.setObjectName(u"pageStack")

        self.contentLayout.addWidget(self.pageStack)


        self.centralLayout.addWidget(self.contentArea)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuFile.setToolTipsVisible(True)
        self.menuView = QMenu(self.menuBar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuView.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionLogMoment)
        self.menuFile.addAction(self.actionSummary)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionExport)
        self.menuFile.addAction(self.actionImport)
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuView.addAction(self.actionThemeSystem)
        self.menuView.addAction(self.actionThemeLight)
        self.menuView.addAction(self.actionThemeDark)
        self.menuHelp.addAction(self.actionCrisisLines)
        self.menuHelp.addAction(self.actionWelcome)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Walls", None))
        self.actionLogMoment.setText(QCoreApplication.translate("MainWindow", u"&Log a moment\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionLogMoment.setToolTip(QCoreApplication.translate("MainWindow", u"Write down a moment of closeness and how anxious it made you feel", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.actionLogMoment.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.actionSummary.setText(QCoreApplication.translate("MainWindow", u"&Summary for a therapist\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionSummary.setToolTip(QCoreApplication.translate("MainWindow", u"Make a summary of your practice, with only what you choose, to bring to a therapist", None))
#endif // QT_CONFIG(tooltip)
        self.actionExport.setText(QCoreApplication.translate("MainWindow", u"&Export\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionExport.setToolTip(QCoreApplication.translate("MainWindow", u"Export your data (coming in a later version)", None))
#endif // QT_CONFIG(tooltip)
        self.actionImport.setText(QCoreApplication.translate("MainWindow", u"&Import\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionImport.setToolTip(QCoreApplication.translate("MainWindow", u"Import data (coming in a later version)", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Back up\u2026", None))
#if QT_CONFIG(tooltip)
        self.actionBackup.setToolTip(QCoreApplication.translate("MainWindow", u"Make a backup copy (coming in a later version)", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionThemeSystem.setText(QCoreApplication.translate("MainWindow", u"Follow the &system", None))
        self.actionThemeLight.setText(QCoreApplication.translate("MainWindow", u"&Light", None))
        self.actionThemeDark.setText(QCoreApplication.translate("MainWindow", u"&Dark", None))
        self.actionCrisisLines.setText(QCoreApplication.translate("MainWindow", u"&Crisis lines\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionCrisisLines.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionWelcome.setText(QCoreApplication.translate("MainWindow", u"Show the &welcome again\u2026", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Walls\u2026", None))
        self.appTitle.setText(QCoreApplication.translate("MainWindow", u"Walls", None))
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleDescription(QCoreApplication.translate("MainWindow", u"Choose a page. Each page also has a Ctrl and number shortcut.", None))
#endif // QT_CONFIG(accessibility)
        self.supportButton.setText(QCoreApplication.translate("MainWindow", u"Need support now?", None))
#if QT_CONFIG(accessibility)
        self.supportButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Need support now? Open crisis lines", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.supportButton.setToolTip(QCoreApplication.translate("MainWindow", u"Crisis lines and emergency numbers, shown without any network connection (F1)", None))
#endif // QT_CONFIG(tooltip)
        self.careNote.setText(QCoreApplication.translate("MainWindow", u"Walls is a place to practise. It is not a substitute for professional care.", None))
#if QT_CONFIG(accessibility)
        self.storeBanner.setAccessibleName(QCoreApplication.translate("MainWindow", u"Storage notice", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pageStack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Page", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

