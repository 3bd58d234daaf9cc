"""Render every page and dialog, filled with sample data, in light and dark, to PNG files, at the window's
minimum size, at its default first size and large.

    python tests/screens.py OUTDIR [--sizes min,default,large]

Extra states of a page come from ``tests/screen_states.py``: (name, action) pairs; each action puts the page
into that state (a dialog it returns, if any, is captured instead of the window).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.sample_data import seed
from tests.screen_states import states_of
from walls_desktop.core.summary import SummaryChoice
from walls_desktop.gui.common.feedback import ask, report_save_failure
from walls_desktop.gui.common.theme import ThemeMode
from walls_desktop.gui.dialogs import AboutDialog, CrisisDialog, WelcomeDialog
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.registry import PAGE_KEYS
from walls_desktop.gui.startup.open_store import open_store
from walls_desktop.gui.startup.store_error_dialog import StoreErrorDialog
from walls_desktop.gui.summary.dialog import SummaryDialog
from walls_desktop.gui.summary.maker import SummaryMaker
from walls_desktop.store.errors import StoreError, StoreErrorKind

Screen = tuple[str, QWidget]

# The window's own minimum and first size (ui/main_window.ui), and a large screen.
SIZES = {"min": (760, 540), "default": (1120, 760), "large": (1920, 1080)}


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def discard(widget: QWidget) -> None:
    """Close and delete now: a window left for Python's cycle collector is freed at a random moment, perhaps
    while Qt is walking every widget."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def screens(ctx, sizes: dict[str, tuple[int, int]], themes=(ThemeMode.LIGHT, ThemeMode.DARK)) -> Iterator[Screen]:
    """Every page, state and dialog, shown and laid out: (file name, the widget to look at). The widget stays
    shown until the next one is asked for."""
    app = QApplication.instance() or QApplication(["walls-screens"])
    for theme in themes:
        for size_name, size in sizes.items():
            window = MainWindow(ctx)
            window.set_theme(theme)
            window.resize(*size)
            window.show()
            prefix = f"{theme.value}-{size_name}"
            for index, key in enumerate(PAGE_KEYS):
                page = window.show_page(key)
                settle(app)
                yield f"{prefix}-{index:02d}-{key}", window
                for name, action in states_of(key, page):
                    shown = action()
                    target = shown if isinstance(shown, QWidget) else window
                    settle(app)
                    yield f"{prefix}-{index:02d}-{key}-{name}", target
                    if shown is not None and shown is not window:
                        discard(shown)
            discard(window)
        window = MainWindow(ctx)
        window.set_theme(theme)
        dialogs = dialog_makers(ctx, window)
        for name, make in dialogs.items():
            dialog = make()
            dialog.show()
            settle(app)
            yield f"{theme.value}-dialog-{name}", dialog
            discard(dialog)
        discard(window)


def dialog_makers(ctx, window: QWidget) -> dict[str, Callable[[], QWidget]]:
    """The dialogs not reached through a page: name -> a function that builds it over ``window``."""
    makers: dict[str, Callable[[], QWidget]] = {
        "welcome": lambda: WelcomeDialog(str(ctx.db_path), window),
        "about": lambda: AboutDialog(str(ctx.data_dir), window),
        "crisis": lambda: CrisisDialog(ctx.settings, window),
        "summary": lambda: SummaryDialog(ctx, window),
        "summary-preview": lambda: summary_preview(ctx, window),
    }
    for kind in StoreErrorKind:
        error = StoreError(kind, ctx.db_path, "sample")
        makers[f"store-error-{kind.name.lower()}"] = lambda error=error: StoreErrorDialog(error, window)
    full = StoreError(StoreErrorKind.DISK_FULL, ctx.db_path, "sample")
    makers["message-not-saved"] = lambda: report_save_failure(window, full)
    makers["message-question"] = lambda: ask(
        window,
        "Delete this moment?",
        "It goes from the chart and the list. This cannot be undone.",
        "&Delete",
        "&Keep it",
        lambda: None,
        "sampleQuestion",
    )
    return makers


def summary_preview(ctx, window: QWidget) -> QWidget:
    """The summary dialog showing the pages of a summary with every part ticked."""
    from datetime import date

    from walls_desktop.core.summary import SummaryPart, default_range

    dialog = SummaryDialog(ctx, window)
    first, last = default_range(date.today())
    choice = SummaryChoice(first, last, frozenset(SummaryPart), note="Could we talk about the holidays?")
    dialog._on_made(SummaryMaker(ctx.db_path, choice, date.today()).make_now())
    return dialog


def render(out: Path, sizes: dict[str, tuple[int, int]] = SIZES) -> int:
    count = 0
    with tempfile.TemporaryDirectory(prefix="walls-screens-") as folder:
        ctx = open_store(Path(folder), ask=lambda error: sys.exit(f"store did not open: {error}"))
        seed(ctx)
        for name, widget in screens(ctx, sizes):
            if not widget.grab().save(str(out / f"{name}.png")):
                raise SystemExit(f"could not write {out / name}.png")
            count += 1
        ctx.close()
    return count


def main() -> int:
    args = sys.argv[1:]
    sizes = SIZES
    if len(args) == 3 and args[1] == "--sizes":
        sizes = {name: SIZES[name] for name in args[2].split(",") if name in SIZES}
        args = args[:1]
    if len(args) != 1 or not sizes:
        print(__doc__)
        return 2
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    count = render(out, sizes)
    print(f"wrote {count} screenshots to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
