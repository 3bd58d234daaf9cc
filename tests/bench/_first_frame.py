"""Child process for startup.py: start a bare QMainWindow or the real app, report the first painted frame.

    python _first_frame.py bare|app DATA_DIR

Prints "FIRST_FRAME" once the main window has painted, stays one more second (so that whatever the app
loads just after its first frame counts towards its peak memory), then quits. The app is started through its real
entry point, ``walls_desktop.app.main``; only the first paint of its window is observed from outside.
"""

from __future__ import annotations

import sys

SETTLE_MS = 1000


def watch_first_paint(window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.property("seen"):
                self.setProperty("seen", True)
                QTimer.singleShot(0, report_and_quit)
            return False

    def report_and_quit() -> None:
        print("FIRST_FRAME", flush=True)
        QTimer.singleShot(SETTLE_MS, QApplication.instance().quit)

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1120, 760)
    watch_first_paint(window)
    window.show()
    return app.exec()


def walls(data_dir: str) -> int:
    import walls_desktop.gui.main_window as main_window
    from walls_desktop.app import main

    original_show = main_window.MainWindow.show

    def show_and_watch(self) -> None:
        watch_first_paint(self)
        original_show(self)

    main_window.MainWindow.show = show_and_watch
    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    raise SystemExit(bare() if sys.argv[1] == "bare" else walls(sys.argv[2]))
