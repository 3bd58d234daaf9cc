"""The breath pacer: a soft circle that grows while breathing in, rests on a hold and shrinks while breathing out,
with the words for the moment, the seconds left in it and a slim bar for the whole session.

The pacer only shows what it is told (``show_moment``): where the session stands is worked out from the clock
elsewhere. With reduced motion the circle is not shown at all; the words, the count and the bar remain.
Promoted in Designer files by header ``walls_desktop.gui.widgets.pacer``.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPixmap, QRadialGradient
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from walls_desktop.core.breath_schedule import Resolution
from walls_desktop.gui.common.theme import Colours, current_colours

PROGRESS_STEPS = 1000
SMALLEST = 0.42  # the empty circle's radius as a share of the largest
HALO = 1.25  # the halo's reach as a multiple of the circle's radius
HALO_MAX_SIDE = 640  # pixels; a larger halo is drawn from this one: its gentle fade shows no steps
STEP_PX = 0.5  # how far the circle's edge moves between frames while breathing: smooth, and no busier than that
SKIP_PX = STEP_PX / 2  # a smaller move is not worth a repaint, except to come to rest empty or full


class _Look(NamedTuple):
    """What the circle is drawn with, made once per theme and size rather than on every frame."""

    halo: QPixmap  # the halo around the full circle; drawn smaller for a smaller circle
    fill: QBrush
    ring: QPen


def _look_for(colours: Colours, halo_side: int) -> _Look:
    glow = QColor(colours.accent)
    glow.setAlphaF(0.28)
    clear = QColor(colours.accent)
    clear.setAlphaF(0.0)
    gradient = QRadialGradient(halo_side / 2, halo_side / 2, halo_side / 2)
    gradient.setColorAt(0.0, glow)
    gradient.setColorAt(0.78, glow)
    gradient.setColorAt(1.0, clear)
    halo = QPixmap(halo_side, halo_side)
    halo.fill(Qt.GlobalColor.transparent)
    painter = QPainter(halo)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawEllipse(QRectF(0, 0, halo_side, halo_side))
    painter.end()
    return _Look(halo, QBrush(QColor(colours.accent_soft)), QPen(QColor(colours.accent), 3))


class BreathOrb(QWidget):
    """The painted circle with a gentle halo. Its size follows ``level`` (0 empty, 1 full).

    Painting is most of what a breath session costs, so it is kept lean. A move of less than ``SKIP_PX`` is not
    repainted, and a repaint covers only the square of the circle and its halo. The widget fills its own
    background, so the widgets behind it are not painted again on every frame. The halo is a picture made once
    per theme and size and drawn scaled to the circle, nearest pixel (its fade is too gentle for that to show):
    half the cost of filling a radial gradient each frame. The circle is filled without antialiasing, as its
    edge lies under the ring's opaque pen; only the ring is antialiased.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0  # as painted
        self._look: tuple[tuple[Colours, int], _Look] | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)  # the page's colour (the palette's window, as behind it)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(self.tr("Grows as you breathe in and shrinks as you breathe out."))

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def level(self) -> float:
        return self._level

    def set_level(self, level: float) -> None:
        level = min(1.0, max(0.0, level))
        largest = self._largest()
        moved = abs(level - self._level) * largest * (1 - SMALLEST)
        if moved < SKIP_PX and (moved == 0 or level not in (0.0, 1.0)):
            return  # too small a move to see; but coming to rest empty or full is shown exactly
        # Only where the circle was or now is (the larger of the two), its halo and a pixel of antialiasing.
        reach = math.ceil(largest * (SMALLEST + (1 - SMALLEST) * max(level, self._level)) * HALO) + 2
        self._level = level
        centre = self.rect().center()
        self.update(centre.x() - reach, centre.y() - reach, 2 * reach + 1, 2 * reach + 1)

    def level_step(self) -> float:
        """The change of level that moves the circle's edge by ``STEP_PX``."""
        span = self._largest() * (1 - SMALLEST)  # pixels between the empty and the full circle's edge
        return STEP_PX / span if span > 0 else math.inf

    def _largest(self) -> float:
        """The full circle's radius: room is left for the halo."""
        return min(self.width(), self.height()) / 2 / HALO

    def radius(self) -> float:
        """The circle's radius in pixels at the current level; the halo reaches beyond it."""
        return self._largest() * (SMALLEST + (1 - SMALLEST) * self._level)

    def _current_look(self) -> _Look:
        colours = current_colours()
        side = max(1, min(HALO_MAX_SIDE, math.ceil(2 * self._largest() * HALO * self.devicePixelRatioF())))
        if self._look is None or self._look[0] != (colours, side):
            self._look = ((colours, side), _look_for(colours, side))
        return self._look[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self._current_look()
        painter = QPainter(self)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self.radius()
        reach = radius * HALO
        side = look.halo.width()
        painter.drawPixmap(
            QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach), look.halo, QRectF(0, 0, side, side)
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.fill)
        painter.drawEllipse(centre, radius, radius)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(look.ring)
        painter.drawEllipse(centre, radius, radius)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()  # colours are read from the theme at paint time
        super().changeEvent(event)


class PacerWidget(QWidget):
    """The circle, the words, the count and the session's bar.

    It fills its own background (the palette's window, as behind it), so that the bar and the count, which
    change during a session, repaint only the pacer and not the page and the window behind it too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self._reduced_motion = False
        self._shown: tuple[str, str, int] = ("", "", 0)  # words, count and bar value on screen
        self.orb = BreathOrb(self)
        self.orb.setObjectName("pacerOrb")
        self.words = QLabel(self)
        self.words.setObjectName("pacerWords")
        self.words.setProperty("role", "title")
        self.count = QLabel(self)
        self.count.setObjectName("pacerCount")
        self.count.setProperty("role", "lead")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("pacerProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("How far through the session you are"))
        for label in (self.words, self.count):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addStretch(0)  # these two stretches centre the words when there is no circle
        layout.addWidget(self.orb, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.count)
        layout.addWidget(self.progress)
        layout.addStretch(0)

    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_reduced_motion(self, reduced: bool) -> None:
        """Reduced motion: no moving shape, only the words, the count and the bar (given the space)."""
        self._reduced_motion = bool(reduced)
        self.orb.setVisible(not self._reduced_motion)
        layout = self.layout()
        for index in (0, layout.count() - 1):
            layout.setStretch(index, 1 if self._reduced_motion else 0)

    def resolution(self) -> Resolution:
        """The smallest changes worth showing: the circle's edge moving ``STEP_PX`` (never, with reduced
        motion) and the bar moving a pixel."""
        level = math.inf if self._reduced_motion else self.orb.level_step()
        bar = self.progress.width()
        return Resolution(level, max(1 / PROGRESS_STEPS, 1 / bar) if bar > 0 else math.inf)

    def show_moment(self, level: float, words: str, count: str, progress: float) -> None:
        """Show one moment of the session: how full the breath is (0-1), the words for it, the count (text)
        and how far the session has come (0-1)."""
        # Each call into Qt costs a little at 60 frames a second: only pass on what changed.
        if not self._reduced_motion:
            self.orb.set_level(level)
        if words != self._shown[0]:
            self.words.setText(words)
        if count != self._shown[1]:
            self.count.setText(count)
        value = round(min(1.0, max(0.0, progress)) * PROGRESS_STEPS)
        if value != self._shown[2]:
            self.progress.setValue(value)
        self._shown = (words, count, value)
