"""Today's words: what a suggestion says and why, and the kind look back at this week against last.

Only what was done is counted. A week with nothing in it gets a gentle sentence, never a zero.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from walls_desktop.core.suggest import HIGH_FROM, Practice, Suggestion, Why
from walls_desktop.core.week_review import WeekFigures
from walls_desktop.gui.common.text import breakable, tr_core


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def _one(number: float) -> str:
    return QLocale().toString(float(number), "f", 1)


# ----- the suggestion ---------------------------------------------------------------------------------------


def suggestion_text(suggestion: Suggestion) -> str:
    practice = suggestion.practice
    if practice is Practice.LADDER and suggestion.step is not None:
        return _tr("You feel fairly steady: a good moment for the next step on your ladder, “{step}”.").format(
            step=breakable(suggestion.step.action)
        )
    if practice is Practice.BREATHE and suggestion.pattern_name:
        return _tr("A few minutes of “{pattern}” could help now.").format(pattern=tr_core(suggestion.pattern_name))
    return {
        Practice.BREATHE: _tr("A few minutes of slow breathing could help now."),
        Practice.GROUNDING: _tr("Coming back to your senses for a few minutes could help now."),
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
    if why is Why.EASED_YOU:
        return _tr(
            "Chosen from your own ratings: afterwards, anxiety was {drop} points lower on average, over {n} sessions."
        ).format(drop=_one(suggestion.avg_drop or 0), n=suggestion.sessions)
    if why is Why.STEADY:
        return _tr("Chosen because you feel fairly calm right now, and steps go best from a steady place.")
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
    return _tr("If this feels like too much to carry alone, the crisis lines are one key away (F1).")


# ----- this week and last -----------------------------------------------------------------------------------


def review_text(this: WeekFigures, last: WeekFigures) -> str:
    """A few sentences about this week, each with last week beside it where last week had the same."""
    if this.is_empty and last.is_empty:
        return _tr("As you practise, a kind look back at your week will gather here.")
    if this.is_empty:
        return _tr("This week is still open. Whatever you come back to, you can take it at your own pace.")
    lines = [
        line
        for line in (
            _moments_line(this, last),
            _signs_line(this),
            _settles_line(this, last),
            _reframes_line(this),
            _tries_line(this),
        )
        if line
    ]
    return "\n\n".join(lines)


def _moments_line(this: WeekFigures, last: WeekFigures) -> str:
    if not this.moments:
        return ""
    if this.moments == 1:
        text = _tr("This week you noted one moment of closeness, with anxiety at {average}.")
    else:
        text = _tr("This week you noted {n} moments of closeness, with anxiety at {average} on average.")
    text = text.format(n=this.moments, average=_one(this.avg_anxiety or 0))
    if last.moments:
        text += " " + _tr("(Last week: {average} on average.)").format(average=_one(last.avg_anxiety or 0))
    return text


def _signs_line(this: WeekFigures) -> str:
    signs = [f"“{tr_core(sign.label)}”" for sign in this.top_signs]
    if len(signs) == 1:
        return _tr("The sign you noticed most: {sign}.").format(sign=signs[0])
    if len(signs) == 2:
        return _tr("The signs you noticed most: {first} and {second}.").format(first=signs[0], second=signs[1])
    return ""


def _settles_line(this: WeekFigures, last: WeekFigures) -> str:
    if not this.settles:
        return ""
    text = (
        _tr("You made time to settle once.")
        if this.settles == 1
        else _tr("You made time to settle {n} times.").format(n=this.settles)
    )
    if this.avg_ease is not None:
        if this.avg_ease >= 0.05:
            text += " " + _tr("Where you rated it, anxiety eased by {ease} points on average.").format(
                ease=_one(this.avg_ease)
            )
        else:
            text += " " + _tr("Where you rated it, anxiety stayed about where it was; showing up still counts.")
        if last.avg_ease is not None and last.avg_ease >= 0.05:
            text += " " + _tr("(Last week: {ease} points.)").format(ease=_one(last.avg_ease))
    return text


def _reframes_line(this: WeekFigures) -> str:
    if not this.reframes:
        return ""
    if this.reframes == 1:
        return _tr("You answered the inner critic kindly once.")
    return _tr("You answered the inner critic kindly {n} times.").format(n=this.reframes)


def _tries_line(this: WeekFigures) -> str:
    if not this.tries:
        return ""
    tried = (
        _tr("You tried a step on your ladder.")
        if this.tries == 1
        else _tr("You tried {n} steps on your ladder.").format(n=this.tries)
    )
    happened, partly = this.fear_came_true, this.fear_partly
    if not happened and not partly:
        outcome = _tr("What you feared did not happen.")
    elif this.tries == 1:
        outcome = _tr("What you feared happened.") if happened else _tr("What you feared happened in part.")
    elif not partly:
        outcome = _tr("What you feared happened in {yes} of them.").format(yes=happened)
    elif not happened:
        outcome = _tr("What you feared happened in part in {partly} of them.").format(partly=partly)
    else:
        outcome = _tr("What you feared happened in {yes} of them, and in part in {partly}.").format(
            yes=happened, partly=partly
        )
    return f"{tried} {outcome}"


def resurface_text(when: str, kinder: str) -> str:
    return _tr("A kinder thought of yours, from {when}:\n“{thought}”").format(when=when, thought=kinder)
