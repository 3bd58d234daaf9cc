"""Moments: the chart of anxiety in closeness over time, the signs week by week, and what seems to help.

Built the first time the page is shown: importing this module imports the chart, and so numpy and pyqtgraph.
Refreshes whenever a moment, a practice (breathing or another), a check-in, a ladder try or a reframe is added,
changed or deleted anywhere.
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QMessageBox, QWidget

from walls_desktop.core.clock import utc_now
from walls_desktop.core.insights import (
    month_comparison,
    month_summary,
    sessions_needed_text,
    weekly_sign_counts,
)
from walls_desktop.core.moments import ALL_SIGNS, Moment
from walls_desktop.core.practices import PracticeKind
from walls_desktop.core.settings import KIND_SENTENCES
from walls_desktop.core.suggest import Practice, best_eased, ratings_needed
from walls_desktop.core.text import shortened
from walls_desktop.gui.common.dates import local_date, local_zone
from walls_desktop.gui.common.feedback import tell
from walls_desktop.gui.common.kind_sentences import next_sentence
from walls_desktop.gui.common.layout import ReflowWhenNarrow
from walls_desktop.gui.common.saving import failure_text, in_background
from walls_desktop.gui.common.text import tr_core, tr_store
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_moments_page import Ui_MomentsPage
from walls_desktop.gui.pages.moments.chart_picture import chart_picture
from walls_desktop.gui.pages.moments.export import csv_writer, png_writer
from walls_desktop.gui.pages.moments.moment_dialog import MomentDialog, to_qdatetime
from walls_desktop.gui.pages.page import Page
from walls_desktop.gui.widgets.anxiety_chart import DAY
from walls_desktop.store.changes import Record
from walls_desktop.store.errors import StoreError

RECENT_WEEKS = 16  # the sign heatmap and this-month-against-last need no more than this
TOOLTIP_TEXT_MAX = 140
# The range buttons, in order: days shown, None for everything.
RANGES: tuple[tuple[str, float | None], ...] = (
    ("weekButton", 7),
    ("monthButton", 31),
    ("quarterButton", 92),
    ("yearButton", 365),
    ("allButton", None),
)
OPENING_DAYS = 92


def dates_text(first: str, last: str, span: str) -> str:
    """The dates a picture covers: one day once, more as a span."""
    return first if first == last else span.format(first=first, last=last)


class MomentsPage(Page):
    watches = frozenset(
        {
            Record.MOMENT,
            Record.BREATH_SESSION,
            Record.PRACTICE_SESSION,
            Record.CHECK_IN,
            Record.REFRAME,
            Record.LADDER_TRY,
            Record.SETTING,
        }
    )
    setting_keys = frozenset({KIND_SENTENCES.key})  # the empty page shows one of them

    export_finished = Signal(bool)  # True when the picture or CSV file was written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(ctx, parent)
        self._now = now
        self._zone = local_zone()
        self.dialog: MomentDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.ui = Ui_MomentsPage()
        self.ui.setupUi(self)
        self.chart = self.ui.chart
        self.chart.describe = self.describe
        self.chart.describe_try = self.describe_try
        self._export_buttons = (self.ui.exportPngButton, self.ui.exportCsvButton)
        self._range_group = self._build_range_buttons()
        for row in (self.ui.headerBox, self.ui.rangeBox, self.ui.besideBox, self.ui.exportBox):
            ReflowWhenNarrow(row)
        self._wire()
        self._show_store_mode()
        self.refresh()

    def _build_range_buttons(self) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setExclusive(True)
        for index, (name, _days) in enumerate(RANGES):
            group.addButton(getattr(self.ui, name), index)
        group.idClicked.connect(lambda index: self.show_range(RANGES[index][1]))
        return group

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        self.chart.apply_colours()  # the chart's view keeps its own palette, so it is told here
        self.ui.signChart.update()
        self.ui.legendLabel.setText(self.chart.legend_html())

    def _wire(self) -> None:
        self.ui.logButton.clicked.connect(self.log_moment)
        self.chart.moment_clicked.connect(self.open_moment)
        self.chart.try_clicked.connect(self.open_try)
        self.ui.exportPngButton.clicked.connect(self.ask_png_path)
        self.ui.exportCsvButton.clicked.connect(self.ask_csv_path)

    def _show_store_mode(self) -> None:
        writable = self.ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        self.ui.logButton.setEnabled(writable)

    # ----- showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything the page shows from the store and show it."""
        columns = self.ctx.moments.columns()
        has_moments = bool(columns.id)
        self.ui.stateStack.setCurrentWidget(self.ui.dataState if has_moments else self.ui.emptyState)
        if not has_moments:
            self.ui.emptySentence.setText(next_sentence(self.ctx))
        self.chart.set_moments(columns.occurred_at, columns.anxiety, columns.kind, columns.id)
        sessions = self.ctx.sessions.list_all()
        practices = self.ctx.practices.list_all()
        rated = [s for s in (*sessions, *practices) if s.anxiety_before is not None and s.anxiety_after is not None]
        self.chart.set_sessions(
            [s.started_at.timestamp() for s in rated],
            [s.anxiety_before for s in rated],
            [s.anxiety_after for s in rated],
        )
        check_ins = self.ctx.check_ins.columns()
        self.chart.set_check_ins(check_ins.at, check_ins.anxiety)
        self.chart.set_reframes([r.created_at.timestamp() for r in self.ctx.reframes.list_newest_first()])
        tries = self.ctx.ladder.try_columns()
        self.chart.set_tries(tries.tried_at, tries.expected_anxiety, tries.peak_anxiety, tries.id)
        self.ui.legendLabel.setText(self.chart.legend_html())
        self._show_recent()
        self._show_eased_summary(sessions, practices)
        checked = self._range_group.checkedId()
        self.show_range(RANGES[checked][1] if checked >= 0 else self._opening_days(columns.occurred_at))

    def _show_recent(self) -> None:
        now = self._now()
        recent = self.ctx.moments.columns(start=now - timedelta(weeks=RECENT_WEEKS))
        self.ui.signChart.set_weeks(weekly_sign_counts(recent.occurred_at, recent.signs, self._zone))
        comparison = month_comparison(recent.occurred_at, recent.anxiety, now, self._zone)
        text = tr_core(month_summary(comparison))
        if comparison.this_month_avg is not None and comparison.last_month_avg is not None:
            locale = QLocale()
            text += " " + self.tr("(On average {this} this month, {last} last month.)").format(
                this=locale.toString(comparison.this_month_avg, "f", 1),
                last=locale.toString(comparison.last_month_avg, "f", 1),
            )
        self.ui.monthSummary.setText(text)

    def _show_eased_summary(self, sessions, practices) -> None:
        """What has eased anxiety most so far: a breath pattern, grounding or the kind pause."""
        best = best_eased(sessions, practices)
        if best is None:
            needed = ratings_needed(sessions, practices)
            self.ui.breathSummary.setText(tr_core(sessions_needed_text(needed), count=needed))
            return
        practice, pattern, drop, n = best
        name = tr_core(pattern) if practice is Practice.BREATHE else tr_core(PracticeKind(practice.value).label)
        if drop > 0:
            text = self.tr(
                "So far, “{name}” has eased you most: anxiety fell by {drop} points on average, "
                "over {n} rated sessions."
            )
        else:
            text = self.tr(
                "So far, no practice has lowered anxiety on average; “{name}” came closest. "
                "With practice, that often changes."
            )
        self.ui.breathSummary.setText(text.format(name=name, drop=QLocale().toString(drop, "f", 1), n=n))

    def current_days(self) -> float | None:
        checked = self._range_group.checkedId()
        return RANGES[checked][1] if checked >= 0 else None

    def _opening_days(self, times: tuple[int, ...]) -> float | None:
        """The range the page opens on: the last three months when there is more than that and some of it is
        recent (years of moments open on what matters now), otherwise everything."""
        recent = self._now().timestamp() - OPENING_DAYS * DAY
        return OPENING_DAYS if times and times[0] < recent <= times[-1] else None

    def show_range(self, days: float | None) -> None:
        index = next(i for i, (_, span) in enumerate(RANGES) if span == days)
        self._range_group.button(index).setChecked(True)
        self.chart.show_last(days, self._now().timestamp())

    def describe_try(self, try_id: int) -> str:
        """The tooltip for a ladder try: when, which step, expected against felt, and whether the fear came true."""
        try:
            attempt = self.ctx.ladder.get_try(try_id)
            step = self.ctx.ladder.get_step(attempt.step_id) if attempt is not None else None
        except StoreError:
            return ""
        if attempt is None or step is None:
            return ""
        lines = [
            f"<b>{html.escape(local_date(attempt.tried_at))}: {html.escape(shortened(step.action, 80))}</b>",
            html.escape(
                self.tr("Expected {expected}/10, felt {felt}/10 · {outcome}").format(
                    expected=attempt.expected_anxiety, felt=attempt.peak_anxiety, outcome=tr_core(attempt.outcome.label)
                )
            ),
            html.escape(self.tr("Click to open this try")),
        ]
        return "<br>".join(lines)

    def open_try(self, try_id: int):
        from walls_desktop.gui.pages.ladder.try_dialog import LadderTryDialog

        attempt = self.ctx.ladder.get_try(try_id)
        if attempt is None:
            return None
        dialog = LadderTryDialog(self.ctx, attempt=attempt, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def describe(self, moment_id: int) -> str:
        """The tooltip for a point: when, how anxious, what kind, with whom, which signs, what I did."""
        try:
            moment = self.ctx.moments.get(moment_id)
        except StoreError:
            moment = None
        if moment is None:
            return ""
        locale = QLocale()
        when = locale.toString(
            to_qdatetime(moment.occurred_at),
            f"{locale.dateFormat(QLocale.FormatType.LongFormat)}, {locale.timeFormat(QLocale.FormatType.ShortFormat)}",
        )
        lines = [
            f"<b>{html.escape(when)}</b>",
            html.escape(
                self.tr("Anxiety {value}/10 · {kind}").format(value=moment.anxiety, kind=tr_core(moment.kind.label))
            ),
        ]
        if moment.person:
            lines.append(
                html.escape(self.tr("With {person}").format(person=shortened(moment.person, TOOLTIP_TEXT_MAX)))
            )
        signs = [tr_core(sign.label) for sign in ALL_SIGNS if sign in moment.signs]
        if signs:
            lines.append(html.escape(self.tr("What showed up: {signs}").format(signs="; ".join(signs))))
        if moment.action:
            lines.append(
                html.escape(self.tr("What I did: {action}").format(action=shortened(moment.action, TOOLTIP_TEXT_MAX)))
            )
        if moment.note:
            lines.append(html.escape(shortened(moment.note, TOOLTIP_TEXT_MAX)))
        lines.append(f"<i>{html.escape(self.tr('Click to open it'))}</i>")
        return "<br>".join(lines)

    # ----- moments -----------------------------------------------------------------------------------

    def log_moment(self) -> MomentDialog:
        return self._open_dialog(None)

    def open_moment(self, moment_id: int) -> MomentDialog | None:
        try:
            moment = self.ctx.moments.get(moment_id)
        except StoreError as error:
            self.message_box = tell(
                self, self.tr("Could not open this moment"), tr_store(error.message), "momentsMessage"
            )
            return None
        return None if moment is None else self._open_dialog(moment)

    def _open_dialog(self, moment: Moment | None) -> MomentDialog:
        self.dialog = MomentDialog(self.ctx, moment, self.window(), now=self._now)
        self.dialog.open()
        return self.dialog

    # ----- export ------------------------------------------------------------------------------------

    def ask_png_path(self) -> QFileDialog:
        return self._ask_path(
            self.tr("Save the chart as a picture"), "walls-chart", "png", self.tr("PNG pictures (*.png)"), self.save_png
        )

    def ask_csv_path(self) -> QFileDialog:
        return self._ask_path(
            self.tr("Save your moments as CSV"), "walls-moments", "csv", self.tr("CSV files (*.csv)"), self.save_csv
        )

    def _ask_path(
        self, title: str, stem: str, suffix: str, name_filter: str, save: Callable[[Path], object]
    ) -> QFileDialog:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, title, folder, name_filter)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the same everywhere, and testable
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(f"{stem}-{self._now().astimezone(self._zone):%Y-%m-%d}.{suffix}")
        dialog.fileSelected.connect(lambda path: save(Path(path)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def save_png(self, path: Path) -> asyncio.Task[None]:
        return self._export(path, png_writer(self.picture(), path))

    def picture(self) -> QImage:
        """The chart as shown, with a title, its dates, the legend and what the numbers mean."""
        low, high = self.chart.x_range()
        locale = QLocale()

        def day(seconds: float) -> str:
            when = datetime.fromtimestamp(seconds, UTC).astimezone(self._zone)
            return locale.toString(to_qdatetime(when).date(), "d MMMM yyyy")

        now = self._now().timestamp()
        return chart_picture(
            self.chart,
            self.tr("Anxiety in moments of closeness"),
            dates_text(day(low), day(min(high, now)), self.tr("{first} to {last}")),
            self.tr(
                "Anxiety as rated at the time, from 0 (calm) to 10 (as anxious as it gets). Personal practice notes"
                " kept with Walls, not a diagnosis."
            ),
        )

    def save_csv(self, path: Path) -> asyncio.Task[None]:
        return self._export(path, csv_writer(self.ctx.db_path, path, self._zone))

    def _export(self, path: Path, write: Callable[[], None]) -> asyncio.Task[None]:
        """Write in the background; the page says "Saving…" meanwhile and ``export_finished`` tells the outcome."""
        for button in self._export_buttons:
            button.setEnabled(False)
        self.ui.exportStatus.setText(self.tr("Saving…"))
        task = in_background(write)
        task.add_done_callback(lambda done: self._export_done(path, done))
        return task

    def _export_done(self, path: Path, task: asyncio.Task[None]) -> None:
        for button in self._export_buttons:
            button.setEnabled(True)
        error = None if task.cancelled() else task.exception()
        saved = not task.cancelled() and error is None
        if saved:
            self.ui.exportStatus.setText(self.tr("Saved to {path}").format(path=str(path)))
        else:
            self.ui.exportStatus.setText("")
            if isinstance(error, StoreError):
                self.message_box = tell(self, self.tr("Not saved"), failure_text(error), "momentsMessage")
            elif error is not None:
                raise error
        self.export_finished.emit(saved)
