"""How Ladder writes a step, a try and the figures of prediction against outcome."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from walls_desktop.core.ladder import LadderStep, LadderTry, ladder_summary, progress, progress_texts, summary_text
from walls_desktop.gui.common.dates import local_date
from walls_desktop.gui.common.text import breakable, tr_core


def _tr(text: str) -> str:
    return QCoreApplication.translate("Ladder", text)


def who(step: LadderStep) -> str:
    return _tr("with anyone") if not step.person else _tr("with {name}").format(name=breakable(step.person))


def step_row(step: LadderStep, tries: int, waiting: bool = False) -> str:
    """Two lines for the ladder's list: the step, then who with, the expected anxiety and how often tried
    (``waiting``: a prediction is kept, and the try is still to be told)."""
    tried = _tr("not tried yet") if tries == 0 else (_tr("tried once") if tries == 1 else _tr("tried {n} times"))
    details = [who(step), _tr("expected anxiety {n} of 10").format(n=step.expected_anxiety), tried.format(n=tries)]
    if waiting:
        details.append(_tr("prediction written, waiting for the try"))
    if step.climbed:
        details.insert(0, _tr("comfortable now"))
    if step.archived:
        details.insert(0, _tr("archived"))
    mark = "✓ " if step.climbed else ""
    return f"{mark}{breakable(step.action)}\n{' · '.join(details)}"


def prediction_text(step: LadderStep) -> str:
    return _tr("You feared: “{feared}” It felt {likelihood}% likely.").format(
        feared=step.feared.strip(), likelihood=step.likelihood
    )


def try_row(attempt: LadderTry) -> str:
    return _tr("{date} — {outcome} · felt {peak} of 10 (expected {expected}) · likely {before}% → {after}%").format(
        date=local_date(attempt.tried_at),
        outcome=tr_core(attempt.outcome.label),
        peak=attempt.peak_anxiety,
        expected=attempt.expected_anxiety,
        before=attempt.likelihood_before,
        after=attempt.likelihood_after,
    )


def progress_words(tries: Sequence[LadderTry]) -> str:
    """Prediction against outcome in words: how often the fear came true, and how its likelihood moved."""
    return " ".join(tr_core(text, **values) for text, values in progress_texts(progress(tries)))


def summary_words(tries_by_step: Sequence[Sequence[LadderTry]]) -> str:
    """Across the ladder, each step on its own: "" before any try."""
    found = summary_text(ladder_summary(tries_by_step))
    return "" if found is None else tr_core(found[0], **found[1])
