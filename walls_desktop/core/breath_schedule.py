"""Planning a breath session and where it stands at any moment.

The state of a session is a pure function of the seconds it has run (pauses already left out, see
``breath_clock``): nothing is counted tick by tick, so late frames never add up to drift.

Exactness: every phase lasts a whole number of half seconds, so the schedule works in integer half seconds.
Doubling a float is exact, and for any session Walls allows (well under 2**52 half seconds) subtracting the
lead-in and taking ``divmod`` by the cycle length are exact too; boundaries are therefore compared without
rounding error, however long the session. A time exactly on a boundary belongs to the phase that starts there.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import datetime
from fractions import Fraction
from typing import NamedTuple

from walls_desktop.core.breath_patterns import clean_phases, validate_phases
from walls_desktop.core.breathing import BreathPattern, BreathSessionRecord, PhaseKind
from walls_desktop.core.i18n import QT_TRANSLATE_NOOP

LEAD_IN_SECONDS = 3.0
LEAD_IN_MAX_SECONDS = 10.0
MIN_MINUTES, MAX_MINUTES = 1, 60
MIN_BREATHS, MAX_BREATHS = 1, 300

# How full the pacer is when breathing in is followed by the extra sip of the cyclic sigh; the sip fills it.
BEFORE_TOP_UP_LEVEL = 0.8

# How often a view need look at a session (see ``seconds_until_change``).
FRAME_SECONDS = 0.016  # about the display rate: the shortest wait while something moves
BAR_WAIT = 0.25  # the bar alone (in a hold, or with reduced motion) is moved on four times a second

LEAD_IN_LABEL = QT_TRANSLATE_NOOP("core", "Settle in…")
FINISHED_LABEL = QT_TRANSLATE_NOOP("core", "That was the last breath. Stay here as long as you like.")


def _is_real(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """How long a session runs: a whole number of cycles of a pattern, after an optional lead-in.

    The session ends right after the last complete exhale: when the pattern ends with a rest after breathing
    out, the last cycle leaves that rest out. The pattern is kept with its phases cleaned (zero-second holds
    left out), so ``BreathState.phase_index`` indexes ``plan.pattern.phases``. Make one with
    :func:`plan_by_minutes` or :func:`plan_by_breaths`.
    """

    pattern: BreathPattern
    breaths: int  # cycles in the session
    lead_in_seconds: float = 0.0
    chosen_minutes: float | None = None  # what the user chose, when the length was chosen in minutes
    chosen_breaths: int | None = None  # ... or in breaths

    def __post_init__(self) -> None:
        problems = validate_phases(self.pattern.phases)
        if problems:
            raise ValueError("cannot plan a session with this pattern: " + "; ".join(p.text() for p in problems))
        cleaned = clean_phases(self.pattern.phases)
        if cleaned != self.pattern.phases:
            object.__setattr__(self, "pattern", replace(self.pattern, phases=cleaned))
        if type(self.breaths) is not int or self.breaths < 1:
            raise ValueError(f"breaths must be a whole number of at least 1, not {self.breaths!r}")
        lead_in = self.lead_in_seconds
        if not _is_real(lead_in) or not 0 <= lead_in <= LEAD_IN_MAX_SECONDS or not (lead_in * 2).is_integer():
            raise ValueError(f"lead-in must be 0 to {LEAD_IN_MAX_SECONDS} s in half seconds, not {lead_in!r}")
        object.__setattr__(self, "lead_in_seconds", float(lead_in))

    @property
    def drops_final_rest(self) -> bool:
        """True when the pattern ends with a rest, which the last cycle leaves out."""
        return self.pattern.phases[-1].kind is PhaseKind.HOLD_EMPTY

    @property
    def breathing_seconds(self) -> float:
        """Length of the session without the lead-in."""
        rest = self.pattern.phases[-1].seconds if self.drops_final_rest else 0.0
        return self.breaths * self.pattern.cycle_seconds - rest

    @property
    def total_seconds(self) -> float:
        return self.lead_in_seconds + self.breathing_seconds


def plan_by_breaths(pattern: BreathPattern, breaths: int, *, lead_in: bool = True) -> SessionPlan:
    """A session of exactly ``breaths`` cycles (1-300)."""
    if type(breaths) is not int or not MIN_BREATHS <= breaths <= MAX_BREATHS:
        raise ValueError(f"breaths must be a whole number from {MIN_BREATHS} to {MAX_BREATHS}, not {breaths!r}")
    return SessionPlan(
        pattern, breaths, LEAD_IN_SECONDS if lead_in else 0.0, chosen_minutes=None, chosen_breaths=breaths
    )


def breaths_for_minutes(pattern: BreathPattern, minutes: float) -> int:
    """How many whole cycles fit ``minutes`` best.

    The rule: the number of cycles whose session length (lead-in not counted, final rest left out) is nearest
    to the chosen minutes; an exact tie goes to the longer session; never fewer than one. So a session may run
    up to half a cycle (at most 30 s) longer or shorter than chosen.
    """
    if not _is_real(minutes) or not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be a number from {MIN_MINUTES} to {MAX_MINUTES}, not {minutes!r}")
    cycle = Fraction(pattern.cycle_seconds)
    if cycle <= 0:
        raise ValueError("the pattern has no length")
    rest = Fraction(pattern.phases[-1].seconds) if pattern.phases[-1].kind is PhaseKind.HOLD_EMPTY else 0
    # n * cycle - rest nearest to the target  <=>  n nearest to (target + rest) / cycle; halves round up.
    nearest = math.floor((Fraction(minutes) * 60 + rest) / cycle + Fraction(1, 2))
    return max(1, nearest)


def plan_by_minutes(pattern: BreathPattern, minutes: float, *, lead_in: bool = True) -> SessionPlan:
    """A session of about ``minutes`` (1-60) in whole cycles; see :func:`breaths_for_minutes` for the rule."""
    plan = SessionPlan(pattern, 1, LEAD_IN_SECONDS if lead_in else 0.0)  # checks and cleans the pattern first
    return replace(plan, breaths=breaths_for_minutes(plan.pattern, minutes), chosen_minutes=float(minutes))


@dataclass(frozen=True, slots=True)
class BreathState:
    """Where a session stands at one moment.

    During the lead-in the phase fields describe the phase about to begin (progress 0). Once finished they
    describe the final exhale, complete. ``breaths_done`` counts cycles whose last exhale is complete (a rest
    after it belongs to the breath already done). ``session_progress`` covers the breathing only: 0 throughout
    the lead-in, 1 exactly at the end.
    """

    elapsed: float  # seconds since the session started (lead-in included), clamped to the session
    in_lead_in: bool
    lead_in_left: float  # seconds; 0 once breathing has begun
    phase_index: int  # into plan.pattern.phases
    phase_kind: PhaseKind
    phase_seconds: float  # length of the current phase
    phase_progress: float  # 0..1
    phase_seconds_left: float
    breath_index: int  # 0-based cycle the session is in
    breaths_done: int
    breaths_total: int
    session_progress: float  # 0..1
    session_seconds_left: float  # lead-in included
    finished: bool
    level_from: float  # pacer level at the start of the phase
    level_to: float  # pacer level at its end

    @property
    def label(self) -> str:
        """Untranslated words for the current moment."""
        if self.finished:
            return FINISHED_LABEL
        if self.in_lead_in:
            return LEAD_IN_LABEL
        return self.phase_kind.label


def ease(progress: float) -> float:
    """Sine ease-in-out: slow at both ends of a breath, fastest in the middle."""
    return (1.0 - math.cos(math.pi * progress)) / 2.0


def ease_inverse(share: float) -> float:
    """The phase progress at which ``ease`` reaches ``share`` (0-1)."""
    return math.acos(1.0 - 2.0 * share) / math.pi


class Resolution(NamedTuple):
    """The smallest changes a view shows: of the level (0-1) and of the session's progress (0-1).
    Smaller changes would not show, so nobody needs to look for them. ``math.inf``: never shown."""

    level: float
    progress: float


def level(state: BreathState) -> float:
    """How full the pacer is, 0 (empty) to 1 (full).

    It grows while breathing in, stays during holds and rests, and shrinks while breathing out, each move
    eased. In the cyclic sigh breathing in fills it to 0.8 and the extra sip to 1.
    """
    value = state.level_from + (state.level_to - state.level_from) * ease(state.phase_progress)
    return min(1.0, max(0.0, value))


def _phase_levels(kinds: list[PhaseKind]) -> tuple[tuple[float, float], ...]:
    levels = []
    current = 0.0  # a cycle starts empty: it begins with an inhale and ends after breathing out
    for position, kind in enumerate(kinds):
        start = current
        if kind is PhaseKind.INHALE:
            next_kind = kinds[position + 1] if position + 1 < len(kinds) else None
            current = BEFORE_TOP_UP_LEVEL if next_kind is PhaseKind.TOP_UP else 1.0
        elif kind is PhaseKind.TOP_UP:
            current = 1.0
        elif kind is PhaseKind.EXHALE:
            current = 0.0
        levels.append((start, current))
    return tuple(levels)


@dataclass(frozen=True, slots=True)
class BreathSchedule:
    """The precomputed timeline of one plan; :meth:`state_at` answers in O(log phases per cycle)."""

    plan: SessionPlan
    # All below in half seconds, derived from the plan.
    _cycle: int = field(init=False, repr=False)
    _starts: tuple[int, ...] = field(init=False, repr=False)  # phase starts within a cycle
    _lengths: tuple[int, ...] = field(init=False, repr=False)
    _breath_done_at: int = field(init=False, repr=False)  # end of the last exhale within a cycle
    _lead_in: int = field(init=False, repr=False)
    _breathing: int = field(init=False, repr=False)
    _levels: tuple[tuple[float, float], ...] = field(init=False, repr=False)
    _last_phase: int = field(init=False, repr=False)  # index of the final phase of the session

    def __post_init__(self) -> None:
        phases = self.plan.pattern.phases
        lengths = tuple(round(p.seconds * 2) for p in phases)
        starts = []
        total = 0
        for length in lengths:
            starts.append(total)
            total += length
        last_exhale = max(i for i, p in enumerate(phases) if p.kind is PhaseKind.EXHALE)
        last_phase = len(phases) - 2 if self.plan.drops_final_rest else len(phases) - 1
        dropped = lengths[-1] if self.plan.drops_final_rest else 0
        values = {
            "_cycle": total,
            "_starts": tuple(starts),
            "_lengths": lengths,
            "_breath_done_at": starts[last_exhale] + lengths[last_exhale],
            "_lead_in": round(self.plan.lead_in_seconds * 2),
            "_breathing": self.plan.breaths * total - dropped,
            "_levels": _phase_levels([p.kind for p in phases]),
            "_last_phase": last_phase,
        }
        for name, value in values.items():
            object.__setattr__(self, name, value)

    @property
    def total_seconds(self) -> float:
        return (self._lead_in + self._breathing) / 2

    def boundary_times(self) -> tuple[float, ...]:
        """Seconds from the session start at which each phase begins, in order, then the end of the session.

        The first entry is the end of the lead-in (0 without one). Exact: each is a sum of half seconds.
        """
        times = []
        for breath in range(self.plan.breaths):
            offset = self._lead_in + breath * self._cycle
            last = self._last_phase if breath == self.plan.breaths - 1 else len(self._starts) - 1
            times.extend((offset + self._starts[i]) / 2 for i in range(last + 1))
        times.append(self.total_seconds)
        return tuple(times)

    def state_at(self, elapsed: float) -> BreathState:
        """The state ``elapsed`` seconds after the session started (pauses left out). Negative counts as 0."""
        if math.isnan(elapsed):
            raise ValueError("elapsed is not a number")
        doubled = max(0.0, float(elapsed)) * 2  # exact
        end = self._lead_in + self._breathing
        if doubled >= end:
            return self._state(end, self._last_phase, self.plan.breaths - 1, self._cycle, finished=True)
        if doubled < self._lead_in:
            return self._lead_in_state(doubled)
        breath, within = divmod(doubled - self._lead_in, self._cycle)  # exact, see module docstring
        index = bisect_right(self._starts, within) - 1
        return self._state(doubled, index, int(breath), within, finished=False)

    def _lead_in_state(self, doubled: float) -> BreathState:
        return BreathState(
            elapsed=doubled / 2,
            in_lead_in=True,
            lead_in_left=(self._lead_in - doubled) / 2,
            phase_index=0,
            phase_kind=self.plan.pattern.phases[0].kind,
            phase_seconds=self._lengths[0] / 2,
            phase_progress=0.0,
            phase_seconds_left=self._lengths[0] / 2,
            breath_index=0,
            breaths_done=0,
            breaths_total=self.plan.breaths,
            session_progress=0.0,
            session_seconds_left=(self._lead_in + self._breathing - doubled) / 2,
            finished=False,
            level_from=0.0,
            level_to=0.0,
        )

    def _state(self, doubled: float, index: int, breath: int, within: float, *, finished: bool) -> BreathState:
        start, length = self._starts[index], self._lengths[index]
        if finished:
            into_phase = float(length)
            breaths_done = self.plan.breaths
        else:
            into_phase = within - start
            breaths_done = breath + (1 if within >= self._breath_done_at else 0)
        level_from, level_to = self._levels[index]
        return BreathState(
            elapsed=doubled / 2,
            in_lead_in=False,
            lead_in_left=0.0,
            phase_index=index,
            phase_kind=self.plan.pattern.phases[index].kind,
            phase_seconds=length / 2,
            phase_progress=min(1.0, into_phase / length),
            phase_seconds_left=(length - into_phase) / 2,
            breath_index=breath,
            breaths_done=breaths_done,
            breaths_total=self.plan.breaths,
            session_progress=1.0 if finished else min(1.0, (doubled - self._lead_in) / self._breathing),
            session_seconds_left=0.0 if finished else (self._lead_in + self._breathing - doubled) / 2,
            finished=finished,
            level_from=level_from,
            level_to=level_to,
        )


def session_record(
    plan: SessionPlan,
    state: BreathState,
    *,
    started_at: datetime,
    anxiety_before: int | None = None,
    anxiety_after: int | None = None,
    moment_id: int | None = None,
) -> BreathSessionRecord:
    """The record to keep of a session that reached ``state`` (finished, or ended early there).

    Seconds are breathing seconds: the lead-in is not counted, neither planned nor done.
    """
    return BreathSessionRecord(
        started_at=started_at,
        pattern_name=plan.pattern.name,
        phases=plan.pattern.phases,
        planned_seconds=plan.breathing_seconds,
        actual_seconds=max(0.0, state.elapsed - plan.lead_in_seconds),
        breaths_done=state.breaths_done,
        completed=state.finished,
        planned_breaths=plan.chosen_breaths,
        anxiety_before=anxiety_before,
        anxiety_after=anxiety_after,
        moment_id=moment_id,
    )


def seconds_until_change(state: BreathState, breathing_seconds: float, resolution: Resolution) -> float:
    """How long after ``state`` a view of the session next shows something new, in session seconds (not yet
    capped): a view need not look sooner.

    Exact for the count (it shows whole seconds left, rounded up) and so for the phase's end, which is when
    the count reaches 0. For motion: when the level has moved by ``resolution.level`` (``ease_inverse`` of the
    ease of ``level``), but not sooner than a frame. For the bar: when the progress has
    reached its next ``resolution.progress`` step, but not sooner than ``BAR_WAIT`` (a slim bar may move a few
    pixels at once; while the circle moves, the bar moves with it on every frame anyway). ``math.inf`` once
    the session is over.
    """
    if state.finished:
        return math.inf
    left = state.lead_in_left if state.in_lead_in else state.phase_seconds_left
    wait = left - (math.ceil(left) - 1)  # to the count's next second: in (0, 1]
    if state.in_lead_in:
        return wait  # nothing moves while settling in
    if resolution.progress <= 0:
        return min(wait, FRAME_SECONDS)
    if resolution.progress < math.inf:
        steps = state.session_progress / resolution.progress
        wait = min(wait, max(BAR_WAIT, (math.floor(steps) + 1 - steps) * resolution.progress * breathing_seconds))
    span = abs(state.level_to - state.level_from)
    if span > 0 and resolution.level < math.inf:
        target = ease(state.phase_progress) + max(0.0, resolution.level) / span  # eased share moved far enough
        if target < 1:
            progress = ease_inverse(target)
            wait = min(wait, max(FRAME_SECONDS, (progress - state.phase_progress) * state.phase_seconds))
    return wait
