"""The clock of a breath session: how long it has really run, leaving out pauses and sleep.

The clock reads an injected monotonic time source (``time.monotonic`` in the app, a fake in tests). Time only
ever moves it forward: a step backwards in the source counts as no time, and counting carries on from the new
reading, so such a jump neither makes ``elapsed()`` go back nor stalls it until the source catches up.

Sleep: the GUI calls :meth:`SessionClock.observe` on every frame (about every 16 ms). A gap between two
observations longer than ``sleep_gap`` means the computer was asleep or suspended (or the app was frozen); the
clock then pauses itself as of the previous observation, so the gap is not counted and the session does not
jump ahead. Call ``observe()`` before reading ``elapsed()`` on a frame: time read through ``elapsed()`` in the
middle of a gap has been shown already and is kept, so that elapsed never goes backwards.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

DEFAULT_SLEEP_GAP = 2.0  # seconds; frames normally come every ~16 ms, so this is far beyond a slow frame


class SessionClock:
    """Start, pause, resume and measure one session. Not thread-safe: use it from the GUI thread."""

    __slots__ = (
        "_accumulated",
        "_base",
        "_last_observed",
        "_last_reading",
        "_now",
        "_observed_elapsed",
        "_paused",
        "_paused_by_sleep",
        "_reported",
        "_segment_start",
        "_sleep_gap",
        "_started",
    )

    def __init__(self, now: Callable[[], float] = time.monotonic, *, sleep_gap: float = DEFAULT_SLEEP_GAP) -> None:
        if not (isinstance(sleep_gap, int | float) and math.isfinite(sleep_gap) and sleep_gap > 0):
            raise ValueError(f"sleep_gap must be a positive number of seconds, not {sleep_gap!r}")
        self._now = now
        self._sleep_gap = float(sleep_gap)
        self._started = False
        self._paused = False
        self._paused_by_sleep = False
        # Running time is measured in segments of steady source time, not summed frame by frame: a segment
        # starts at start/resume/sleep or when the source steps backwards; elapsed = base + (now - start).
        self._base = 0.0  # elapsed when the current segment began
        self._segment_start = 0.0  # raw source time when it began
        self._accumulated = 0.0  # elapsed as of _last_reading
        self._last_reading = 0.0  # raw source time of the last reading
        self._last_observed = 0.0  # raw source time of the last observe() (or start/resume)
        self._observed_elapsed = 0.0  # elapsed as of the last observe() (or start/resume)
        self._reported = 0.0  # the largest elapsed handed out so far

    # --- state ---

    @property
    def is_started(self) -> bool:
        return self._started

    @property
    def is_paused(self) -> bool:
        return self._paused

    @property
    def paused_by_sleep(self) -> bool:
        """True while the clock is paused because it saw a sleep-sized gap (until :meth:`resume`)."""
        return self._paused_by_sleep

    # --- control ---

    def start(self) -> None:
        """Start measuring from now. A clock starts once; make a new one for a new session."""
        if self._started:
            raise RuntimeError("the session clock has already started")
        reading = self._read_source()
        self._started = True
        self._segment_start = self._last_reading = self._last_observed = reading

    def pause(self) -> None:
        """Stop counting time. Pausing a paused clock changes nothing."""
        self._require_started()
        if self._paused:
            return
        self._advance()
        self._paused = True
        self._base = self._accumulated

    def resume(self) -> None:
        """Count time again from now. Resuming a running clock changes nothing."""
        self._require_started()
        if not self._paused:
            return
        reading = self._read_source()
        self._paused = False
        self._paused_by_sleep = False
        self._base = self._observed_elapsed = self._accumulated
        self._segment_start = self._last_reading = self._last_observed = reading

    def elapsed(self) -> float:
        """Seconds the session has run: time since start, less pauses and sleep. Never decreases."""
        if self._started and not self._paused:
            self._advance()
        self._reported = max(self._reported, self._accumulated)
        return self._reported

    def observe(self) -> bool:
        """Call on every frame. Returns True when this call found a sleep-sized gap and paused the clock."""
        if not self._started:
            return False
        reading = self._read_source()
        if self._paused:
            self._last_observed = reading
            return False
        gap = reading - self._last_observed
        if gap > self._sleep_gap:
            # Pause as of the previous observation; keep anything already handed out by elapsed().
            self._accumulated = self._base = max(self._observed_elapsed, self._reported)
            self._segment_start = self._last_reading = self._last_observed = reading
            self._paused = True
            self._paused_by_sleep = True
            return True
        self._advance(reading)
        self._last_observed = reading
        self._observed_elapsed = self._accumulated
        return False

    # --- inside ---

    def _require_started(self) -> None:
        if not self._started:
            raise RuntimeError("the session clock has not started")

    def _read_source(self) -> float:
        reading = float(self._now())
        if math.isnan(reading):
            raise ValueError("the time source returned NaN")
        return reading

    def _advance(self, reading: float | None = None) -> None:
        """Count the running time since the last reading; a backwards step counts as none."""
        if reading is None:
            reading = self._read_source()
        if reading < self._last_reading:  # the source stepped back: close the segment, start a new one here
            self._base += self._last_reading - self._segment_start
            self._segment_start = reading
        self._last_reading = reading
        self._accumulated = self._base + (reading - self._segment_start)
