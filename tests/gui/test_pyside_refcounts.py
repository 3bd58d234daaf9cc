"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 did, on every void call).

On Python < 3.12 None is an ordinary object: each lost reference brings the whole app closer to
"Fatal Python error: none_dealloc" — a few seconds of the breath pacer were enough.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.update()  # warm up any one-off caching
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
    # Immortal None (3.12+) reports a fixed huge count; a leak would show as about -1000 here.
    assert sys.getrefcount(None) - before > -50
