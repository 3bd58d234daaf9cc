"""Making one summary for a therapist in the background: the records are read and the pages painted in a
worker thread, the charts drawn on the GUI thread between (one per turn of the event loop), so that the window
stays responsive; Cancel is seen between any two steps.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from walls_desktop.core.summary import SummaryChoice
from walls_desktop.gui.common.async_loop import running_loop
from walls_desktop.gui.common.dates import local_zone
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.summary import charts
from walls_desktop.gui.summary.content import ANXIETY_CHART, CHART_LEGEND, REFLECTION_PLANE, SummaryContent, gather
from walls_desktop.gui.summary.pages import Built, Cancelled, PageWords, build, page_size_for
from walls_desktop.store.errors import StoreError


def page_words(range_text: str) -> PageWords:
    tr = partial(QApplication.translate, "Summary")
    return PageWords(
        title=tr("A summary of my practice, kept with Walls"),
        range_text=range_text,
        not_a_diagnosis=tr("Self-guided practice notes, not a diagnosis"),
        page_of=tr("Page {page} of {pages}"),
        pdf_title=tr("A summary of my practice"),
    )


_holding = 0  # summaries being made now: what they hold is given back when the last one ends
_held: tuple[bool, float] = (True, 0.005)


@contextlib.contextmanager
def _held_for_smoothness():
    """Python's cycle collector is held while a summary is made (well under a second): a full collection,
    begun by the worker's many small objects, holds Python's lock for longer than a frame, and the window waits
    on that lock. For the same reason the worker hands the lock back after 1 ms, not 5."""
    global _holding, _held
    if _holding == 0:
        _held = (gc.isenabled(), sys.getswitchinterval())
        gc.disable()
        sys.setswitchinterval(min(_held[1], 0.001))
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
        if _holding == 0:
            collecting, interval = _held
            sys.setswitchinterval(interval)
            if collecting:
                gc.enable()


class SummaryMaker(QObject):
    """Makes one summary in the background. Emits ``progress`` (pages done, pages), then exactly one of
    ``finished`` (a pages.Built), ``failed`` (the message to show) or ``stopped`` (cancelled)."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    stopped = Signal()

    def __init__(self, db_path: Path, choice: SummaryChoice, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.choice = choice
        self.today = today
        self.with_charts = True
        self.with_previews = True
        self._cancel = threading.Event()
        self.task: asyncio.Task | None = None

    def start(self) -> asyncio.Task:
        self.task = running_loop().create_task(self._run())
        return self.task

    def cancel(self) -> None:
        self._cancel.set()

    async def _run(self) -> None:
        with _held_for_smoothness():
            await self._make()

    async def _make(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            content = await loop.run_in_executor(None, gather, self.db_path, self.choice, local_zone(), self.today)
            drawings: dict = {}
            for draw in self._drawers(content):  # one chart per turn of the loop: input is handled between
                await asyncio.sleep(0.01)
                if self._cancel.is_set():
                    raise Cancelled
                draw(drawings)
            job = self._painting(content, drawings)
            await asyncio.sleep(0.01)
            built = await loop.run_in_executor(None, job)
        except Cancelled:
            self.stopped.emit()
        except StoreError as error:
            self.failed.emit(tr_core(error.message) if error.message else str(error))
        except Exception:  # whatever went wrong, the dialog must not wait for ever
            logging.getLogger(__name__).exception("the summary could not be made")
            self.failed.emit(
                QApplication.translate("Summary", "Something went wrong while making it. Nothing was saved.")
            )
        else:
            self.finished.emit(built)

    def make_now(self) -> Built:
        """The same summary made at once on this thread (for pictures of the screens, not for the app)."""
        content = gather(self.db_path, self.choice, local_zone(), self.today)
        drawings: dict = {}
        for draw in self._drawers(content):
            draw(drawings)
        return self._painting(content, drawings)()

    def _drawers(self, content: SummaryContent) -> list[Callable[[dict], None]]:
        """The charts to draw on the GUI thread, each a step that adds its drawing (and the legend)."""
        steps: list[Callable[[dict], None]] = []
        if self.with_charts and content.chart is not None:
            data = content.chart
            made: list = []
            steps.append(lambda _drawings: made.append(charts.anxiety_chart(data)))

            def record(drawings: dict) -> None:
                drawings[ANXIETY_CHART], drawings[CHART_LEGEND] = charts.anxiety_chart_drawing(made[0])

            steps.append(record)
        if self.with_charts and content.plane:
            steps.append(
                lambda drawings: drawings.__setitem__(
                    REFLECTION_PLANE, charts.reflection_plane_image(content.plane, content.plane_label)
                )
            )
        return steps

    def _painting(self, content: SummaryContent, drawings: dict) -> Callable[[], Built]:
        """The job that lays out and paints the pages, in the worker, once the charts are drawn."""
        if self._cancel.is_set():
            raise Cancelled
        legend = drawings.pop(CHART_LEGEND, "")
        return partial(
            build,
            content.html.replace(CHART_LEGEND, legend),
            drawings,
            page_words(content.range_text),
            QApplication.font().family(),
            page_size_for(QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem),
            previews=self.with_previews,
            screen_dpi=round(QGuiApplication.primaryScreen().logicalDotsPerInchX()),
            cancelled=self._cancel,
            progress=self.progress.emit,  # from the worker: Qt queues it to the GUI thread
        )
