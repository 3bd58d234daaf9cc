"""Child process for startup.py: start a bare QMainWindow or the real app, report the first painted frame.

    python _first_frame.py bare|text|app DATA_DIR

Prints "FIRST_FRAME" as soon as the main window's first frame has been painted and handed to the window system,
stays one more second (so that whatever the app loads just after its first frame counts towards its peak
memory), then quits. The app is started through its real entry point, ``walls_desktop.app.main``; only the first
paint of its window is observed from outside.

The report is made in the same event that painted the frame, not on a later turn of the event loop: Walls paints
its first frame with ``processEvents()`` and does more work before its loop turns (it loaded asyncio there), so a
report queued for "the next turn" waited for that work (~20 ms) although the frame was already on screen, while
the bare window's loop turns at once. An event filter runs before the event it sees is handled, so for the events
that paint a window (Expose and UpdateRequest) the filter hands the event to the window itself and looks after.
"""

from __future__ import annotations

import sys

SETTLE_MS = 1000


def watch_first_frame(window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    painting_events = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)

    class FirstFrame(QObject):
        painted = False
        reported = False

        def eventFilter(self, obj, event):
            if self.reported:
                return False
            kind = event.type()
            if obj is window and kind == QEvent.Type.Show and window.windowHandle() is not None:
                window.windowHandle().installEventFilter(self)  # the native window now exists
            elif obj is window and kind == QEvent.Type.Paint:
                self.painted = True
                QTimer.singleShot(0, self.report)  # fallback, should a platform paint outside the events below
            elif kind in painting_events:
                obj.event(event)  # paint (and flush) now, then look
                if self.painted:
                    self.report()
                return True  # handled above
            return False

        def report(self) -> None:
            if not self.reported:
                self.reported = True
                print("FIRST_FRAME", flush=True)
                QTimer.singleShot(SETTLE_MS, QApplication.instance().quit)

    watcher = FirstFrame(window)
    window.installEventFilter(watcher)


def bare(with_text: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1120, 760)
    if with_text:  # the least a window with words does: load a font and draw glyphs
        window.setCentralWidget(QLabel("A calm place to start."))
    watch_first_frame(window)
    window.show()
    return app.exec()


def walls(data_dir: str) -> int:
    """Start Walls as ``python -m walls_desktop`` does. Nothing is imported ahead of the app: importing the
    window's module first would load PySide6 before the store, an order the real start does not have. By the
    time the app creates its QApplication it has loaded its window's module, and the watch is set there."""
    import walls_desktop.app as app

    create_application = app._create_application

    def create_and_watch(argv):
        qt_app = create_application(argv)
        from walls_desktop.gui.main_window import MainWindow  # already loaded by the app

        original_show = MainWindow.show

        def show_and_watch(self) -> None:
            watch_first_frame(self)
            original_show(self)

        MainWindow.show = show_and_watch
        return qt_app

    app._create_application = create_and_watch
    return app.main(["--data-dir", data_dir])


if __name__ == "__main__":
    kind = sys.argv[1]
    raise SystemExit(walls(sys.argv[2]) if kind == "app" else bare(with_text=kind == "text"))
