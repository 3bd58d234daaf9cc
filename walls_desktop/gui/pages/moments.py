"""Moments: the chart of anxiety in closeness over time, the signs week by week, and what seems to help.

Built the first time the page is shown: importing this module imports the chart, and so numpy and pyqtgraph.
Refreshes whenever a moment is added, changed or deleted anywhere (``ctx.moment_events.changed``).
"""

from __future__ import annotations

import asyncio
import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, QStandardPaths, QTimer, QTimeZone, Signal
from PySide6.QtWidgets import QButtonGroup, QFileDialog, QMessageBox, QWidget

from walls_desktop.core.insights import (
    best_breath_pattern,
    month_comparison,
    month_summary,
    sessions_needed,
    sessions_needed_text,
    weekly_sign_counts,
)
from walls_desktop.core.moment_export import moment_rows
from walls_desktop.core.moments import ALL_SIGNS, Moment
from walls_desktop.gui.async_loop import running_loop
from walls_desktop.gui.context import AppContext
from walls_desktop.gui.forms.ui_moments_page import Ui_MomentsPage
from walls_desktop.gui.kind_sentences import next_sentence
from walls_desktop.gui.moment_dialog import MomentDialog, to_qdatetime, utc_now
from walls_desktop.gui.text import tr_core, tr_store
from walls_desktop.gui.theme import current_colours
from walls_desktop.gui.widgets.anxiety_chart import DAY
from walls_desktop.store.database import Database
from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.export import write_bytes, write_csv
from walls_desktop.store.moments import MomentRepository

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


def local_zone() -> tzinfo:
    """The user's time zone, with its daylight saving rules when the system names it."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC  # a fixed offset: right except across a DST change


class MomentsPage(QWidget):
    export_finished = Signal(bool)  # True when the picture or CSV file was written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, now: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._now = now
        self._zone = local_zone()
        self._stale = False
        self.dialog: MomentDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.message_box: QMessageBox | None = None
        self.ui = Ui_MomentsPage()
        self.ui.setupUi(self)
        self.chart = self.ui.chart
        self.chart.describe = self.describe
        self._range_group = self._build_range_buttons()
        self._style_range_buttons()
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

    def _style_range_buttons(self) -> None:
        """The chosen range stands out (the app's style sheet has no look for checked buttons)."""
        colours = current_colours()
        self.ui.rangeBox.setStyleSheet(
            f"QPushButton:checked {{ background: {colours.accent_soft}; color: {colours.text};"
            f" border: 2px solid {colours.accent}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            # The theme marks itself dark or light just after the palette changes: read it a moment later.
            QTimer.singleShot(0, self, self._apply_colours)
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        self._style_range_buttons()
        self.chart.apply_colours()  # the chart's view keeps its own palette, so it is told here
        self.ui.signChart.update()
        self.ui.legendLabel.setText(self.chart.legend_html())

    def _wire(self) -> None:
        self.ui.logButton.clicked.connect(self.log_moment)
        self.chart.moment_clicked.connect(self.open_moment)
        self.ui.exportPngButton.clicked.connect(self.ask_png_path)
        self.ui.exportCsvButton.clicked.connect(self.ask_csv_path)
        self.ctx.moment_events.changed.connect(self._on_moments_changed)

    def _show_store_mode(self) -> None:
        writable = self.ctx.writable
        self.ui.readOnlyNote.setVisible(not writable)
        self.ui.logButton.setEnabled(writable)

    # ----- showing -----------------------------------------------------------------------------------

    def on_shown(self) -> None:
        if self._stale:
            self.refresh()

    def _on_moments_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # a change made from another page: catch up when shown

    def refresh(self) -> None:
        """Read everything the page shows from the store and show it."""
        self._stale = False
        columns = self.ctx.moments.columns()
        has_moments = bool(columns.id)
        self.ui.stateStack.setCurrentWidget(self.ui.dataState if has_moments else self.ui.emptyState)
        if not has_moments:
            self.ui.emptySentence.setText(next_sentence(self.ctx))
        self.chart.set_moments(columns.occurred_at, columns.anxiety, columns.kind, columns.id)
        sessions = self.ctx.sessions.list_all()
        rated = [s for s in sessions if s.anxiety_before is not None and s.anxiety_after is not None]
        self.chart.set_sessions(
            [s.started_at.timestamp() for s in rated],
            [s.anxiety_before for s in rated],
            [s.anxiety_after for s in rated],
        )
        self.chart.set_reframes([r.created_at.timestamp() for r in self.ctx.reframes.list_newest_first()])
        self.ui.legendLabel.setText(self.chart.legend_html())
        self._show_recent()
        self._show_breath_summary(sessions)
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

    def _show_breath_summary(self, sessions) -> None:
        best = best_breath_pattern(sessions)
        if best is None:
            needed = sessions_needed(sessions)
            self.ui.breathSummary.setText(tr_core(sessions_needed_text(needed), count=needed))
            return
        drop = QLocale().toString(best.avg_drop, "f", 1)
        if best.avg_drop > 0:
            text = self.tr(
                "So far, “{name}” has eased you most: anxiety fell by {drop} points on average, "
                "over {n} rated sessions."
            )
        else:
            text = self.tr(
                "So far, no breathing pattern has lowered anxiety on average; “{name}” came closest. "
                "With practice, that often changes."
            )
        self.ui.breathSummary.setText(text.format(name=best.pattern_name, drop=drop, n=best.n))

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
            lines.append(html.escape(self.tr("With {person}").format(person=_short(moment.person))))
        signs = [tr_core(sign.label) for sign in ALL_SIGNS if sign in moment.signs]
        if signs:
            lines.append(html.escape(self.tr("What showed up: {signs}").format(signs="; ".join(signs))))
        if moment.action:
            lines.append(html.escape(self.tr("What I did: {action}").format(action=_short(moment.action))))
        if moment.note:
            lines.append(html.escape(_short(moment.note)))
        lines.append(f"<i>{html.escape(self.tr('Click to open it'))}</i>")
        return "<br>".join(lines)

    def screen_states(self):
        """Extra states for tests/screens.py: the dialog empty and filled in, and a shorter range."""

        def filled_in() -> MomentDialog | None:
            newest = self.ctx.moments.columns().id[-1:]
            return self.open_moment(newest[0]) if newest else None

        def last_month() -> None:
            self.ui.monthButton.click()

        return (("log-dialog", self.log_moment), ("edit-dialog", filled_in), ("last-month", last_month))

    # ----- moments -----------------------------------------------------------------------------------

    def log_moment(self) -> MomentDialog:
        return self._open_dialog(None)

    def open_moment(self, moment_id: int) -> MomentDialog | None:
        try:
            moment = self.ctx.moments.get(moment_id)
        except StoreError as error:
            self._tell(self.tr("Could not open this moment"), tr_store(error.message))
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

    def save_png(self, path: Path) -> asyncio.Task[bool]:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.chart.grab().save(buffer, "PNG")  # widgets are drawn on the GUI thread; only the writing moves
        data = QByteArray(buffer.data()).data()
        return self._export(path, lambda: write_bytes(path, data))

    def save_csv(self, path: Path) -> asyncio.Task[bool]:
        db_path, zone = self.ctx.db_path, self._zone
        return self._export(path, lambda: write_moments_csv(db_path, path, zone))

    def _export(self, path: Path, write: Callable[[], None]) -> asyncio.Task[bool]:
        """Write in the background (years of moments take a second or more) while the page stays responsive;
        ``export_finished`` tells the outcome."""
        buttons = (self.ui.exportPngButton, self.ui.exportCsvButton)
        for button in buttons:
            button.setEnabled(False)
        self.ui.exportStatus.setText(self.tr("Saving…"))

        async def run() -> bool:
            try:
                await asyncio.get_running_loop().run_in_executor(None, write)
            except StoreError as error:
                self.ui.exportStatus.setText("")
                self._tell(self.tr("Not saved"), self._export_failure(error))
                return False
            else:
                self.ui.exportStatus.setText(self.tr("Saved to {path}").format(path=str(path)))
                return True
            finally:
                for button in buttons:
                    button.setEnabled(True)

        task = running_loop().create_task(run())  # asyncio joins Qt's loop on first use
        task.add_done_callback(lambda done: self.export_finished.emit(not done.cancelled() and done.result()))
        return task

    def _export_failure(self, error: StoreError) -> str:
        reasons = {
            StoreErrorKind.READ_ONLY: self.tr(
                "Walls cannot write in that folder. Please choose another one, such as your Documents folder."
            ),
            StoreErrorKind.DISK_FULL: self.tr(
                "The disk is full, so the file was not saved. Please free up some space or choose another place."
            ),
            StoreErrorKind.INVALID_TEXT: tr_core(error.message),
        }
        reason = reasons.get(error.kind, self.tr("The file could not be saved there. Please try another folder."))
        return reason + "\n\n" + self.tr("Nothing was written there, so no half-finished file was left behind.")

    def _tell(self, title: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("momentsMessage")
        self.message_box = box
        box.open()
        return box


def write_moments_csv(db_path: Path, path: Path, zone: tzinfo) -> None:
    """Every moment to a CSV file. Runs off the GUI thread, so it reads through a connection of its own."""
    with Database.open_read_only(db_path) as database:
        write_csv(path, moment_rows(MomentRepository(database).list_all(), zone, tr_core))


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TOOLTIP_TEXT_MAX else flat[: TOOLTIP_TEXT_MAX - 1] + "…"
