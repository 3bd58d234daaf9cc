"""One Walls per data folder. A second launch asks the first to show its window, then exits.

The first to start takes a ``QLockFile`` in the data folder: whoever holds it is the one instance. Only then
does it listen on a ``QLocalServer`` whose name comes from the folder, so two folders never meet. A second
launch that cannot take the lock connects as a ``QLocalSocket`` and asks the holder to show itself. Whether
``listen()`` fails is never the test: with some options a second listen succeeds and steals the name.

A lock left by a crash names a process that is gone, so ``tryLock`` takes it over. Its stale server name is
removed before listening again; that is safe, because only the lock holder listens.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

LOCK_NAME = "walls.lock"
SHOW = b"show\n"
HAND_OVER_SECONDS = 1.5  # how long a second launch keeps trying while the first is still starting
LOG_ENV = "WALLS_INSTANCE_LOG"  # a file to note "listening" and "shown" in: how tests in another process see it


def server_name(data_dir: Path) -> str:
    """Per user and per data folder; short, since Unix socket paths are limited to about 100 bytes."""
    who = f"{os.getuid() if hasattr(os, 'getuid') else os.environ.get('USERNAME', '')}:{Path(data_dir).resolve()}"
    return f"walls-{_fnv1a(who.encode('utf-8', 'surrogatepass')):016x}"


def _fnv1a(data: bytes) -> int:
    """A 64-bit FNV-1a hash: enough to tell a person's data folders apart, and no hashlib, whose OpenSSL would
    cost every start about 3 MiB."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


class OneInstance(QObject):
    """Holds the lock for a data folder while Walls runs; ``listen(show)`` then answers later launches."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = Path(data_dir)
        self.lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        self.server = None

    def take(self) -> bool:
        """True when this process is the one instance (the lock is ours now, taken over from a crash if need be)."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # as private as the store makes it
        return self.lock.tryLock(0)

    def listen(self, show: Callable[[], None]) -> None:
        """Answer later launches by calling ``show``. Call once the window is up (QtNetwork loads only now)."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a crash's leftover; no live instance can own it, as we hold the lock
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            return  # the window works without it; a later launch then starts, finds the lock, and says so
        self.server.newConnection.connect(lambda: self._answer(show))
        _note("listening")

    def _answer(self, show: Callable[[], None]) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket, show))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, show)

    def _read(self, socket, show: Callable[[], None]) -> None:
        if SHOW.strip() in bytes(socket.readAll().data()):
            show()
            _note("shown")

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def _note(event: str) -> None:
    if path := os.environ.get(LOG_ENV):
        with open(path, "a", encoding="utf-8") as log:
            log.write(event + "\n")


def ask_first_to_show(data_dir: Path) -> bool:
    """From a second launch: ask the instance holding ``data_dir``'s lock to show itself. True once asked."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + HAND_OVER_SECONDS
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(200):
            socket.write(SHOW)
            sent = socket.waitForBytesWritten(500)
            socket.disconnectFromServer()
            return sent
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)  # the first is still starting: its server listens once its window is up
