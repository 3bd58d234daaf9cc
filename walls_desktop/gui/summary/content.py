"""What goes into the summary for a therapist: the records of the chosen days, read through a connection of
the worker's own, turned into the document's HTML and the data its charts are drawn from.

Runs off the GUI thread (no widgets here; QLocale and translation are safe in any thread). Only the ticked
parts are read and written; with names hidden, every text the person wrote passes through one NameMask.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from walls_desktop.core.breathing import BreathSessionRecord
from walls_desktop.core.insights import drops_by_key, weekly_sign_counts
from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome
from walls_desktop.core.moments import ALL_SIGNS, Moment
from walls_desktop.core.reflection import Reflection
from walls_desktop.core.reflection_statements import Dimension
from walls_desktop.core.summary import NEUTRAL_NAME, NameMask, SummaryChoice, SummaryPart
from walls_desktop.gui.common.text import tr_core
from walls_desktop.gui.summary.pages import PART_BREAK, RULE
from walls_desktop.store.check_ins import CheckInRepository
from walls_desktop.store.database import Database
from walls_desktop.store.ladder import LadderRepository
from walls_desktop.store.moments import MomentRepository
from walls_desktop.store.practices import PracticeRepository
from walls_desktop.store.reflections import ReflectionRepository
from walls_desktop.store.reframes import ReframeRepository
from walls_desktop.store.sessions import SessionRepository

ANXIETY_CHART = "walls://anxiety-chart"  # the document's names for the pictures drawn on the GUI thread
REFLECTION_PLANE = "walls://reflection-plane"
CHART_LEGEND = "<!--chart-legend-->"  # where the chart's legend goes, once the chart is drawn


@dataclass(slots=True)
class ChartData:
    """What the anxiety chart shows over the range, as plain columns (drawn later on the GUI thread)."""

    start: float
    end: float
    moments: tuple[list[float], list[int], list[str], list[int]] = ([], [], [], [])
    practices: tuple[list[float], list[int], list[int]] = ([], [], [])
    check_ins: tuple[list[float], list[int]] = ([], [])
    tries: tuple[list[float], list[int], list[int], list[int]] = ([], [], [], [])
    reframes: list[float] = field(default_factory=list)  # when each reframe was written


@dataclass(slots=True)
class SummaryContent:
    html: str
    chart: ChartData | None = None  # None: no anxiety chart was ticked
    plane: list[tuple[float, float]] = field(default_factory=list)  # the reflection path; empty: none
    plane_label: str = ""
    range_text: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def gather(db_path: Path, choice: SummaryChoice, zone: tzinfo, made_on: date) -> SummaryContent:
    """Read what ``choice`` asks for and write it out; raises StoreError when the store cannot be read."""
    start, end = choice.bounds(zone)
    with Database.open_read_only(db_path) as db:
        moments = MomentRepository(db).list_between(start, end)
        ladder = LadderRepository(db)
        steps = ladder.steps() + ladder.steps(archived=True)
        tries = ladder.tries_between(start, end)
        sessions = SessionRepository(db).list_between(start, end)
        every_reflection = ReflectionRepository(db).list_all()
        reflections = [r for r in every_reflection if start <= r.taken_at < end]
        # Every name the person has used for someone, anywhere (not only in these days): a name may stand in
        # a reframe or a note of the range while its moments lie outside it.
        names = known_names(MomentRepository(db).people(), CheckInRepository(db).people(), steps, every_reflection)
        mask = NameMask([*names, *choice.more_names], tr_core(NEUTRAL_NAME), active=choice.hide_names)
        writer = _Writer(choice, zone, mask)
        content = SummaryContent(html="", range_text=writer.range_text())
        parts = [writer.opening(made_on)]
        if choice.includes(SummaryPart.CHART):
            practices = PracticeRepository(db).list_between(start, end)
            content.chart = _chart_data(start, end, moments, sessions, practices, tries)
            check_ins = CheckInRepository(db).list_between(start, end)
            content.chart.check_ins = ([c.at.timestamp() for c in check_ins], [c.anxiety for c in check_ins])
            content.chart.reframes = [r.created_at.timestamp() for r in ReframeRepository(db).list_between(start, end)]
            parts.append(writer.chart(moments))
        if choice.includes(SummaryPart.SIGNS):
            parts.append(writer.signs(moments))
        if choice.includes(SummaryPart.BREATHING):
            parts.append(writer.breathing(sessions))
        if choice.includes(SummaryPart.REFRAMES):
            shared = [r for r in ReframeRepository(db).shared_with_therapist() if start <= r.created_at < end]
            parts.append(writer.reframes(shared))
        if choice.includes(SummaryPart.LADDER):
            tried = {t.step_id for t in tries}
            parts.append(writer.ladder([s for s in steps if not s.archived or s.id in tried], tries))
        if choice.includes(SummaryPart.REFLECTION):
            # One path, about one person (or relationships in general): the focus of the newest reflection.
            placed = [r for r in reflections if r.point is not None]
            placed = [r for r in placed if r.focus == placed[-1].focus] if placed else []
            content.plane = [r.point for r in placed]  # type: ignore[misc]
            content.plane_label = writer.day(placed[-1].taken_at) if placed else ""
            parts.append(writer.reflections(reflections, placed[-1].focus if placed else None))
        if choice.includes(SummaryPart.NOTE):
            parts.append(writer.note(choice.note))
    content.html = PART_BREAK.join(parts)
    return content


def known_names(
    moment_people: list[str], check_in_people: list[str], steps: list[LadderStep], reflections: list[Reflection]
) -> list[str]:
    """Every name the person has given for someone: in moments, check-ins, ladder steps and reflections."""
    names = {*moment_people, *check_in_people, *(s.person for s in steps), *(r.focus for r in reflections)}
    return sorted((n for n in names if n.strip()), key=str.casefold)


def _chart_data(start, end, moments: list[Moment], sessions, practices, tries: list[LadderTry]) -> ChartData:
    rated = [s for s in (*sessions, *practices) if s.anxiety_before is not None and s.anxiety_after is not None]
    rated.sort(key=lambda s: s.started_at)
    return ChartData(
        start.timestamp(),
        end.timestamp(),
        moments=(
            [m.occurred_at.timestamp() for m in moments],
            [m.anxiety for m in moments],
            [m.kind.value for m in moments],
            [m.id or 0 for m in moments],
        ),
        practices=(
            [s.started_at.timestamp() for s in rated],
            [s.anxiety_before for s in rated],
            [s.anxiety_after for s in rated],
        ),
        tries=(
            [t.tried_at.timestamp() for t in tries],
            [t.expected_anxiety for t in tries],
            [t.peak_anxiety for t in tries],
            [t.id or 0 for t in tries],
        ),
    )


class _Writer:
    """The HTML of each part, in the person's language, their own words escaped and masked."""

    def __init__(self, choice: SummaryChoice, zone: tzinfo, mask: NameMask) -> None:
        self.choice = choice
        self.zone = zone
        self.mask = mask
        self.locale = QLocale()

    def own(self, text: str) -> str:
        """The person's own words, masked and escaped, line breaks kept."""
        return escape(self.mask(text)).replace("\n", "<br/>")

    def day(self, when: datetime | date, pattern: str = "d MMMM yyyy") -> str:
        """The calendar day (in the summary's zone) in the person's language: "19 October 2026"."""
        if isinstance(when, datetime):
            when = when.astimezone(self.zone).date()
        return self.locale.toString(QDate(when.year, when.month, when.day), pattern)

    def short_day(self, when: datetime | date) -> str:
        """A day in a table's narrow column: "19 Oct 2026" (escaped already)."""
        return escape(self.day(when, "d MMM yyyy"))

    def number(self, value: float, decimals: int = 1) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def range_text(self) -> str:
        return _tr("{first} to {last}").format(
            first=self.day(self.choice.first_day), last=self.day(self.choice.last_day)
        )

    def heading(self, part: SummaryPart) -> str:
        return f"<h2>{escape(tr_core(part.title))}</h2>"

    @staticmethod
    def table(headings: list[str], rows: str) -> str:
        head = "".join(f"<th>{escape(text)}</th>" for text in headings)
        # Qt takes a table's look from its attributes, not from CSS; <thead> repeats on each page it runs onto.
        return (
            "<table width='100%' border='1' cellspacing='0' cellpadding='10'"
            f" style='border-collapse: collapse; border-color: {RULE}; border-style: solid'>"
            f"<thead><tr>{head}</tr></thead>{rows}</table>"
        )

    def nothing(self, part: SummaryPart, text: str) -> str:
        """A part that was ticked but has nothing in these days says so, so its absence is not a puzzle."""
        return f"{self.heading(part)}<p>{escape(text)}</p>"

    def opening(self, made_on: date) -> str:
        words = _tr(
            "These are my own notes from practising alone with Walls, a self-help app. They are not a diagnosis "
            "or an assessment of any kind: they are something to start talking from."
        )
        covers = _tr("They cover {range}, and were put together on {day}.").format(
            range=self.range_text(), day=self.day(made_on)
        )
        hidden = _tr(
            "Other people's names have been replaced by \u201csomeone close\u201d, with a letter for each person."
        )
        lines = [f"<h1>{escape(_tr('A summary of my practice'))}</h1>", f"<p>{escape(words)}</p>"]
        lines.append(f"<p>{escape(covers)}" + (f" {escape(hidden)}" if self.choice.hide_names else "") + "</p>")
        return "".join(lines)

    def chart(self, moments: list[Moment]) -> str:
        if moments:
            average = sum(m.anxiety for m in moments) / len(moments)
            told = (
                _tr("One moment of closeness was logged, with an anxiety of {average} out of 10.")
                if len(moments) == 1
                else _tr("{count} moments of closeness were logged, with an average anxiety of {average} out of 10.")
            )
            sentence = told.format(count=self.locale.toString(len(moments)), average=self.number(average))
        else:
            sentence = _tr("No moments of closeness were logged in these days.")
        explain = _tr(
            "Each dot is a moment, rated at the time from 0 (calm) to 10 (as anxious as it gets). Lines join the "
            "ratings before and after a practice; crosses are quick check-ins; diamonds are ladder tries."
        )
        return (
            f"{self.heading(SummaryPart.CHART)}<p>{escape(sentence)}</p>"
            f"<p><img src='{ANXIETY_CHART}' __size__/></p><p class='small'>{CHART_LEGEND}</p>"
            f"<p class='small'>{escape(explain)}</p>"
        )

    def signs(self, moments: list[Moment]) -> str:
        if not moments:
            return self.nothing(SummaryPart.SIGNS, _tr("No moments were logged, so no signs were noted."))
        weeks = weekly_sign_counts(
            [m.occurred_at.timestamp() for m in moments], [int(m.signs) for m in moments], self.zone
        )
        rows = "".join(
            f"<tr><td class='day'>{self.short_day(monday)}</td>"
            + "".join(f"<td class='n'>{counts[sign] or '·'}</td>" for sign in ALL_SIGNS)
            + "</tr>"
            for monday, counts in weeks
        )
        lead = _tr(
            "The signs are five ways of pulling back from closeness that I noticed in myself when I logged a "
            "moment. The table shows how many moments each week showed each one; a week is named by its Monday."
        )
        return f"{self.heading(SummaryPart.SIGNS)}<p>{escape(lead)}</p>" + self.table(
            [_tr("Week of"), *(tr_core(sign.label) for sign in ALL_SIGNS)], rows
        )

    def breathing(self, sessions: list[BreathSessionRecord]) -> str:
        drops = drops_by_key(((s.pattern_name, s.anxiety_before, s.anxiety_after) for s in sessions), 1)
        if not drops:
            return self.nothing(
                SummaryPart.BREATHING, _tr("No breathing sessions were rated before and after in these days.")
            )
        rows = "".join(
            f"<tr><td>{escape(self.mask(name))}</td><td class='n'>{n}</td>"
            f"<td class='n'>{self.number(float(drop))}</td></tr>"
            for name, (drop, n) in sorted(drops.items(), key=lambda item: (-item[1][0], -item[1][1], item[0]))
        )
        lead = _tr(
            "Anxiety was rated before and after each session; a positive number means calmer afterwards. A pattern "
            "with only a few rated sessions says little yet."
        )
        headings = [_tr("Pattern"), _tr("Rated sessions"), _tr("Average ease")]
        return f"{self.heading(SummaryPart.BREATHING)}<p>{escape(lead)}</p>" + self.table(headings, rows)

    def reframes(self, reframes) -> str:
        if not reframes:
            return self.nothing(SummaryPart.REFRAMES, _tr("No kinder thoughts in these days were marked to share."))
        blocks = []
        for reframe in sorted(reframes, key=lambda r: r.created_at):
            belief = ""
            if reframe.belief_before is not None and reframe.belief_after is not None:
                belief = (
                    "<p class='small'>"
                    + escape(
                        _tr("Belief in the critic's words: {before}% before, {after}% after.").format(
                            before=reframe.belief_before, after=reframe.belief_after
                        )
                    )
                    + "</p>"
                )
            blocks.append(
                f"<h3>{escape(self.day(reframe.created_at))}</h3>"
                f"<p><b>{escape(_tr('The critic said:'))}</b> {self.own(reframe.critic)}</p>"
                f"<p><b>{escape(_tr('A kinder view:'))}</b> {self.own(reframe.reframe)}</p>{belief}"
            )
        return self.heading(SummaryPart.REFRAMES) + "".join(blocks)

    def ladder(self, steps: list[LadderStep], tries: list[LadderTry]) -> str:
        if not steps:
            return self.nothing(SummaryPart.LADDER, _tr("No ladder steps have been written yet."))
        by_step: dict[int, list[LadderTry]] = {}
        for attempt in tries:
            by_step.setdefault(attempt.step_id, []).append(attempt)
        step_rows = "".join(
            f"<tr><td>{self.own(step.action)}</td><td class='n'>{step.expected_anxiety}</td>"
            f"<td>{self.own(step.feared)}</td><td class='n'>{len(by_step.get(step.id or -1, []))}</td></tr>"
            for step in steps
        )
        named = {step.id: step.action for step in steps}
        try_rows = "".join(
            f"<tr><td class='day'>{self.short_day(t.tried_at)}</td><td>{self.own(named.get(t.step_id, ''))}</td>"
            f"<td class='n'>{t.expected_anxiety} → {t.peak_anxiety}</td><td>{escape(tr_core(t.outcome.label))}</td>"
            f"<td>{self.own(t.learned)}</td></tr>"
            for t in sorted(tries, key=lambda t: t.tried_at)
        )
        happened = sum(t.outcome is not Outcome.NO for t in tries)
        if len(tries) == 1:
            summary = (
                _tr("One try in these days; the feared outcome happened, fully or in part.")
                if happened
                else _tr("One try in these days; the feared outcome did not happen.")
            )
        else:
            summary = _tr("{tries} tries in these days; the feared outcome happened, fully or in part, in {happened}.")
        parts = [
            self.heading(SummaryPart.LADDER),
            f"<p>{escape(summary.format(tries=len(tries), happened=happened))}</p>",
            self.table([_tr("Step"), _tr("Expected anxiety"), _tr("What I feared"), _tr("Tries")], step_rows),
        ]
        if tries:
            headings = [
                _tr("Day"),
                _tr("Step"),
                _tr("Anxiety expected → felt"),
                _tr("Did it happen?"),
                _tr("What I learned"),
            ]
            parts.append(f"<h3>{escape(_tr('The tries'))}</h3>" + self.table(headings, try_rows))
        return "".join(parts)

    def reflections(self, reflections: list[Reflection], path_focus: str | None) -> str:
        if not reflections:
            return self.nothing(SummaryPart.REFLECTION, _tr("No reflections were taken in these days."))
        lead = _tr(
            "Each reflection asks how well a set of statements fits, from 1 to 7; the numbers are the averages. "
            "They describe a tendency at that time, not a type, and they can change."
        )
        rows = []
        general = _tr("Close relationships in general")
        for reflection in sorted(reflections, key=lambda r: r.taken_at):
            words = []
            for dimension in (Dimension.WORRY, Dimension.UNEASE):
                mean = reflection.score(dimension).mean
                words.append(self.number(mean) if mean is not None else "—")
            focus = self.own(reflection.focus) if reflection.focus else escape(general)
            cells = "".join(f"<td class='n'>{word}</td>" for word in words)
            rows.append(f"<tr><td class='day'>{self.short_day(reflection.taken_at)}</td><td>{focus}</td>{cells}</tr>")
        plane = ""
        if path_focus is not None:
            about = self.own(path_focus) if path_focus else escape(general)
            plane = (
                f"<p><img src='{REFLECTION_PLANE}' __size__/></p><p class='small'>"
                + escape(_tr("The path joins the reflections about {focus}, oldest to newest.")).format(focus=about)
                + "</p>"
            )
        headings = [_tr("Day"), _tr("About"), tr_core(Dimension.WORRY.axis), tr_core(Dimension.UNEASE.axis)]
        lead_html = f"{self.heading(SummaryPart.REFLECTION)}<p>{escape(lead)}</p>{plane}"
        return lead_html + self.table(headings, "".join(rows))

    def note(self, text: str) -> str:
        return f"{self.heading(SummaryPart.NOTE)}<p>{self.own(text.strip())}</p>"
