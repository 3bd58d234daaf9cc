"""The one rating control the whole app shares: a 0-10 anxiety scale or a 0-100 belief scale.

A slider with the chosen value shown large, short anchors under it, and an optional "not rated" state (for
ratings the user may skip). Keyboard: arrows and Page Up/Down move it; the digit keys set it directly (on
0-100 a digit sets the tens); Delete clears an optional rating. A click on the track sets the value under the
pointer and can go on as a drag. Promoted in Designer files by header
``walls_desktop.gui.widgets.rating``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSlider, QWidget

from walls_desktop.core.ratings import ANXIETY, Scale
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import set_role


class _Slider(QSlider):
    """A wheel turned while the pointer merely passes over the scale scrolls the page; only a slider that has
    the focus (clicked or tabbed to) follows the wheel. Otherwise scrolling a page sets ratings by accident."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the scroll area beneath


class RatingWidget(QWidget):
    value_changed = Signal(object)  # int, or None when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._optional = True
        self._required = False  # "not rated" until chosen, but it must be chosen: no Clear
        self.slider = _Slider(Qt.Orientation.Horizontal, self)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone gives it no focus (see _Slider)
        self.slider.setObjectName("ratingSlider")
        self.slider.setMinimumWidth(180)  # room for the value and Clear beside it on a small window
        self.setMaximumWidth(720)  # a scale wider than this is hard to read across on a large screen
        self.value_label = QLabel(self)
        self.value_label.setObjectName("ratingValue")
        self.value_label.setProperty("role", "subtitle")
        self.value_label.setMinimumWidth(96)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("ratingClear")
        self.clear_button.setFlat(True)
        self.clear_button.setAccessibleName(self.tr("Clear this rating"))
        self.anchor_labels = [QLabel(self) for _ in range(3)]
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.slider, 0, 0, 1, 3)
        layout.addWidget(self.value_label, 0, 3)
        layout.addWidget(self.clear_button, 0, 4)
        for column, (label, align) in enumerate(
            zip(
                self.anchor_labels,
                (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight),
                strict=True,
            )
        ):
            label.setProperty("role", "caption")
            label.setAlignment(align)
            label.setWordWrap(True)
            layout.addWidget(label, 1, column)
        for column in range(3):
            layout.setColumnStretch(column, 1)
        self.slider.valueChanged.connect(self._on_slider)
        self.slider.sliderPressed.connect(lambda: self._on_slider(self.slider.value()))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.slider.installEventFilter(self)
        self.setFocusProxy(self.slider)
        self.set_scale(ANXIETY)

    # ----- configuration -----------------------------------------------------------------------------

    def set_scale(self, scale: Scale, step: int | None = None) -> None:
        self._scale = scale
        step = step or (1 if scale.maximum <= 10 else 5)
        self.slider.blockSignals(True)
        self.slider.setRange(scale.minimum, scale.maximum)
        self.slider.setSingleStep(step)
        self.slider.setPageStep(step * 2 if scale.maximum <= 10 else 10)
        self.slider.setTickInterval(1 if scale.maximum <= 10 else 10)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.blockSignals(False)
        for label, (point, text) in zip(self.anchor_labels, scale.anchors, strict=True):
            label.setText(f"{point} · {tr_core(text)}")
        self.slider.setAccessibleDescription("; ".join(f"{point}: {tr_core(text)}" for point, text in scale.anchors))
        self.set_value(None if self._optional else scale.minimum)

    def set_required(self) -> None:
        """Starts unrated, like an optional rating, but has to be given before going on: there is nothing to
        clear, and until it is chosen it asks for a choice instead of saying "not rated"."""
        self._optional = True  # None is allowed until the user chooses
        self._required = True
        self.clear_button.setVisible(False)
        self._show_value()

    def set_optional(self, optional: bool) -> None:
        """An optional rating starts "not rated" and can be cleared; a required one always has a value."""
        self._optional = optional
        self.clear_button.setVisible(optional)
        if not optional and self._value is None:
            self.set_value(self._scale.minimum)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.slider.setAccessibleName(name)

    # ----- value -------------------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is None and not self._optional:
            value = self._scale.minimum
        if value is not None and not self._scale.contains(value):
            raise ValueError(f"{value!r} is outside {self._scale.minimum}-{self._scale.maximum}")
        changed = value != self._value
        self._value = value
        self.slider.blockSignals(True)
        self.slider.setValue(self._scale.minimum if value is None else value)
        self.slider.blockSignals(False)
        self._show_value()
        if changed:
            self.value_changed.emit(value)

    def _on_slider(self, position: int) -> None:
        if position != self._value:
            self._value = position
            self._show_value()
            self.value_changed.emit(position)

    def _show_value(self) -> None:
        if self._value is None and self._required:
            self.value_label.setText(self.tr("choose one"))
            set_role(self.value_label, "emphasis")
        elif self._value is None:
            self.value_label.setText(self.tr("not rated"))
            set_role(self.value_label, "caption")
        else:
            self.value_label.setText(f"{self._value}/{self._scale.maximum}")
            set_role(self.value_label, "subtitle")
        self.clear_button.setEnabled(self._value is not None)

    def _jump_to(self, x: int) -> None:
        """Set the value under the pointer (Fusion would only step towards it a page at a time)."""
        # Loaded on the first click: QStyle's wrapper costs ~6 ms, and Today shows a rating in its first frame.
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider

        option = QStyleOptionSlider()
        self.slider.initStyleOption(option)
        style = self.slider.style()
        # With the slider itself, so the style sheet's handle size is used rather than Fusion's own.
        groove = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self.slider
        )
        handle = style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self.slider
        )
        if handle.contains(x, handle.center().y()) and self._value is not None:
            return  # a press on the handle itself starts a drag from where it is
        span = max(1, groove.width() - handle.width())
        position = x - groove.x() - handle.width() // 2
        self.set_value(
            QStyle.sliderValueFromPosition(self._scale.minimum, self._scale.maximum, position, span, option.upsideDown)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys on the slider: digits set a 0-10 rating at once; Delete or Backspace clears an optional one;
        moving down from "not rated" lands on the lowest value (the slider alone would not move)."""
        if watched is self.slider and event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.LeftButton:
                self._jump_to(event.position().toPoint().x())
            return False  # Qt goes on with the press: it now lands on the handle, so a drag can follow
        if watched is self.slider and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                digit = key - Qt.Key.Key_0
                self.set_value(digit if self._scale.maximum <= 10 else min(digit * 10, self._scale.maximum))
                return True
            if self._optional and not self._required and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.set_value(None)
                return True
            if self._value is None and key in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Down,
                Qt.Key.Key_Home,
                Qt.Key.Key_PageDown,
            ):
                self.set_value(self._scale.minimum)
                return True
        return super().eventFilter(watched, event)
