"""Small layout helpers shared by pages and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def keep_room_when_hidden(*widgets: QWidget) -> None:
    """Hidden, these widgets still take their place in the layout, so showing them (a caution, a message
    beside a field) moves nothing under the pointer."""
    for widget in widgets:
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)
