"""Plain information about the therapies that work with attachment, how to find a therapist, and how Walls can
sit beside therapy. Data, in Walls' own words; the sources are named (no link: Walls stays offline).

Information, not advice: the Support page says that only a professional who knows the person can say what fits.
"""

from __future__ import annotations

from dataclasses import dataclass

from walls_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class Therapy:
    key: str  # an anchor on the page
    short: str  # untranslated, context "core": for the page's contents
    name: str
    works_on: str
    session: str
    suits: str
    length: str
    source: str


@dataclass(frozen=True, slots=True)
class Guide:
    """A titled list: what to search for, what to ask, what a good fit feels like, Walls beside therapy."""

    key: str
    title: str
    points: tuple[str, ...]


THERAPIES: tuple[Therapy, ...] = (
    Therapy(
        "eft",
        QT_TRANSLATE_NOOP("core", "EFT"),
        QT_TRANSLATE_NOOP("core", "Emotionally Focused Therapy (EFT)"),
        QT_TRANSLATE_NOOP(
            "core",
            "The loops two people can get caught in, where one reaches out and the other pulls away, and the "
            "feelings underneath them. The aim is for both to turn towards each other again.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Usually both partners come together. The therapist slows the conversation down, helps each of you "
            "put words to what lies under the anger or the silence, and guides new, gentler ways of reaching "
            "for each other. There are forms for one person and for families too.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Couples who keep landing in the same argument or the same distance. It is not the place to start "
            "while there is violence or fear of a partner: then safety comes first.",
        ),
        QT_TRANSLATE_NOOP("core", "Often between about 8 and 20 weekly sessions."),
        QT_TRANSLATE_NOOP(
            "core",
            "Developed by Sue Johnson and Les Greenberg in the 1980s; training and a directory of therapists: the "
            "International Centre for Excellence in Emotionally Focused Therapy (ICEEFT).",
        ),
    ),
    Therapy(
        "emdr",
        QT_TRANSLATE_NOOP("core", "EMDR"),
        QT_TRANSLATE_NOOP("core", "EMDR (Eye Movement Desensitisation and Reprocessing)"),
        QT_TRANSLATE_NOOP(
            "core",
            "Memories that still feel raw: times when being close led to being hurt, left or shamed. The aim is "
            "that they can be remembered without setting off the same alarm.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "First you learn ways to steady yourself. Then you hold a memory in mind for a short while as the "
            "therapist guides your eyes from side to side, or uses taps or tones, and you notice what comes up. "
            "You do not have to tell every detail.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "People whose fear of closeness is tied to particular painful experiences, including trauma.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "A handful of sessions for a single memory; longer when there are many, or when they go back to childhood.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Developed by Francine Shapiro from 1987; recommended for post-traumatic stress in the World Health "
            "Organization's 2013 guidelines and the UK's NICE guideline NG116 (2018). National EMDR associations "
            "keep lists of accredited therapists.",
        ),
    ),
    Therapy(
        "schema",
        QT_TRANSLATE_NOOP("core", "Schema Therapy"),
        QT_TRANSLATE_NOOP("core", "Schema Therapy"),
        QT_TRANSLATE_NOOP(
            "core",
            "Deep patterns that grew when needs such as safety, acceptance and closeness went unmet early on: "
            "expecting to be left, say, or feeling there is something wrong with you. It also looks at the ways "
            "you learned to cope, such as keeping away or giving in.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Talking with a warm, active therapist, together with imagery about early memories, conversations "
            "between the different sides of yourself (often with two chairs), and practising new ways in the "
            "relationships you have now.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "People whose patterns run through many relationships and have been there for years.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Often one to three years, weekly at first; shorter forms and groups exist.",
        ),
        QT_TRANSLATE_NOOP(
            "core",
            "Developed by Jeffrey Young in the 1990s; training standards and a directory of therapists: the "
            "International Society of Schema Therapy (ISST).",
        ),
    ),
)

FINDING: tuple[Guide, ...] = (
    Guide(
        "search",
        QT_TRANSLATE_NOOP("core", "What to search for"),
        (
            QT_TRANSLATE_NOOP("core", "“Attachment-informed therapist” and the name of your town, or “online”."),
            QT_TRANSLATE_NOOP("core", "The name of a therapy: “EFT therapist”, “EMDR therapist”, “schema therapist”."),
            QT_TRANSLATE_NOOP(
                "core",
                "The directories of the bodies named above, and of your country's professional register for "
                "psychologists and counsellors, where training can be checked.",
            ),
            QT_TRANSLATE_NOOP("core", "Your doctor, who may know who works this way nearby, and what can be paid for."),
        ),
    ),
    Guide(
        "ask",
        QT_TRANSLATE_NOOP("core", "Questions for a first call"),
        (
            QT_TRANSLATE_NOOP("core", "How do you work with fear of closeness, or with patterns in relationships?"),
            QT_TRANSLATE_NOOP("core", "What training do you have in EFT, EMDR or schema therapy?"),
            QT_TRANSLATE_NOOP("core", "What would the first few sessions be like?"),
            QT_TRANSLATE_NOOP("core", "How will we notice together whether it is helping?"),
            QT_TRANSLATE_NOOP("core", "What does it cost, how long is a session, and can we meet online?"),
        ),
    ),
    Guide(
        "fit",
        QT_TRANSLATE_NOOP("core", "What a good fit can feel like"),
        (
            QT_TRANSLATE_NOOP("core", "You feel heard rather than judged, even when you say little."),
            QT_TRANSLATE_NOOP("core", "You can say “that did not sit right with me”, and it is taken well."),
            QT_TRANSLATE_NOOP(
                "core",
                "Unease is allowed. Getting close to a therapist can raise the same walls as any closeness; "
                "saying so is part of the work.",
            ),
            QT_TRANSLATE_NOOP(
                "core", "If it still does not fit after a few sessions, looking for someone else is fine."
            ),
        ),
    ),
    Guide(
        "beside",
        QT_TRANSLATE_NOOP("core", "How Walls can sit beside therapy"),
        (
            QT_TRANSLATE_NOOP(
                "core",
                "Bring what you noticed: the moments you logged, the signs that came up, the reframes you marked "
                "to share.",
            ),
            QT_TRANSLATE_NOOP(
                "core", "Practise between sessions: breathing, grounding, a kind pause, the next step on your ladder."
            ),
            QT_TRANSLATE_NOOP(
                "core",
                "Your therapist leads. Walls is a notebook and a place to practise, not a treatment, and no "
                "substitute for professional care.",
            ),
        ),
    ),
)
