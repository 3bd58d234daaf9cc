"""How often each of the five signs showed up, week by week: a small heatmap painted with QPainter.

One row per sign, one column per week (the latest weeks that fit), each cell tinted by its count and showing
the number. Hovering a cell names its week and sign. Colours come from the theme and follow it.
Promoted in Designer files by header ``walls_desktop.gui.widgets.sign_chart``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from walls_desktop.core.moments import ALL_SIGNS, Sign
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.common.theme import contrast_ratio, current_colours

Week = tuple[date, dict[Sign, int]]

ROW_HEIGHT = 28
CELL_WIDTH = 30
GAP = 3
LABEL_WIDTH_MAX = 420
MIN_WEEKS_SHOWN = 4  # the labels take the room they need as long as this many weeks still fit
FOOTER = 24
MAX_WEEKS = 16
LABEL_GAP = 12  # at least this much room between the two dates under the grid
LABEL_POINT_SIZE = 10.5  # the theme's caption size: the labels are whole sentences


class SignChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[Week] = []
        self.setAccessibleName(self.tr("How often each sign showed up, week by week"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_weeks(self, weeks: list[Week]) -> None:
        """Weeks oldest first, as ``insights.weekly_sign_counts`` gives them."""
        self._weeks = list(weeks[-MAX_WEEKS:])
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        """The chart in words, for screen readers: each sign's total over the weeks shown."""
        if not self._weeks:
            return self.tr("No moments in the last weeks yet.")
        parts = [
            self.tr("{sign}: {count}").format(
                sign=tr_core(sign.label), count=sum(counts[sign] for _, counts in self._weeks)
            )
            for sign in ALL_SIGNS
        ]
        return self.tr("Over the last {weeks} weeks: {parts}.").format(weeks=len(self._weeks), parts="; ".join(parts))

    def sizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH_MAX + 8 * (CELL_WIDTH + GAP), len(ALL_SIGNS) * ROW_HEIGHT + FOOTER)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, len(ALL_SIGNS) * ROW_HEIGHT + FOOTER)

    # ----- geometry ----------------------------------------------------------------------------------

    def _label_font(self) -> QFont:
        font = QFont(self.font())  # the app's style sheet sets the widget font, so size it for painting only
        font.setPointSizeF(LABEL_POINT_SIZE)
        return font

    def _label_width(self) -> int:
        """As wide as the longest label needs (up to a limit), while the latest few weeks still fit: the signs
        are read in whole, and older weeks give way first."""
        metrics = QFontMetrics(self._label_font())
        widest = max(metrics.horizontalAdvance(tr_core(sign.label)) for sign in ALL_SIGNS) + 12 + 2  # 2: rounding
        weeks = min(max(1, len(self._weeks)), MIN_WEEKS_SHOWN) * (CELL_WIDTH + GAP)
        return max(0, min(widest, LABEL_WIDTH_MAX, self.width() - weeks))

    def drawn_labels(self) -> list[str]:
        """Each sign's label as painted: whole, or shortened with "…" when the chart is too narrow."""
        metrics = QFontMetrics(self._label_font())
        width = self._label_width() - 12
        return [metrics.elidedText(tr_core(sign.label), Qt.TextElideMode.ElideRight, width) for sign in ALL_SIGNS]

    def _shown_weeks(self) -> list[Week]:
        fit = max(1, (self.width() - self._label_width()) // (CELL_WIDTH + GAP))
        return self._weeks[-fit:]

    def _cell(self, row: int, column: int) -> QRect:
        left = self._label_width() + column * (CELL_WIDTH + GAP)
        return QRect(left, row * ROW_HEIGHT + GAP // 2, CELL_WIDTH, ROW_HEIGHT - GAP)

    # ----- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = current_colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        weeks = self._shown_weeks()
        label_width = self._label_width()
        painter.setFont(self._label_font())
        highest = max((max(counts.values()) for _, counts in weeks), default=0) or 1
        accent = QColor(colours.accent)
        for row, (sign, text) in enumerate(zip(ALL_SIGNS, self.drawn_labels(), strict=True)):
            label_rect = QRect(0, row * ROW_HEIGHT, label_width - 12, ROW_HEIGHT)
            painter.setPen(QColor(colours.text))
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            for column, (_, counts) in enumerate(weeks):
                count = counts[sign]
                cell = self._cell(row, column)
                fill = _mix(accent, QColor(colours.window), 0.25 + 0.75 * count / highest) if count else None
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill or QColor(colours.sidebar))
                painter.drawRoundedRect(cell, 5, 5)
                if fill is not None:
                    painter.setPen(QColor(_readable_on(fill.name(), colours.text, colours.on_accent)))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
        painter.setPen(QColor(colours.muted))
        for rect, text in self.footer_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def footer_labels(self) -> list[tuple[QRect, str]]:
        """The dates under the first and the last week shown, each where its text is painted; the last only
        when there is room for it beside the first, so the two never run together."""
        weeks = self._shown_weeks()
        if not weeks:
            return []
        metrics = QFontMetrics(self._label_font())
        locale = QLocale()
        top = len(ALL_SIGNS) * ROW_HEIGHT
        left = self._label_width()

        def placed(text: str, x: int) -> tuple[QRect, str]:
            width = metrics.horizontalAdvance(text) + 2
            return QRect(max(0, min(x, self.width() - width)), top, width, FOOTER), text  # inside the chart

        first = placed(locale.toString(weeks[0][0], "d MMM"), left)
        labels = [first]
        if len(weeks) > 1:
            text = locale.toString(weeks[-1][0], "d MMM")
            right_edge = left + len(weeks) * (CELL_WIDTH + GAP) - GAP
            last = placed(text, right_edge - metrics.horizontalAdvance(text) - 2)
            if last[0].left() >= first[0].right() + LABEL_GAP:
                labels.append(last)
        return labels

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos()) if isinstance(event, QHelpEvent) else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.update()
        return super().event(event)

    def tooltip_at(self, pos) -> str:
        for column, (monday, counts) in enumerate(self._shown_weeks()):
            for row, sign in enumerate(ALL_SIGNS):
                if self._cell(row, column).contains(pos):
                    return self.tr("Week of {week}\n{sign}: {count}").format(
                        week=QLocale().toString(monday, QLocale.FormatType.LongFormat),
                        sign=tr_core(sign.label),
                        count=counts[sign],
                    )
        return ""


def _mix(colour: QColor, background: QColor, amount: float) -> QColor:
    """``colour`` laid over ``background`` at ``amount`` opacity, as one opaque colour."""
    return QColor.fromRgbF(
        *(amount * a + (1 - amount) * b for a, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3], strict=True))
    )


def _readable_on(background: str, *candidates: str) -> str:
    return max(candidates, key=lambda text: contrast_ratio(text, background))
