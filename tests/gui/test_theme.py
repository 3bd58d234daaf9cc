"""The light and dark looks: every text colour pair readable (WCAG AA, 4.5:1) and every image present."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QFile

from walls_desktop.gui.common.theme import (
    DARK,
    LIGHT,
    Colours,
    ThemeMode,
    apply_theme,
    contrast_ratio,
    edge_pairs,
    stylesheet_for,
    text_pairs,
)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_pair_reaches_4_5_to_1(colours: Colours) -> None:
    low = {name: round(contrast_ratio(fg, bg), 2) for name, (fg, bg) in text_pairs(colours).items()}
    assert all(ratio >= 4.5 for ratio in low.values()), low


def test_contrast_ratio_matches_known_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_image_the_stylesheet_names_exists(qapp, colours: Colours) -> None:
    import walls_desktop.gui.common.icons  # noqa: F401 - registers the compiled resources

    images = re.findall(r"url\((:[^)]+)\)", stylesheet_for(colours))
    assert images and all(QFile.exists(image) for image in images), images


def test_a_role_set_after_polishing_restyles_the_widget(qtbot, qapp) -> None:
    """The welcome's Begin button gets its primary role after Qt has styled it: it must still look primary."""
    from PySide6.QtGui import QColor

    from walls_desktop.gui.common.theme import ThemeMode, apply_theme, current_colours
    from walls_desktop.gui.dialogs import WelcomeDialog

    apply_theme(qapp, ThemeMode.LIGHT)
    dialog = WelcomeDialog("/somewhere/walls.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    begin = dialog.ui.buttons.buttons()[0]
    image = begin.grab().toImage()
    inside = QColor(image.pixel(image.width() // 6, image.height() // 2))  # filled area, left of the text
    assert inside.name().upper() == QColor(current_colours().accent).name().upper()


def test_slider_track_and_handle_stand_out_from_the_page_in_both_themes() -> None:
    from walls_desktop.gui.common.theme import DARK, LIGHT, contrast_ratio, stylesheet_for

    for colours in (LIGHT, DARK):
        sheet = stylesheet_for(colours)
        assert f"border-radius: 2px; background: {colours.muted}; }}" in sheet  # the track
        for part in (colours.muted, colours.accent):  # the track, and the handle with the part already chosen
            assert contrast_ratio(part, colours.window) >= 3.0
            assert contrast_ratio(part, colours.surface) >= 3.0


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_control_edge_reaches_3_to_1(colours: Colours) -> None:
    low = {name: round(contrast_ratio(fg, bg), 2) for name, (fg, bg) in edge_pairs(colours).items()}
    assert all(ratio >= 3.0 for ratio in low.values()), low


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_controls_are_outlined_in_the_edge_colour_and_only_dividers_in_the_soft_one(colours: Colours) -> None:
    sheet = stylesheet_for(colours)
    rules = re.findall(r"([^{}]+)\{\{?([^{}]*)\}", sheet)
    soft = [selector.strip() for selector, body in rules if colours.border in body]
    assert soft and all("sidebar" in selector or "disabled" in selector for selector in soft), soft
    for control in ("QPushButton {", "QLineEdit, QPlainTextEdit", "QComboBox, QAbstractSpinBox", "QListWidget {"):
        body = sheet.split(control, 1)[1].split("}", 1)[0]
        assert f"border: 1px solid {colours.edge}" in body, control


@pytest.mark.parametrize("mode", [ThemeMode.LIGHT, ThemeMode.DARK], ids=["light", "dark"])
def test_message_boxes_and_scroll_bars_follow_the_theme(qtbot, qapp, mode) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

    from walls_desktop.gui.common.feedback import tell

    was_dark = bool(qapp.property("walls_dark"))
    colours = apply_theme(qapp, mode)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = tell(parent, "Not saved", "The disk is full.\n\nWhat you entered is still here.")
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    assert QColor(image.pixel(3, image.height() - 3)).name().upper() == colours.window.upper()
    heading = box.findChild(QLabel, "qt_msgbox_label")
    assert heading.text() == "Not saved" and heading.font().bold()  # the title is said inside the box
    assert "disk is full" in box.informativeText()
    assert box.width() >= 380
    box.close()

    area = QScrollArea()
    qtbot.addWidget(area)
    inner = QWidget()
    inner.setMinimumHeight(2000)
    area.setWidget(inner)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    shot = bar.grab().toImage()
    handle = QColor(shot.pixel(shot.width() // 2, 20))
    apply_theme(qapp, ThemeMode.DARK if was_dark else ThemeMode.LIGHT)
    assert handle.name().upper() == colours.muted.upper()


@pytest.mark.parametrize("mode", [ThemeMode.LIGHT, ThemeMode.DARK], ids=["light", "dark"])
def test_drop_down_lists_are_roomy_and_in_the_theme(qtbot, qapp, mode) -> None:
    """The feelings list (an editable drop-down) and the pattern list open as the same padded list."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QComboBox

    was_dark = bool(qapp.property("walls_dark"))
    colours = apply_theme(qapp, mode)
    try:
        for editable in (True, False):
            combo = QComboBox()
            qtbot.addWidget(combo)
            combo.setEditable(editable)
            combo.addItems(["scared", "torn between staying and running", "numb, switched off"])
            combo.show()
            qtbot.waitExposed(combo)
            combo.showPopup()
            view = combo.view()
            qtbot.waitUntil(view.isVisible)
            assert view.sizeHintForRow(1) >= view.fontMetrics().height() + 14  # padding above and below
            shot = view.viewport().grab().toImage()
            assert QColor(shot.pixel(shot.width() - 30, shot.height() - 3)).name().upper() == colours.surface.upper()
            combo.hidePopup()
    finally:
        apply_theme(qapp, ThemeMode.DARK if was_dark else ThemeMode.LIGHT)
