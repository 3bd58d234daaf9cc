"""The light and dark looks: every text colour pair readable (WCAG AA, 4.5:1) and every image present."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QFile

from walls_desktop.gui.common.theme import DARK, LIGHT, Colours, contrast_ratio, stylesheet_for, text_pairs


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
