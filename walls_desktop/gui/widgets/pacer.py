"""The breath pacer: a soft circle that grows while breathing in, rests on a hold and shrinks while breathing out,
with the words for the moment, the seconds left in it and a slim bar for the whole session.

The pacer only shows what it is told (``show_moment``): where the session stands is worked out from the clock
elsewhere. With reduced motion the circle is not shown at all; the words, the count and the bar remain.
Promoted in Designer files by header ``walls_desktop.gui.widgets.pacer``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from walls_desktop.gui.theme import current_colours

PROGRESS_STEPS = 1000
SMALLEST = 0.42  # the empty circle's radius as a share of the largest
LEVEL_EPSILON = 1e-4  # smaller changes are not worth a repaint
HALO = 1.25  # the halo's reach as a multiple of the circle's radius


class BreathOrb(QWidget):
    """The painted circle with a gentle halo. Its size follows ``level`` (0 empty, 1 full)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(self.tr("Grows as you breathe in and shrinks as you breathe out."))

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def level(self) -> float:
        return self._level

    def set_level(self, level: float) -> None:
        level = min(1.0, max(0.0, level))
        if abs(level - self._level) < LEVEL_EPSILON:
            return
        before = self._painted_rect()
        self._level = level
        self.update(before.united(self._painted_rect()))  # only where the circle was or now is: less to paint

    def _painted_rect(self) -> QRect:
        reach = math.ceil(self.radius() * HALO) + 2  # the halo, and a pixel of antialiasing either side
        centre = self.rect().center()
        return QRect(centre.x() - reach, centre.y() - reach, 2 * reach + 1, 2 * reach + 1)

    def radius(self) -> float:
        """The circle's radius in pixels at the current level; the halo reaches beyond it."""
        largest = min(self.width(), self.height()) / 2 / HALO  # room for the halo
        return largest * (SMALLEST + (1 - SMALLEST) * self._level)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        radius = self.radius()

        halo = QRadialGradient(centre, radius * HALO)
        glow = QColor(colours.accent)
        glow.setAlphaF(0.28)
        clear = QColor(colours.accent)
        clear.setAlphaF(0.0)
        halo.setColorAt(0.0, glow)
        halo.setColorAt(0.78, glow)
        halo.setColorAt(1.0, clear)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, radius * HALO, radius * HALO)

        painter.setBrush(QColor(colours.accent_soft))
        painter.setPen(QPen(QColor(colours.accent), 3))
        painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2))
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()  # colours are read from the theme at paint time
        super().changeEvent(event)


class PacerWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
