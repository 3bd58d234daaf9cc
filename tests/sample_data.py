"""Sample data for screenshots and benchmarks: a few weeks of a plausible user's practice."""

from __future__ import annotations


def seed_moments(ctx, now=None) -> None:
    """Six weeks of closeness moments, anxiety easing a little over time, every kind and sign; rated breath
    sessions (one pattern with enough of them) and a few reframes to mark on the chart."""
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.breathing import PRESETS, BreathSessionRecord
    from walls_desktop.core.moments import ALL_SIGNS, ClosenessKind, Moment, Sign
    from walls_desktop.core.reframe import Reframe

    now = now or datetime.now(UTC)
    kinds = list(ClosenessKind)
    people = ("Sam", "Sam", "Mum", "Alex", "")
    actions = ("went quiet", "changed the subject", "stayed and listened", "said I needed a minute", "")
    wobble = (1, -1, 0, 2, -2, 1, 0, -1)
    days = 42
    for index in range(36):
        when = now - timedelta(days=days - index * days / 36, hours=(index * 5) % 9)
        trend = 7.5 - 3.0 * index / 36
        signs = Sign(0)
        for offset, sign in enumerate(ALL_SIGNS):
            if (index + offset) % 3 == 0:
                signs |= sign
        ctx.moments.add(
            Moment(
                occurred_at=when,
                anxiety=max(0, min(10, round(trend + wobble[index % len(wobble)]))),
                kind=kinds[index % len(kinds)],
                person=people[index % len(people)],
                signs=signs,
                action=actions[index % len(actions)],
                note="It eased once we sat down." if index % 6 == 0 else "",
            )
        )
    box, four_seven_eight = PRESETS[0], PRESETS[1]
    for index, (pattern, before, after) in enumerate(
        [(box, 7, 4), (four_seven_eight, 6, 5), (box, 8, 5), (four_seven_eight, 5, 4), (box, 6, 4),
         (four_seven_eight, 7, 5), (box, 5, 3)]
    ):  # fmt: skip
        ctx.sessions.add(
            BreathSessionRecord(
                started_at=now - timedelta(days=38 - index * 5, hours=2),
                pattern_name=pattern.name,
                phases=pattern.phases,
                planned_seconds=180.0,
                actual_seconds=180.0,
                breaths_done=11,
                completed=True,
                anxiety_before=before,
                anxiety_after=after,
            )
        )
    for index, (critic, kinder) in enumerate(
        [
            ("They will leave once they really know me.", "I do not know that. They have stayed through hard days."),
            ("I always ruin things.", "Sometimes I pull back. I can also come back and talk."),
            ("Needing someone is weak.", "Needing people is part of being a person."),
        ]
    ):
        ctx.reframes.add(Reframe(created_at=now - timedelta(days=33 - index * 12), critic=critic, reframe=kinder))


def seed_reframes(ctx, now=None) -> None:
    """Finished reframes over a month, belief in the critic's words easing, one linked to a logged moment and
    one marked for a therapist; the user's own kind sentence beside Walls' ones."""
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.kind_sentences import DEFAULT_KIND_SENTENCES
    from walls_desktop.core.reframe import Reframe, ThinkingTrap
    from walls_desktop.core.settings import KIND_SENTENCES

    now = now or datetime.now(UTC)
    moments = ctx.moments.list_all()
    entries = [
        (26, "Sam asked me to spend the whole weekend together.", "If I let them see how much I need them, they will "
         "get tired of me and go.", "scared", 85, "I'd tell a friend that needing someone isn't a burden, it's human.",
         "Sam asked because they enjoy my company. I can say yes to one day and see how it feels.", 80, 45, 60,
         {ThinkingTrap.FORTUNE_TELLING, ThinkingTrap.MIND_READING}, False),
        (17, "We talked about moving in and I went quiet.", "I always ruin the good things sooner or later.",
         "trapped", 70, "One quiet evening doesn't ruin anything. You came back to it the next day.",
         "I went quiet, and then I came back. That is repair, not ruin.", 75, 40, 65,
         {ThinkingTrap.OVERGENERALISING, ThinkingTrap.ALL_OR_NOTHING}, True),
        (8, "", "Wanting to be held means I'm weak.", "ashamed", 55, "",
         "Wanting closeness is part of being a person. I can let myself want it.", 60, 30, 70,
         {ThinkingTrap.LABELLING}, False),
        (2, "Alex said 'I love you' first.", "They'll find out who I really am and leave.", "exposed", 90,
         "They already know a lot of you, and they said it anyway.",
         "I don't know the future. Right now they are choosing me, and I can let that in a little.", 85, 55, 50,
         {ThinkingTrap.FORTUNE_TELLING, ThinkingTrap.CLOSENESS_HURTS}, False),
    ]  # fmt: skip
    for days, situation, critic, feeling, intensity, friend, kinder, before, after, belief, traps, share in entries:
        ctx.reframes.add(
            Reframe(
                created_at=now - timedelta(days=days, hours=3),
                critic=critic,
                reframe=kinder,
                situation=situation,
                moment_id=moments[-1].id if moments and not situation else None,
                belief_before=before,
                feeling=feeling,
                feeling_intensity=intensity,
                not_alone="It helps a little to know I'm not the only one." if share else "",
                traps=frozenset(traps),
                friend=friend,
                belief_after=after,
                reframe_belief=belief,
                share_with_therapist=share,
            )
        )
    ctx.settings.set(KIND_SENTENCES, [*DEFAULT_KIND_SENTENCES, "I am allowed to go slowly."])


def seed_breath(ctx, now=None) -> None:
    """A pattern of the user's own and two recent sessions with it, one ended early, one linked to a moment."""
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.breath_patterns import build_pattern
    from walls_desktop.core.breathing import BreathSessionRecord, Phase, PhaseKind

    now = now or datetime.now(UTC)
    pattern = ctx.patterns.add(
        build_pattern(
            "Before a hard talk",
            [Phase(PhaseKind.INHALE, 4), Phase(PhaseKind.HOLD_FULL, 2), Phase(PhaseKind.EXHALE, 7)],
            "Slow and steady, for the minutes before a difficult conversation.",
        )
    )
    moments = ctx.moments.list_all()
    for days, actual, breaths, completed, before, after in ((2, 195.0, 15, True, 7, 4), (1, 52.0, 4, False, 6, 5)):
        ctx.sessions.add(
            BreathSessionRecord(
                started_at=now - timedelta(days=days, hours=1),
                pattern_name=pattern.name,
                phases=pattern.phases,
                planned_seconds=195.0,
                actual_seconds=actual,
                breaths_done=breaths,
                completed=completed,
                anxiety_before=before,
                anxiety_after=after,
                moment_id=moments[-1].id if moments and completed else None,
            )
        )


def sample_answers(worry: float, unease: float) -> dict[str, int]:
    """Answers to every statement whose scores come out at about ``worry`` and ``unease`` (a spread of answers
    that averages out, as a real person's would)."""
    from walls_desktop.core.reflection_statements import STATEMENTS, Dimension

    spread = (0.9, -0.7, 0.2, 1.1, -0.9, 0.4, -0.3, 0.8, -1.2, 0.1)
    answers = {}
    for index, statement in enumerate(STATEMENTS):
        target = worry if statement.dimension is Dimension.WORRY else unease
        value = max(1, min(7, round(target + spread[(index // 2) % len(spread)])))
        answers[statement.key] = 8 - value if statement.reverse else value
    return answers


def seed_reflections(ctx, now=None) -> None:
    """Four reflections about Sam over four months (worry easing), one about close relationships in general and
    one about Mum."""
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.reflection import GENERAL, Reflection

    now = now or datetime.now(UTC)
    for days, focus, worry, unease in (
        (120, "Sam", 5.8, 3.2), (90, "Sam", 5.2, 3.6), (60, GENERAL, 4.6, 4.4), (45, "Sam", 4.6, 3.0),
        (20, "Mum", 3.0, 5.2), (9, "Sam", 3.9, 2.7),
    ):  # fmt: skip
        ctx.reflections.add(Reflection(now - timedelta(days=days), focus, sample_answers(worry, unease)))


def seed_ladder(ctx, now=None) -> None:
    """A ladder of eight steps over six weeks: tries on the lower rungs, the fear coming true less often and
    feeling less likely, the lowest rung climbed, one try linked to a moment."""
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.ladder import LadderStep, LadderTry, Outcome

    now = now or datetime.now(UTC)
    steps = [
        ("Tell Sam about my day in some detail", "Sam", 2, "Sam will be bored and change the subject", 60),
        ("Say “I missed you” when we meet", "Sam", 4, "It will sound needy and Sam will pull back", 70),
        ("Ask for a hug when I want one", "Sam", 5, "Sam will say no, or hug me only out of duty", 50),
        ("Share a worry while it is still small", "", 5, "They will think less of me", 60),
        ("Call Mum just to talk", "Mum", 3, "She will only criticise me", 50),
        ("Stay in the room through a small disagreement", "Sam", 7, "It will turn into a big fight", 60),
        ("Plan a weekend away together", "Sam", 8, "I will feel trapped and ruin it", 70),
        ("Tell Alex how much our friendship means", "Alex", 6, "It will be awkward and they won't answer", 50),
    ]
    stored = [ctx.ladder.add_step(LadderStep(a, e, f, lk, person=p)) for a, p, e, f, lk in steps]
    moments = ctx.moments.list_all()
    tries = {
        0: [(40, 3, Outcome.PARTLY, 60, 45), (30, 3, Outcome.NO, 45, 30), (18, 2, Outcome.NO, 30, 20)],
        1: [(35, 5, Outcome.NO, 70, 50), (20, 4, Outcome.NO, 50, 35), (9, 3, Outcome.NO, 35, 25)],
        2: [(25, 6, Outcome.YES, 50, 55), (12, 5, Outcome.NO, 55, 40), (4, 4, Outcome.NO, 40, 30)],
        4: [(15, 4, Outcome.PARTLY, 50, 45)],
    }
    for index, entries in tries.items():
        step = stored[index]
        for days, peak, outcome, before, after in entries:
            ctx.ladder.add_try(
                LadderTry(
                    step.id, now - timedelta(days=days, hours=2), step.expected_anxiety, step.feared, before, peak,
                    outcome, after,
                    what_happened="They listened and asked more." if outcome is Outcome.NO else "It was a bit flat.",
                    learned="It went better than my fear said." if outcome is Outcome.NO else "",
                    moment_id=moments[-1].id if moments and days == 4 else None,
                )
            )  # fmt: skip
    ctx.ladder.update_step(replace(stored[0], climbed_at=now - timedelta(days=10)))


def seed_settle(ctx, now=None) -> None:
    """A few grounding and kind-pause practices and check-ins over the last weeks, so Today and the chart have
    their own marks and "what eased you most" has enough to go on."""
    from datetime import UTC, datetime, timedelta

    from walls_desktop.core.check_ins import CheckIn
    from walls_desktop.core.practices import COMPASSION, GROUNDING, PracticeKind, PracticeSession

    now = now or datetime.now(UTC)
    for days, kind, before, after in ((3, "grounding", 7, 3), (6, "grounding", 6, 3), (9, "compassion", 6, 4),
                                      (12, "grounding", 8, 5), (15, "compassion", 5, 5)):  # fmt: skip
        kind = PracticeKind(kind)
        steps = len(GROUNDING if kind is PracticeKind.GROUNDING else COMPASSION)
        ctx.practices.add(
            PracticeSession(kind, now - timedelta(days=days, hours=3), 170.0, steps, steps, True, before, after)
        )
    for days, anxiety, happening, person in ((1, 6, "They asked about next summer", "Sam"), (4, 3, "", ""),
                                             (8, 8, "An argument about plans", "Sam")):  # fmt: skip
        ctx.check_ins.add(CheckIn(now - timedelta(days=days, hours=5), anxiety, happening, person))


def seed(ctx) -> None:
    """Fill a fresh store with sample data. Each practice adds its own part here."""
    from walls_desktop.core.settings import WELCOME_SEEN

    ctx.settings.set(WELCOME_SEEN, True)
    seed_moments(ctx)
    seed_reframes(ctx)
    seed_breath(ctx)
    seed_reflections(ctx)
    seed_ladder(ctx)
    seed_settle(ctx)
