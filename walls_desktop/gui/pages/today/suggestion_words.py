"""What Today's suggestion says, why, and what its button starts."""

from __future__ import annotations

from walls_desktop.core.suggest import CRISIS_FROM, HIGH_FROM, Practice, Suggestion, Why
from walls_desktop.gui.common.text import breakable, tr_core
from walls_desktop.gui.pages.today.review_words import one_decimal as _one
from walls_desktop.gui.pages.today.review_words import tr_today as _tr


def suggestion_text(suggestion: Suggestion) -> str:
    practice = suggestion.practice
    if practice is Practice.LADDER and suggestion.step is not None:
        return _tr("If you feel up to it, this could be a moment for the next step on your ladder: “{step}”.").format(
            step=breakable(suggestion.step.action)
        )
    if practice is Practice.BREATHE and suggestion.pattern_name:
        return _tr("A few minutes of “{pattern}” could help now.").format(pattern=tr_core(suggestion.pattern_name))
    return {
        Practice.BREATHE: _tr("A few minutes of slow breathing could help now."),
        Practice.GROUNDING: _tr("A few minutes of grounding through your senses could help now."),
        Practice.COMPASSION: _tr("A short, kind pause for yourself could help now."),
        Practice.REFRAME: _tr("When the inner critic is loud, it can help to answer it in writing, gently."),
        Practice.LADDER: _tr("A small step on your ladder could fit now."),
    }[practice]


def start_text(practice: Practice) -> str:
    return {
        Practice.BREATHE: _tr("Breathe &now"),
        Practice.GROUNDING: _tr("Begin grounding &now"),
        Practice.COMPASSION: _tr("Pause &now"),
        Practice.REFRAME: _tr("Answer it kindly &now"),
        Practice.LADDER: _tr("Try it &now…"),
    }[practice]


def reason_text(suggestion: Suggestion, anxiety: int) -> str:
    why = suggestion.why
    if anxiety >= CRISIS_FROM and why is not Why.EASED_YOU:
        return _tr("When anxiety is this high, slowing down comes first. Nothing else needs doing now.")
    if why is Why.EASED_YOU:
        return _tr(
            "Chosen from your own ratings: afterwards, anxiety was {drop} points lower on average, over {n} sessions."
        ).format(drop=_one(suggestion.avg_drop or 0), n=suggestion.sessions)
    if why is Why.STEADY:
        return _tr("Offered because you rated your anxiety low just now. It is only an offer: any practice is fine.")
    if why is Why.CRITIC:
        return _tr("Chosen because you said a harsh inner voice is loud right now.")
    if anxiety >= HIGH_FROM:
        return _tr(
            "Slow breathing is a good first choice when anxiety runs high. Rate your practices before and after, "
            "and Walls will suggest what eases you most."
        )
    return _tr(
        "A plain first choice. Rate your practices before and after, and Walls will suggest what eases you most."
    )


def crisis_text() -> str:
    return _tr("If this feels like too much to carry alone, you can reach someone now: the crisis lines are here (F1).")
