"""The shared rating control, used as a person would: a click lands where it is aimed, digits set it at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from walls_desktop.core.ratings import ANXIETY, PERCENT
from walls_desktop.gui.widgets.rating import RatingWidget


@pytest.fixture
def rating(qtbot) -> RatingWidget:
    widget = RatingWidget()
    qtbot.addWidget(widget)
    widget.resize(520, 80)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point_of(rating: RatingWidget, value: int) -> QPoint:
    """Where the handle's centre sits for ``value``, in the slider's coordinates."""
    slider = rating.slider
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle)
    span = groove.width() - handle.width()
    offset = QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(), value, span)
    x = groove.x() + offset + handle.width() // 2
    return QPoint(x, slider.height() // 2)


@pytest.mark.parametrize("optional", [True, False])
def test_a_click_on_the_track_sets_the_value_under_the_pointer(qtbot, rating: RatingWidget, optional: bool) -> None:
    rating.set_optional(optional)
    for target in (6, 2, 10, 0, 7):
        with (
            qtbot.waitSignal(rating.value_changed)
            if target != rating.value()
            else qtbot.assertNotEmitted(rating.value_changed)
        ):
            qtbot.mouseClick(rating.slider, Qt.MouseButton.LeftButton, pos=point_of(rating, target))
        assert rating.value() == target
        assert rating.value_label.text() == f"{target}/10"


def test_a_click_on_a_belief_scale_lands_near_where_it_is_aimed(qtbot, rating: RatingWidget) -> None:
    rating.set_scale(PERCENT)
    qtbot.mouseClick(rating.slider, Qt.MouseButton.LeftButton, pos=point_of(rating, 70))
    assert abs(rating.value() - 70) <= 1


def test_digits_set_a_rating_at_once_and_on_0_to_100_they_set_the_tens(qtbot, rating: RatingWidget) -> None:
    rating.set_scale(ANXIETY)
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, Qt.Key.Key_7)
    assert rating.value() == 7
    rating.set_scale(PERCENT)
    for key, expected in ((Qt.Key.Key_8, 80), (Qt.Key.Key_0, 0), (Qt.Key.Key_3, 30)):
        qtbot.keyClick(rating.slider, key)
        assert rating.value() == expected
    qtbot.keyClick(rating.slider, Qt.Key.Key_Delete)
    assert rating.value() is None and rating.value_label.text() == "not rated"


def test_a_required_rating_asks_for_a_choice_and_cannot_be_cleared(qtbot, rating: RatingWidget) -> None:
    rating.set_required()
    assert rating.value() is None and rating.value_label.text() == "choose one"
    assert not rating.clear_button.isVisible()
    rating.slider.setFocus()
    qtbot.keyClick(rating.slider, Qt.Key.Key_4)
    qtbot.keyClick(rating.slider, Qt.Key.Key_Delete)  # nothing to clear: a choice stays a choice
    assert rating.value() == 4 and rating.value_label.text() == "4/10"


def test_the_forms_mark_which_ratings_are_required(qtbot, ctx) -> None:
    from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog

    dialog = MomentDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.anxietyRating.value_label.text() == "choose one"
    assert not dialog.ui.anxietyRating.clear_button.isVisible()


def painted_handle_x(qtbot, rating: RatingWidget, value: int) -> int:
    """Where the handle is drawn for ``value``: the middle of the accent-filled round, found in a picture of
    the slider (not computed the way the widget computes it, so a wrong computation there shows)."""
    from PySide6.QtGui import QColor

    from walls_desktop.gui.common.theme import current_colours

    rating.set_value(value)
    qtbot.wait(1)
    image = rating.slider.grab().toImage()
    accent = QColor(current_colours().accent)
    middle = image.height() // 2
    columns = [
        x
        for x in range(image.width())
        if all(QColor(image.pixel(x, y)) == accent for y in (middle - 6, middle + 6))  # above and below the track
    ]
    assert columns, "no handle drawn"
    return (columns[0] + columns[-1]) // 2


@pytest.mark.parametrize("scale", [ANXIETY, PERCENT], ids=["0-10", "0-100"])
def test_a_click_where_a_value_is_drawn_gives_that_value(qtbot, rating: RatingWidget, scale) -> None:
    from walls_desktop.gui.common.theme import ThemeMode, apply_theme

    apply_theme(QApplication.instance(), ThemeMode.LIGHT)
    rating.set_scale(scale)
    rating.resize(420, rating.sizeHint().height())
    qtbot.wait(1)
    step = 1 if scale is ANXIETY else 10
    for value in range(scale.minimum, scale.maximum + 1, step):
        x = painted_handle_x(qtbot, rating, value)
        rating.set_value(scale.maximum if value < scale.maximum // 2 else scale.minimum)
        qtbot.mouseClick(rating.slider, Qt.MouseButton.LeftButton, pos=QPoint(x, rating.slider.height() // 2))
        assert abs(rating.value() - value) <= (0 if scale is ANXIETY else 1), (value, rating.value())


def wheel(widget, steps: int) -> bool:
    """One notch of a mouse wheel per step over the middle of ``widget``; True when the widget took it (an
    event it leaves is passed on by Qt to the widgets beneath, the page's scroll area)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_wheel_passing_over_the_scale_is_left_to_the_page_and_sets_nothing(qtbot, rating: RatingWidget) -> None:
    rating.set_optional(True)
    rating.slider.clearFocus()  # the focus is elsewhere, as when a page is scrolled past the scale
    assert not rating.slider.hasFocus()
    assert not wheel(rating.slider, -1)  # left for the scroll area beneath: scrolling never rates
    assert rating.value() is None
    rating.slider.setFocus()  # once the person has chosen the scale, the wheel is theirs to use on it
    qtbot.waitUntil(rating.slider.hasFocus)
    assert wheel(rating.slider, 1)
    assert rating.value() is not None
