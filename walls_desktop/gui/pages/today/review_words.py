"""The kind look back at this week against last. Only what was done is counted: a week with nothing in it gets a
gentle sentence, never a zero."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from walls_desktop.gui.common.text import tr_core

if TYPE_CHECKING:
    from walls_desktop.core.week_review import WeekFigures


def tr_today(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


def one_decimal(number: float) -> str:
    return QLocale().toString(float(number), "f", 1)


_tr, _one = tr_today, one_decimal


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
    # One moment's anxiety is a whole number: "7", not the "7.0" of an average.
    average = str(round(this.avg_anxiety or 0)) if this.moments == 1 else _one(this.avg_anxiety or 0)
    text = text.format(n=this.moments, average=average)
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
        elif this.avg_ease <= -0.05:
            text += " " + _tr(
                "Where you rated it, anxiety rose a little on average. That happens, and showing up still counts."
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
