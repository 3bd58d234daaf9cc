"""Composition root: parse arguments, build the QApplication, open the store, show the window, run the loop.

Imports stay lean here on purpose: only what the first screen needs is loaded before the window shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from walls_desktop import APP_ID, APP_NAME, __version__
from walls_desktop.store.paths import ENV_VAR, resolve_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="walls",
        description="Walls: a private, offline place to practise closeness. Nothing leaves this computer.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"folder that holds your data (default: the system's app data folder; or set {ENV_VAR})",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="start without a window, open every page and a temporary store, then exit 0 if all is well",
    )
    return parser


def _create_application(argv: Sequence[str]):
    os.environ.setdefault("QT_API", "pyside6")  # qasync takes the first binding it finds otherwise
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from walls_desktop.gui.common.icons import app_icon
    from walls_desktop.gui.common.theme import FUSION_ARGUMENTS, mark_fusion_in_force
    from walls_desktop.gui.common.translation import install_translators

    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication([sys.argv[0] if sys.argv else "walls", *FUSION_ARGUMENTS, *argv])
    mark_fusion_in_force(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(app_icon())
    install_translators(app)
    return app


def _close_on_termination_signals(app) -> None:
    """Let Ctrl+C and a desktop's SIGTERM close Walls normally (saving window state), even while Qt's own
    loop runs in C++: the signal wakes a socket that Qt watches."""
    if sys.platform == "win32":
        return
    import signal

    from PySide6.QtCore import QSocketNotifier

    reader, writer = os.pipe()  # a pipe, not a socket pair: POSIX takes either, and `socket` costs start-up time
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: None)  # the real work happens below, on the GUI thread
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)

    def close_all() -> None:
        os.read(reader, 64)
        app.closeAllWindows()
        app.quit()

    notifier.activated.connect(close_all)
    app.termination_pipe = (reader, writer)  # the wake-up fd must stay open as long as the app


def run(data_dir: Path) -> int:
    # The store (pure Python, with sqlite3, json, dataclasses...) loads before PySide6 does: once PySide6 is in,
    # its import hook for ``__feature__`` reads the whole source of every module imported after it, looking for
    # the word "PySide6". With the store after PySide6 that was ~90 modules (~10 ms, ~2 MiB of cached lines).
    from walls_desktop.gui.startup.open_store import open_store

    # isort: split
    from walls_desktop.gui.startup.one_instance import OneInstance, ask_first_to_show

    instance = OneInstance(data_dir)
    if not instance.take():
        return _hand_over(data_dir, ask_first_to_show)

    from walls_desktop.gui.main_window import MainWindow

    app = _create_application([])
    _close_on_termination_signals(app)
    ctx = open_store(data_dir)
    if ctx is None:
        instance.release()
        return 1
    try:
        window = MainWindow(ctx)
        window.show()
        app.processEvents()  # paint the first frame now, before anything else is queued
        window.maybe_show_welcome()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: instance.listen(window.bring_to_front))  # after the first frame
        return _run_event_loop(app)
    finally:
        ctx.close()
        instance.release()


def _hand_over(data_dir: Path, ask_first_to_show) -> int:
    """Walls already runs on this data folder: ask it to show itself, and end here."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "walls"])  # for sockets
    if ask_first_to_show(data_dir):
        return 0
    print(
        f"{APP_NAME} is already open for {data_dir}, but it did not answer. If no window of it can be found, "
        "it may still be closing: please try again in a moment.",
        file=sys.stderr,
    )
    return 1


def _run_event_loop(app) -> int:
    """Run Qt's loop until the app quits. asyncio joins it only when first wanted (gui.common.async_loop)."""
    if not any(widget.isVisible() for widget in app.topLevelWidgets()):
        return 0  # closed (e.g. by a signal) before the loop started: app.quit() had no loop to end yet
    return app.exec()


def self_check() -> int:
    """Used by packaged builds: prove the frozen app can import, draw every page and use a store."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from walls_desktop.gui.main_window import MainWindow
        from walls_desktop.gui.pages.registry import PAGE_KEYS
        from walls_desktop.gui.startup.open_store import open_store
        from walls_desktop.gui.startup.store_choice import Choice

        app = _create_application([])
        with tempfile.TemporaryDirectory(prefix="walls-self-check-") as folder:
            ctx = open_store(Path(folder), ask=lambda _error: Choice.QUIT)
            if ctx is None:
                print("self-check failed: could not open a store in a temporary folder", file=sys.stderr)
                return 1
            window = MainWindow(ctx)
            window.show()
            for key in PAGE_KEYS:
                window.show_page(key)
                app.processEvents()
            from walls_desktop.gui.common.sound import qt_sound_effect

            qt_sound_effect(window)  # cues go silent without QtMultimedia, so only this shows it is missing
            window.close()
            ctx.close()
            from walls_desktop.gui.startup.one_instance import OneInstance

            instance = OneInstance(Path(folder) / "instance")  # the lock and the local server work here too
            if not instance.take():
                print("self-check failed: could not take the instance lock", file=sys.stderr)
                return 1
            instance.listen(lambda: None)
            listening = instance.server is not None and instance.server.isListening()
            instance.release()
            if not listening:
                print("self-check failed: the local server for a second launch did not listen", file=sys.stderr)
                return 1
        print(f"{APP_NAME} {__version__} self-check passed: {len(PAGE_KEYS)} pages, store opened and closed")
        return 0
    except Exception:
        traceback.print_exc()
        print("self-check failed", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        return self_check()
    return run(resolve_data_dir(args.data_dir, os.environ))


if __name__ == "__main__":
    raise SystemExit(main())
