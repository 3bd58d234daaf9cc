"""A custom breathing pattern: checking what the user entered, building the pattern, and the JSON form in which
the store keeps a pattern's phases."""

from __future__ import annotations

import enum
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from walls_desktop.core.breathing import PRESETS, BreathPattern, Phase, PhaseKind
from walls_desktop.core.i18n import QT_TRANSLATE_NOOP
from walls_desktop.core.text import UNSTORABLE_MESSAGE, has_lone_surrogate

# --- Validating a custom pattern ---------------------------------------------------------------------------

NAME_MAX = 60  # characters, after trimming spaces at either end
CYCLE_MAX_SECONDS = 60.0
MAX_PHASES = 16  # steps in one cycle, zero-second holds not counted
SECONDS_STEP = 0.5
_STEP_TOLERANCE = 1e-9  # in half seconds: forgives float noise from arithmetic; the value is then snapped

# (minimum, maximum) seconds by kind. A hold or rest of 0 s is allowed and simply left out.
SECONDS_RANGE: dict[PhaseKind, tuple[float, float]] = {
    PhaseKind.INHALE: (1.0, 20.0),
    PhaseKind.EXHALE: (1.0, 20.0),
    PhaseKind.HOLD_FULL: (0.0, 20.0),
    PhaseKind.HOLD_EMPTY: (0.0, 20.0),
    PhaseKind.TOP_UP: (0.5, 3.0),
}


class PatternProblemField(enum.StrEnum):
    """Where the GUI shows a problem."""

    NAME = "name"
    PHASE = "phase"  # next to the step at ``PatternProblem.phase_index``
    PATTERN = "pattern"  # about the pattern as a whole


@dataclass(frozen=True, slots=True)
class PatternProblem:
    """One reason a custom pattern cannot be kept.

    ``message`` is untranslated and may hold ``{placeholders}``; ``values`` fills them (already formatted as
    text). The GUI shows ``problem.text(tr_core)`` next to the field.
    """

    field: PatternProblemField
    message: str
    phase_index: int | None = None  # index in the list as given (zero-second holds included)
    values: tuple[tuple[str, str], ...] = ()

    @property
    def arguments(self) -> dict[str, str]:
        return dict(self.values)

    def text(self, translate: Callable[[str], str] = str) -> str:
        return translate(self.message).format(**self.arguments)


class PatternError(ValueError):
    """Raised by :func:`build_pattern` with every problem found."""

    def __init__(self, problems: Sequence[PatternProblem]) -> None:
        self.problems: tuple[PatternProblem, ...] = tuple(problems)
        super().__init__("; ".join(p.text() for p in self.problems))


NAME_BLANK_MESSAGE = QT_TRANSLATE_NOOP("core", "Please give this pattern a name.")
PRESET_NAME_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "Walls already has a pattern called “{name}”. Please give yours a name of its own."
)
NAME_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP("core", "Please keep the name to {maximum} characters or fewer.")
UNKNOWN_STEP_MESSAGE = QT_TRANSLATE_NOOP("core", "Walls does not know this kind of step.")
NOT_A_NUMBER_MESSAGE = QT_TRANSLATE_NOOP("core", "Please enter a number of seconds, such as 4.")
NEGATIVE_MESSAGE = QT_TRANSLATE_NOOP("core", "A step cannot last less than zero seconds.")
NOT_HALF_STEP_MESSAGE = QT_TRANSLATE_NOOP("core", "Please use whole or half seconds, such as 4 or 4.5.")
_RANGE_MESSAGES: dict[PhaseKind, str] = {
    PhaseKind.INHALE: QT_TRANSLATE_NOOP("core", "Breathing in can last from {minimum} to {maximum} seconds."),
    PhaseKind.EXHALE: QT_TRANSLATE_NOOP("core", "Breathing out can last from {minimum} to {maximum} seconds."),
    PhaseKind.HOLD_FULL: QT_TRANSLATE_NOOP(
        "core", "A hold can last up to {maximum} seconds. Set it to 0 to leave it out."
    ),
    PhaseKind.HOLD_EMPTY: QT_TRANSLATE_NOOP(
        "core", "A rest can last up to {maximum} seconds. Set it to 0 to leave it out."
    ),
    PhaseKind.TOP_UP: QT_TRANSLATE_NOOP("core", "The extra sip of air can last from {minimum} to {maximum} seconds."),
}
START_MESSAGE = QT_TRANSLATE_NOOP("core", "Start the pattern by breathing in.")
TOP_UP_PLACE_MESSAGE = QT_TRANSLATE_NOOP("core", "The extra sip of air goes straight after breathing in.")
HOLD_PLACE_MESSAGE = QT_TRANSLATE_NOOP("core", "A hold comes after breathing in.")
REST_PLACE_MESSAGE = QT_TRANSLATE_NOOP("core", "A rest comes after breathing out.")
END_MESSAGE = QT_TRANSLATE_NOOP("core", "End the pattern by breathing out. A rest after that is fine.")
NO_INHALE_MESSAGE = QT_TRANSLATE_NOOP("core", "The pattern needs a step for breathing in.")
NO_EXHALE_MESSAGE = QT_TRANSLATE_NOOP("core", "The pattern needs a step for breathing out.")
TOO_MANY_STEPS_MESSAGE = QT_TRANSLATE_NOOP("core", "A pattern can have at most {maximum} steps.")
CYCLE_TOO_LONG_MESSAGE = QT_TRANSLATE_NOOP(
    "core", "One round of this pattern takes {seconds} seconds. Please keep it to {maximum} seconds or less."
)


def format_seconds(seconds: float) -> str:
    """A count of seconds as it appears in messages: ``4``, ``4.5``."""
    return f"{seconds:g}"


def _number(value: object) -> float | None:
    """The value as a float if it is a real number (bools are not), else None. Huge ints become inf."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def _half_steps(seconds: float) -> int | None:
    """``seconds`` in half seconds when it is a (near-exact) multiple of 0.5, else None."""
    doubled = seconds * 2
    steps = round(doubled)
    return steps if abs(doubled - steps) <= _STEP_TOLERANCE else None


def _phase_value_problem(index: int, phase: object) -> PatternProblem | None:
    def problem(message: str, **values: str) -> PatternProblem:
        return PatternProblem(PatternProblemField.PHASE, message, index, tuple(values.items()))

    if not isinstance(phase, Phase) or not isinstance(phase.kind, PhaseKind):
        return problem(UNKNOWN_STEP_MESSAGE)
    seconds = _number(phase.seconds)
    if seconds is None or not math.isfinite(seconds):
        return problem(NOT_A_NUMBER_MESSAGE)
    if seconds < 0:
        return problem(NEGATIVE_MESSAGE)
    if _half_steps(seconds) is None:
        return problem(NOT_HALF_STEP_MESSAGE)
    minimum, maximum = SECONDS_RANGE[phase.kind]
    if not minimum <= seconds <= maximum:
        return problem(_RANGE_MESSAGES[phase.kind], minimum=format_seconds(minimum), maximum=format_seconds(maximum))
    return None


def validate_phases(phases: Sequence[Phase]) -> list[PatternProblem]:
    """Every problem with one cycle of steps, in the order the GUI should show them.

    Rules: each step lasts whole or half seconds within :data:`SECONDS_RANGE` (a 0 s hold or rest is allowed
    and left out); the cycle starts by breathing in and ends by breathing out, optionally followed by a rest;
    the extra sip (top-up) comes straight after breathing in, a hold after breathing in (or the sip), a rest
    after breathing out; at least one in- and one out-breath; at most :data:`MAX_PHASES` steps and
    :data:`CYCLE_MAX_SECONDS` per cycle. Placement is judged after zero-second holds are left out.
    """
    problems: list[PatternProblem] = []
    kept: list[tuple[int, Phase]] = []  # (index as given, phase), zero holds left out
    values_ok = True
    for index, phase in enumerate(phases):
        value_problem = _phase_value_problem(index, phase)
        if value_problem is not None:
            problems.append(value_problem)
            values_ok = False
            if value_problem.message == UNKNOWN_STEP_MESSAGE:
                continue
        if phase.kind.is_hold and value_problem is None and phase.seconds == 0:
            continue
        kept.append((index, phase))

    kinds = [phase.kind for _, phase in kept]
    has_inhale = PhaseKind.INHALE in kinds
    has_exhale = PhaseKind.EXHALE in kinds
    for position, (index, phase) in enumerate(kept):
        previous = kinds[position - 1] if position > 0 else None
        message = None
        if position == 0 and phase.kind is not PhaseKind.INHALE and has_inhale:
            message = START_MESSAGE
        elif phase.kind is PhaseKind.TOP_UP and previous is not PhaseKind.INHALE:
            message = TOP_UP_PLACE_MESSAGE
        elif phase.kind is PhaseKind.HOLD_FULL and previous not in (PhaseKind.INHALE, PhaseKind.TOP_UP):
            message = HOLD_PLACE_MESSAGE
        elif phase.kind is PhaseKind.HOLD_EMPTY and previous is not PhaseKind.EXHALE:
            message = REST_PLACE_MESSAGE
        elif position == len(kept) - 1 and phase.kind not in (PhaseKind.EXHALE, PhaseKind.HOLD_EMPTY) and has_exhale:
            message = END_MESSAGE
        if message is not None:
            problems.append(PatternProblem(PatternProblemField.PHASE, message, index))

    if not has_inhale:
        problems.append(PatternProblem(PatternProblemField.PATTERN, NO_INHALE_MESSAGE))
    if not has_exhale:
        problems.append(PatternProblem(PatternProblemField.PATTERN, NO_EXHALE_MESSAGE))
    if len(kept) > MAX_PHASES:
        problems.append(
            PatternProblem(PatternProblemField.PATTERN, TOO_MANY_STEPS_MESSAGE, values=(("maximum", str(MAX_PHASES)),))
        )
    if values_ok:
        cycle = sum(_half_steps(float(phase.seconds)) or 0 for _, phase in kept) / 2
        if cycle > CYCLE_MAX_SECONDS:
            problems.append(
                PatternProblem(
                    PatternProblemField.PATTERN,
                    CYCLE_TOO_LONG_MESSAGE,
                    values=(
                        ("seconds", format_seconds(cycle)),
                        ("maximum", format_seconds(CYCLE_MAX_SECONDS)),
                    ),
                )
            )
    return problems


def clean_name(name: str) -> str:
    """The name as it is kept: without spaces or line breaks at either end."""
    return name.strip()


def preset_named(name: str, shown_names: Iterable[str] = ()) -> str | None:
    """The preset name that ``name`` would be mistaken for (``look_alike_key``), if any: Walls' own names,
    and the names as the user sees them in their language (``shown_names``)."""
    wanted = look_alike_key(name)
    for preset in (*(p.name for p in PRESETS), *shown_names):
        if look_alike_key(preset) == wanted:
            return preset
    return None


_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹘﹣－"), "-")


def look_alike_key(name: str) -> str:
    """What two names that look the same have in common: one form of each character (NFKC), one kind of
    dash, single spaces, no case. "Box  breathing" and "4–7–8" are the presets' names over again."""
    folded = unicodedata.normalize("NFKC", name).translate(_DASHES).casefold()
    return " ".join(folded.split())


def validate_pattern(name: str, phases: Sequence[Phase]) -> list[PatternProblem]:
    """Every problem with a custom pattern (name first, then steps). An empty list means it can be kept."""
    problems: list[PatternProblem] = []
    cleaned = clean_name(name) if isinstance(name, str) else ""
    if not cleaned:
        problems.append(PatternProblem(PatternProblemField.NAME, NAME_BLANK_MESSAGE))
    elif has_lone_surrogate(cleaned):
        problems.append(PatternProblem(PatternProblemField.NAME, UNSTORABLE_MESSAGE))
    elif len(cleaned) > NAME_MAX:
        problems.append(
            PatternProblem(PatternProblemField.NAME, NAME_TOO_LONG_MESSAGE, values=(("maximum", str(NAME_MAX)),))
        )
    elif (preset := preset_named(cleaned)) is not None:
        problems.append(PatternProblem(PatternProblemField.NAME, PRESET_NAME_MESSAGE, values=(("name", preset),)))
    problems.extend(validate_phases(phases))
    return problems


def clean_phases(phases: Sequence[Phase]) -> tuple[Phase, ...]:
    """Valid steps as they are kept: zero-second holds left out, seconds snapped to exact half seconds.

    Call only on steps that :func:`validate_phases` accepts.
    """
    cleaned = []
    for phase in phases:
        steps = _half_steps(float(phase.seconds))
        if steps is None:
            raise ValueError(f"not a multiple of {SECONDS_STEP} s: {phase.seconds!r}")
        if steps == 0 and phase.kind.is_hold:
            continue
        cleaned.append(Phase(phase.kind, steps / 2))
    return tuple(cleaned)


def build_pattern(name: str, phases: Sequence[Phase], description: str = "", id: int | None = None) -> BreathPattern:
    """A custom pattern ready to keep, or :class:`PatternError` listing every problem."""
    problems = validate_pattern(name, phases)
    if problems:
        raise PatternError(problems)
    return BreathPattern(name=clean_name(name), phases=clean_phases(phases), description=description, id=id)


# --- Phases as JSON ----------------------------------------------------------------------------------------


class DamagedPhasesError(ValueError):
    """Stored phases that are not a valid cycle of steps (damaged file, edited by hand, or a bug)."""


def phases_to_json(phases: Sequence[Phase]) -> list[list[str | float]]:
    """Phases as a JSON-safe list: ``[["inhale", 4.0], ["exhale", 6.0]]``."""
    return [[phase.kind.value, float(phase.seconds)] for phase in phases]


def phases_from_json(data: object) -> tuple[Phase, ...]:
    """Phases from :func:`phases_to_json`'s form, strictly: anything else raises :class:`DamagedPhasesError`.

    Each item must be a two-item list of a known kind and a real number (not a bool, not a string); the whole
    must then pass :func:`validate_phases`. The result is cleaned (see :func:`clean_phases`).
    """
    if not isinstance(data, list | tuple):
        raise DamagedPhasesError(f"phases must be a list, not {type(data).__name__}")
    phases = []
    for position, item in enumerate(data):
        if not isinstance(item, list | tuple) or len(item) != 2:
            raise DamagedPhasesError(f"step {position} must be a [kind, seconds] pair: {item!r:.80}")
        kind_value, seconds_value = item
        if not isinstance(kind_value, str):
            raise DamagedPhasesError(f"step {position} has a kind that is not text: {kind_value!r:.80}")
        try:
            kind = PhaseKind(kind_value)
        except ValueError:
            raise DamagedPhasesError(f"step {position} has an unknown kind: {kind_value!r:.80}") from None
        seconds = _number(seconds_value)
        if seconds is None or not math.isfinite(seconds):
            raise DamagedPhasesError(f"step {position} has seconds that are not a number: {seconds_value!r:.80}")
        phases.append(Phase(kind, seconds))
    problems = validate_phases(phases)
    if problems:
        raise DamagedPhasesError("; ".join(p.text() for p in problems))
    return clean_phases(phases)
