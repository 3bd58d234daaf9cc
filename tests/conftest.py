"""Shared test set-up: offscreen Qt, a fresh data folder per test, no network, a running qasync loop."""

from __future__ import annotations

import os

# Before any Qt import: with no display and no platform Qt aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


class NetworkUsedError(AssertionError):
    """Walls promises that nothing leaves the computer; a test that reaches for the network fails."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail on any IP connection or datagram, but let asyncio make its internal wake-up socket pair
    (a Unix pair on Linux, a loopback TCP pair on Windows)."""
    inside_socketpair = threading.local()
    real_socketpair = socket.socketpair

    def guarded_socketpair(*args, **kwargs):
        inside_socketpair.active = True
        try:
            return real_socketpair(*args, **kwargs)
        finally:
            inside_socketpair.active = False

    def guard(method_name: str):
        real = getattr(socket.socket, method_name)

        def guarded(sock: socket.socket, *args, **kwargs):
            if sock.family in (socket.AF_INET, socket.AF_INET6) and not getattr(inside_socketpair, "active", False):
                raise NetworkUsedError(f"network use: socket.{method_name}{args!r}")
            return real(sock, *args, **kwargs)

        return guarded

    monkeypatch.setattr(socket, "socketpair", guarded_socketpair)
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, guard(name))


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder for every test; the real user folders are never touched."""
    folder = tmp_path / "walls-data"
    monkeypatch.setenv("WALLS_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return folder


@pytest.fixture(autouse=True)
def no_system_motion_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own desktop settings (GNOME's animations, macOS' reduce motion) never reach a test;
    KDE's file is already out of reach in the fresh XDG_CONFIG_HOME above."""
    monkeypatch.setattr("walls_desktop.gui.common.system_motion._run", lambda _command: None)


@pytest.fixture
def qasync_loop(qapp) -> Iterator[object]:
    """A qasync loop driving both Qt and asyncio while pytest-qt already runs Qt's."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    executor = qasync.QThreadExecutor(1)  # the loop's, made here so that the test can wait for its thread
    loop.set_default_executor(executor)
    asyncio.set_event_loop(loop)
    yield loop
    executor.shutdown(wait=True)
    asyncio.set_event_loop(None)


@pytest.fixture
def ctx(qapp, data_dir: Path):
    """The app's context on a fresh store, as the app opens it."""
    from walls_desktop.gui.startup.open_store import open_store

    context = open_store(data_dir, ask=lambda error: pytest.fail(f"store did not open: {error}"))
    yield context
    context.close()


@pytest.fixture
def window(qtbot, ctx):
    """The main window, shown, on a fresh store. The welcome is marked seen so it does not cover pages."""
    from walls_desktop.core.settings import WELCOME_SEEN
    from walls_desktop.gui.main_window import MainWindow

    ctx.settings.set(WELCOME_SEEN, True)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()  # while the store is still open: closing saves the window's state and any draft
