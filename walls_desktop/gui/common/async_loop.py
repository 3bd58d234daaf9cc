"""The one asyncio loop of the GUI: qasync's, attached to Qt's already running loop the first time it is wanted.

Qt's loop runs from start-up; qasync joins it (``already_running=True``) when something first needs asyncio, such
as a background export. Until then Walls does not load asyncio and qasync at all: most sessions never need them,
and they cost ~25 ms and ~6 MiB at every start. Views get the loop with ``running_loop()`` instead of relying on
``asyncio.get_running_loop()`` at a time when none may be running yet.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop


def running_loop() -> AbstractEventLoop:
    """The running asyncio loop on Qt's loop, made now if there is none yet (call on the GUI thread)."""
    # Walls never opens a network connection, so it has no use for TLS: keeping asyncio from loading OpenSSL
    # saves memory and time (asyncio works without it, as documented for builds lacking ssl).
    sys.modules.setdefault("ssl", None)
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    import qasync

    app = QApplication.instance()
    loop = qasync.QEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)

    def close() -> None:
        """Joined to a running loop, qasync leaves its cleanup to us; close() waits for background work."""
        loop.stop()
        loop.close()
        asyncio.set_event_loop(None)

    app.aboutToQuit.connect(close)
    return loop
