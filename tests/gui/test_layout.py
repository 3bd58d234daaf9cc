"""Every page, state and dialog fits at the window's minimum and first sizes, with sample data and with an
empty store: no text cut, nothing run past its parent, nothing drawn over something else (tests/layout_check.py).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from tests.layout_check import layout_faults
from tests.sample_data import seed
from tests.screens import SIZES, screens
from walls_desktop.gui.common.layout import HoldTextWhole, ReflowWhenNarrow
from walls_desktop.gui.common.theme import ThemeMode

LAYOUT_SIZES = {name: SIZES[name] for name in ("min", "default")}


@pytest.mark.parametrize("filled", [True, False], ids=["sample-data", "empty-store"])
def test_every_screen_fits(ctx, filled: bool) -> None:
    if filled:
        seed(ctx)
    faults: list[str] = []
    seen = 0
    for name, widget in screens(ctx, LAYOUT_SIZES, themes=(ThemeMode.LIGHT,)):
        seen += 1
        faults += [f"{name}: {fault}" for fault in layout_faults(widget)]
        if isinstance(widget, QDialog):  # a dialog can be made as small as its layout allows: still whole
            widget.resize(widget.minimumSizeHint().expandedTo(widget.minimumSize()))
            QApplication.processEvents()
            faults += [f"{name} at its smallest: {fault}" for fault in layout_faults(widget)]
    assert seen > (60 if filled else 30)
    assert faults == []


# ----- the checker itself catches each kind of fault ---------------------------------------------------


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_wrapped_label_with_too_little_height_is_a_fault(qtbot) -> None:
    root = QWidget()
    label = QLabel("a sentence long enough to need several lines at this narrow width", root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 20)
    _shown(qtbot, root, 200, 200)
    assert any("needs" in fault for fault in layout_faults(root))
    label.setGeometry(0, 0, 120, label.heightForWidth(120))
    assert layout_faults(root) == []


def test_a_button_narrower_than_its_text_and_overlapping_widgets_are_faults(qtbot) -> None:
    root = QWidget()
    row = QHBoxLayout(root)
    row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # let the window be made too small
    first, second = QPushButton("Continue where I left off"), QPushButton("Discard it")
    row.addWidget(first)
    row.addWidget(second)
    _shown(qtbot, root, 600, 80)
    assert layout_faults(root) == []
    second.move(first.x() + 10, first.y())
    assert any("overlap" in fault for fault in layout_faults(root))
    root.resize(120, 80)  # less than the buttons' minimum: Qt squeezes them
    qtbot.wait(10)
    assert any("px wide but needs" in fault for fault in layout_faults(root))


def test_a_widget_outside_its_parent_is_a_fault(qtbot) -> None:
    root = QWidget()
    inner = QWidget(root)
    inner.setGeometry(150, 0, 100, 40)
    _shown(qtbot, root, 200, 100)
    assert any("runs past" in fault for fault in layout_faults(root))


# ----- rows that reflow ---------------------------------------------------------------------------------


def test_a_reflowing_row_stacks_its_buttons_when_narrow_and_lines_them_up_when_wide(qtbot) -> None:
    root = QWidget()
    outer = QVBoxLayout(root)
    row = QWidget()
    buttons = QHBoxLayout(row)
    first, second = QPushButton("Continue where I left off"), QPushButton("Discard it and start fresh")
    buttons.addWidget(first)
    buttons.addWidget(second)
    outer.addWidget(row)
    ReflowWhenNarrow(row)
    _shown(qtbot, root, 300, 200)
    qtbot.waitUntil(lambda: second.y() > first.y())
    assert layout_faults(root) == []
    root.resize(800, 200)
    qtbot.waitUntil(lambda: second.y() == first.y() and second.x() > first.x())
    assert layout_faults(root) == []


def test_a_dialog_made_as_small_as_it_goes_still_shows_all_its_wrapped_text(qtbot) -> None:
    dialog = QDialog()
    column = QVBoxLayout(dialog)
    label = QLabel("A sentence that wraps onto several lines once the dialog is narrow. " * 4)
    label.setWordWrap(True)
    column.addWidget(label)
    column.addWidget(QPushButton("Close"))
    HoldTextWhole(dialog, narrowest=300)
    _shown(qtbot, dialog, 300, 10)
    dialog.resize(dialog.minimumSize())
    qtbot.waitUntil(lambda: dialog.height() >= label.heightForWidth(label.width()))
    assert layout_faults(dialog) == []
    before = dialog.minimumHeight()
    label.setText(label.text() * 2)  # longer text, taller minimum
    qtbot.waitUntil(lambda: dialog.minimumHeight() > before)
    dialog.resize(dialog.minimumSize())
    qtbot.waitUntil(lambda: layout_faults(dialog) == [])


def test_on_a_large_screen_scales_stay_a_readable_width(qtbot, ctx) -> None:
    from walls_desktop.gui.main_window import MainWindow
    from walls_desktop.gui.widgets.rating import RatingWidget

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    from walls_desktop.core.reframe_flow import ReframeDraft, Step

    reframe = window.show_page("reframe")
    reframe._enter_exercise(ReframeDraft(step=Step.REFRAME, situation="-", critic="c", belief_before=50))
    qtbot.wait(10)
    ratings = [r for r in reframe.findChildren(RatingWidget) if r.isVisible()]
    assert len(ratings) == 2 and all(r.width() <= 720 for r in ratings)
    assert reframe.width() > 1500  # the page itself does fill the screen
