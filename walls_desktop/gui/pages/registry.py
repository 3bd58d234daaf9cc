"""The pages of the main window, in sidebar order. Each practice has a folder (``pages/<key>/``) whose
``page.py`` holds its view, a ``pages.page.Page``.

A page is built the first time it is shown, so start-up pays only for the first page (the chart and its
numpy/pyqtgraph imports load when Moments is first opened). A spec without a builder is a page that is not
built yet: it shows a kind placeholder made from its title and purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from walls_desktop.gui.context import AppContext

if TYPE_CHECKING:
    from walls_desktop.gui.pages.page import Page


@dataclass(frozen=True, slots=True)
class PageSpec:
    key: str
    title: str  # untranslated, context "Pages"
    purpose: str  # one line, untranslated, context "Pages"
    build: Callable[[AppContext], Page] | None = None

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    @property
    def translated_purpose(self) -> str:
        return QCoreApplication.translate("Pages", self.purpose)

    def create(self, ctx: AppContext) -> Page:
        if self.build is not None:
            return self.build(ctx)
        from walls_desktop.gui.pages.placeholder import PlaceholderPage

        return PlaceholderPage(ctx, self.translated_title, self.translated_purpose)


def _today(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.today.page import TodayPage

    return TodayPage(ctx)


def _breathe(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.breathe.page import BreathePage

    return BreathePage(ctx)


def _settle(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.settle.page import SettlePage

    return SettlePage(ctx)


def _reframe(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.reframe.page import ReframePage

    return ReframePage(ctx)


def _moments(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.moments.page import MomentsPage  # brings numpy and pyqtgraph, so only when shown

    return MomentsPage(ctx)


def _ladder(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.ladder.page import LadderPage

    return LadderPage(ctx)


def _reflect(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.reflect.page import ReflectPage

    return ReflectPage(ctx)


def _support(ctx: AppContext) -> Page:
    from walls_desktop.gui.pages.support.page import SupportPage

    return SupportPage(ctx)


PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec(
        "today",
        QT_TRANSLATE_NOOP("Pages", "Today"),
        QT_TRANSLATE_NOOP("Pages", "A calm place to start."),
        _today,
    ),
    PageSpec(
        "breathe",
        QT_TRANSLATE_NOOP("Pages", "Breathe"),
        QT_TRANSLATE_NOOP(
            "Pages", "Slow, guided breathing to settle the body’s alarm when closeness feels like too much."
        ),
        _breathe,
    ),
    PageSpec(
        "settle",
        QT_TRANSLATE_NOOP("Pages", "Settle"),
        QT_TRANSLATE_NOOP("Pages", "Come back to your senses, or pause with kindness, when the alarm is loud."),
        _settle,
    ),
    PageSpec(
        "reframe",
        QT_TRANSLATE_NOOP("Pages", "Reframe"),
        QT_TRANSLATE_NOOP("Pages", "Meet the inner critic’s words with a kinder, more realistic voice."),
        _reframe,
    ),
    PageSpec(
        "moments",
        QT_TRANSLATE_NOOP("Pages", "Moments"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Keep track of moments of closeness and how anxious they made you feel, and see what changes.",
        ),
        _moments,
    ),
    PageSpec(
        "ladder",
        QT_TRANSLATE_NOOP("Pages", "Ladder"),
        QT_TRANSLATE_NOOP("Pages", "Small, steady steps towards closeness, each one a little braver than the last."),
        _ladder,
    ),
    PageSpec(
        "reflect",
        QT_TRANSLATE_NOOP("Pages", "Reflect"),
        QT_TRANSLATE_NOOP("Pages", "A gentle look at how you tend to respond when someone comes close."),
        _reflect,
    ),
    PageSpec(
        "support",
        QT_TRANSLATE_NOOP("Pages", "Support"),
        QT_TRANSLATE_NOOP("Pages", "Crisis lines and where to find professional help."),
        _support,
    ),
)

PAGE_KEYS: tuple[str, ...] = tuple(spec.key for spec in PAGE_SPECS)
