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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget

from tests.sample_data import seed
from tests.screen_states import states_of
from walls_desktop.gui.common.theme import ThemeMode
from walls_desktop.gui.dialogs import AboutDialog, CrisisDialog, WelcomeDialog
from walls_desktop.gui.main_window import MainWindow
from walls_desktop.gui.pages.registry import PAGE_KEYS
from walls_desktop.gui.startup.open_store import open_store
from walls_desktop.gui.startup.store_error_dialog import StoreErrorDialog
from walls_desktop.store.errors import StoreError, StoreErrorKind

# The window's own minimum and first size (ui/main_window.ui), and a large screen.
SIZES = {"min": (760, 540), "default": (1120, 760), "large": (1920, 1080)}


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")


def render(out: Path, sizes: dict[str, tuple[int, int]] = SIZES) -> int:
    app = QApplication.instance() or QApplication(["walls-screens"])
    count = 0
    with tempfile.TemporaryDirectory(prefix="walls-screens-") as folder:
        ctx = open_store(Path(folder), ask=lambda error: sys.exit(f"store did not open: {error}"))
        seed(ctx)
        for theme in (ThemeMode.LIGHT, ThemeMode.DARK):
            for size_name, size in sizes.items():
                window = MainWindow(ctx)
                window.set_theme(theme)
                window.resize(*size)
                window.show()
                prefix = f"{theme.value}-{size_name}"
                for index, key in enumerate(PAGE_KEYS):
                    page = window.show_page(key)
                    save(window, out / f"{prefix}-{index:02d}-{key}.png", app)
                    count += 1
                    for name, action in states_of(key, page):
                        shown = action()
                        target = shown if isinstance(shown, QWidget) else window
                        save(target, out / f"{prefix}-{index:02d}-{key}-{name}.png", app)
                        if shown is not None and shown is not window:
                            shown.close()
                        count += 1
                window.close()
            window = MainWindow(ctx)
            window.set_theme(theme)
            dialogs = {
                "welcome": WelcomeDialog(str(ctx.db_path), window),
                "about": AboutDialog(str(ctx.data_dir), window),
                "crisis": CrisisDialog(window),
            }
            for kind in StoreErrorKind:
                error = StoreError(kind, ctx.db_path, "sample")
                dialogs[f"store-error-{kind.name.lower()}"] = StoreErrorDialog(error, window)
            for name, dialog in dialogs.items():
                dialog.show()
                save(dialog, out / f"{theme.value}-dialog-{name}.png", app)
                dialog.close()
                count += 1
            window.close()
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
