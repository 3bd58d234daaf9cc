"""One breath session in time: its plan, its clock and its frame timer.

Where a session stands is a pure function of the session clock's elapsed time (``BreathSchedule.state_at``);
the frame timer only decides when that is looked at, so late frames never add up to drift. The clock is
injected (tests pass a fake). The timer runs only during a session.

The timer does not tick at the display rate throughout: after each frame it waits until the next change the
pacer can show (``seconds_until_change``): the count's next second and the phase's end exactly, the circle's
edge half a pixel on, the bar a pixel on (at most four times a second). During a hold that is a few times a
second instead of sixty: each wake-up costs the process CPU time, whether or not anything is painted.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from walls_desktop.core.breath_clock import SessionClock
from walls_desktop.core.breath_schedule import (
    FRAME_SECONDS,
    BreathSchedule,
    Resolution,
    SessionPlan,
    seconds_until_change,
)
from walls_desktop.core.clock import utc_now

FRAME_MS = round(FRAME_SECONDS * 1000)  # the pacer's position never depends on how many frames there were
LONGEST_WAIT = 0.5  # seconds; well inside the clock's sleep gap, so a late wake-up is not taken for sleep


class BreathRun(QObject):
    """One session: its plan, clock and frame timer. Emits a state per frame and says when phases begin,
    when it pauses (by the user or because the computer slept) and when it is over.

    ``resolution`` says what the view can show; by default every frame is looked at (at ``FRAME_MS``)."""

    frame = Signal(object)  # BreathState
    phase_started = Signal(object)  # PhaseKind
    paused_changed = Signal(bool, bool)  # paused, because of sleep
    finished = Signal(object)  # BreathState at the end (state.finished is False when ended early)

    def __init__(
        self,
        plan: SessionPlan,
        now: Callable[[], float],
        parent: QObject | None = None,
        *,
        resolution: Callable[[], Resolution] = lambda: Resolution(0.0, 0.0),
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._resolution = resolution
        self.schedule = BreathSchedule(plan)
        self.clock = SessionClock(now)
        self._now = now
        self._looked_at = 0.0  # the time source's reading when the last frame was looked at
        self.state = self.schedule.state_at(0)
        self.started_at: datetime | None = None
        self._phase: tuple[int, int] | None = None  # (breath, phase) last announced
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)

    @property
    def is_running(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        self.started_at = utc_now()
        self.clock.start()
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        self._looked_at = self._now()
        slept = self.clock.observe()  # before elapsed(): a sleep-sized gap pauses instead of jumping ahead
        self.state = self.schedule.state_at(self.clock.elapsed())
        if slept:
            self.timer.stop()
        if not self.state.in_lead_in and not self.state.finished:
            phase = (self.state.breath_index, self.state.phase_index)
            if phase != self._phase:
                self._phase = phase
                self.phase_started.emit(self.state.phase_kind)
        self.frame.emit(self.state)
        if slept:
            self.paused_changed.emit(True, True)
        if self.state.finished:
            self.timer.stop()
            self.finished.emit(self.state)
        elif self.timer.isActive():
            self._wait_for_change()

    def _wait_for_change(self) -> None:
        """Look again when the pacer next shows something new (no later than ``LONGEST_WAIT``)."""
        wait = seconds_until_change(self.state, self.plan.breathing_seconds, self._resolution())
        wait -= self._now() - self._looked_at  # the time this frame took is already gone
        self.timer.start(max(1, math.ceil(min(wait, LONGEST_WAIT) * 1000)))  # on time or just after, never early

    def toggle_pause(self) -> None:
        if self.clock.is_paused:
            self.clock.resume()
            self.timer.start()
            self.paused_changed.emit(False, False)
            self.tick()
        else:
            self.tick()
            if self.state.finished:
                return
            self.clock.pause()
            self.timer.stop()
            self.paused_changed.emit(True, False)

    def pause(self) -> None:
        if not self.clock.is_paused:
            self.toggle_pause()

    def end(self) -> None:
        """End early, where the session is now."""
        if self.state.finished:
            return
        if not self.clock.is_paused:
            self.tick()
            if self.state.finished:  # it came to its end on this very frame
                return
        self.timer.stop()
        self.clock.pause()
        self.finished.emit(self.state)
