"""Where a grounding or self-compassion practice stands: which prompt is showing, and when the next one comes.

Plain Python on an injected monotonic clock (``breath_clock.SessionClock``, so pauses and a sleeping computer
are left out of the time). The page calls :meth:`PracticeRun.tick` a few times a second; with ``auto`` the
prompts move on by themselves after their time, otherwise only :meth:`next` moves them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from walls_desktop.core.breath_clock import SessionClock
from walls_desktop.core.practices import PracticeKind, PracticeSession, Prompt


class PracticeRun:
    def __init__(
        self,
        kind: PracticeKind,
        *,
        auto: bool,
        started_at: datetime,
        now: Callable[[], float] = time.monotonic,
        prompts: Sequence[Prompt] | None = None,
    ) -> None:
        self.kind = kind
        self.prompts: tuple[Prompt, ...] = tuple(prompts if prompts is not None else kind.prompts)
        if not self.prompts:
            raise ValueError("a practice needs at least one prompt")
        self.auto = auto
        self.started_at = started_at
        self.clock = SessionClock(now)
        self.index = 0
        self.reached = 0  # the furthest prompt shown
        self.finished = False
        self.completed = False  # the last prompt was seen through, not ended early
        self._step_started = 0.0

    @property
    def prompt(self) -> Prompt:
        return self.prompts[self.index]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.prompts) - 1

    @property
    def paused(self) -> bool:
        return self.clock.is_paused

    def start(self) -> None:
        self.clock.start()

    def step_fraction(self) -> float:
        """How much of this prompt's time has passed, 0-1 (for a slim bar)."""
        seconds = self.prompt.seconds
        return min(1.0, max(0.0, (self.clock.elapsed() - self._step_started) / seconds)) if seconds > 0 else 1.0

    def tick(self) -> bool:
        """Call a few times a second. True when the prompt changed (or the practice ended) on this call."""
        if self.finished:
            return False
        slept = self.clock.observe()
        if slept or self.paused or not self.auto:
            return slept
        if self.clock.elapsed() - self._step_started >= self.prompt.seconds:
            self.next()
            return True
        return False

    def next(self) -> None:
        """The next prompt; after the last one the practice is complete."""
        if self.finished:
            return
        if self.is_last:
            self.completed = True
            self.end()
            return
        self._go_to(self.index + 1)

    def back(self) -> None:
        if not self.finished and self.index > 0:
            self._go_to(self.index - 1)

    def toggle_pause(self) -> None:
        if self.finished:
            return
        if self.paused:
            self.clock.resume()
        else:
            self.clock.pause()

    def end(self) -> None:
        if not self.finished:
            self.clock.pause()
            self.finished = True

    def record(self, anxiety_before: int | None = None, anxiety_after: int | None = None) -> PracticeSession:
        return PracticeSession(
            kind=self.kind,
            started_at=self.started_at,
            seconds=round(self.clock.elapsed(), 1),
            steps_done=self.reached + 1,
            steps_total=len(self.prompts),
            completed=self.completed,
            anxiety_before=anxiety_before,
            anxiety_after=anxiety_after,
        )

    def _go_to(self, index: int) -> None:
        self.index = index
        self.reached = max(self.reached, index)
        self._step_started = self.clock.elapsed()
