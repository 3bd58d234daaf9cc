"""How a reframe reads in a list or a quote: local dates, the change in belief."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from walls_desktop.core.reframe import Reframe
from walls_desktop.core.text import shortened
from walls_desktop.gui.common.dates import local_date


def belief_text(reframe: Reframe) -> str:
    """ "belief 80 → 35" for the critic's words, or "" when either rating is missing."""
    if reframe.belief_before is None or reframe.belief_after is None:
        return ""
    return QCoreApplication.translate("ReframeJournal", "belief {before} → {after}").format(
        before=reframe.belief_before, after=reframe.belief_after
    )


def journal_row(reframe: Reframe) -> str:
    """Two lines: the date and belief change, then the critic's words → the reframe, both shortened."""
    heading = " · ".join(part for part in (local_date(reframe.created_at), belief_text(reframe)) if part)
    words = f"“{shortened(reframe.critic, 70)}” → “{shortened(reframe.reframe, 70)}”"
    return f"{heading}\n{words}"


def belief_summary(reframe: Reframe) -> tuple[str, str]:
    """What the end of the exercise says about belief: in the critic's words, then in the kinder thought."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Exercise", text)

    change = reframe.belief_change
    if change is None:
        critic = ""
    elif change < 0:
        critic = tr("Your belief in the critic's words went down from {before} to {after}.")
    elif change == 0:
        critic = tr("Your belief in the critic's words stayed at {before}. That's all right: answering it is a step.")
    else:
        critic = tr(
            "Your belief in the critic's words went from {before} to {after}. "
            "It was loud today, and you answered it anyway."
        )
    kinder = ""
    if reframe.reframe_belief is not None:
        kinder = tr("You believe your kinder thought {belief} out of 100.").format(belief=reframe.reframe_belief)
    return critic.format(before=reframe.belief_before, after=reframe.belief_after), kinder
