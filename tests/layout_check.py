"""Faults a person would see in a laid-out window: text that does not fit, widgets cut off or on top of each
other. Used by tests/gui/test_layout.py over every page, state and dialog.

A widget inside a scroll area may run past the visible part (the person scrolls to it); anywhere else it must
lie inside every parent it is drawn in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QMenu,
    QScrollArea,
    QScrollBar,
    QWidget,
)

# Half a pixel of rounding either way is not a fault a person could see.
SLACK = 1


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" {widget.text()[:40]!r}"
    return f"{type(widget).__name__}({widget.objectName() or '-'}){text}"


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _text_width(widget: QWidget, text: str) -> int:
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines() or [""]
    return max(widget.fontMetrics().horizontalAdvance(line) for line in lines)


def _label_fault(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    margins = label.contentsMargins()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{_name(label)} is {label.height()} px high but its text needs {needed}"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(label.text()):
        needed = label.sizeHint().width()
    else:
        needed = _text_width(label, label.text()) + margins.left() + margins.right() + 2 * label.margin()
    if needed > label.width() + SLACK:
        return f"{_name(label)} is {label.width()} px wide but its text needs {needed}"
    return None


def _button_fault(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.minimumSizeHint()
    if hint.width() > button.width() + SLACK:
        return f"{_name(button)} is {button.width()} px wide but needs {hint.width()}"
    if hint.height() > button.height() + SLACK:
        return f"{_name(button)} is {button.height()} px high but needs {hint.height()}"
    return None


def _outside_parent(widget: QWidget) -> str | None:
    """A widget that runs past the edge of the parent drawing it (outside a scroll area's viewport)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return None
    grand = parent.parentWidget()
    if grand is not None and isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
        return None  # scrolled content: the person can reach what lies past the edge
    inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inside.contains(widget.geometry()):
        geometry = widget.geometry()
        return (
            f"{_name(widget)} at {geometry.x()},{geometry.y()} {geometry.width()}x{geometry.height()} runs past "
            f"its parent {_name(parent)} ({parent.width()}x{parent.height()})"
        )
    return None


def _overlaps(parent: QWidget, root: QWidget) -> list[str]:
    children = [
        child
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if _shown(child, root) and not child.isWindow() and not isinstance(child, (QMenu, QScrollBar))
    ]
    faults = []
    for index, first in enumerate(children):
        for second in children[index + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > SLACK and common.height() > SLACK:
                faults.append(f"{_name(first)} and {_name(second)} overlap by {common.width()}x{common.height()}")
    return faults


def layout_faults(root: QWidget) -> list[str]:
    """Every visible fault under ``root`` (a shown, laid-out window or dialog)."""
    faults: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and (widget.isWindow() or not _shown(widget, root)):
            continue
        if _ancestor_hidden_or_internal(widget, root):
            continue
        if isinstance(widget, QLabel):
            faults.append(_label_fault(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QComboBox):
            faults.append(_button_fault(widget))
        if widget is not root:
            faults.append(_outside_parent(widget))
        if widget.layout() is not None:
            faults += _overlaps(widget, root)
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            faults.append(f"{_name(widget)} scrolls sideways: its content is wider than the window")
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            content = widget.widget()
            if content.width() > widget.viewport().width() + SLACK:
                faults.append(f"{_name(widget)} cuts its content: {content.width()} px in {widget.viewport().width()}")
    return [fault for fault in faults if fault]


def _ancestor_hidden_or_internal(widget: QWidget, root: QWidget) -> bool:
    """Parts of Qt's own composite widgets (a combo's list, a spin box's line edit) are Qt's to lay out."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox) or parent.isWindow():
            return True
        parent = parent.parentWidget()
    return False
