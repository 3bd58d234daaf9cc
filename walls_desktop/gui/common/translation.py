"""Loading translations for the system language: Walls' own, and with it Qt's (standard buttons, file dialog).

Qt's are loaded only when Walls has the same language, so that a window is never half in one language and half
in another (and the installed app behaves like the bundle, which ships Qt's files only for Walls' languages).

Every user-facing string already goes through Qt's translation functions, so adding a language means adding a
``walls_<language>.qm`` file to ``walls_desktop/translations`` — no code changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[str]:
    """Install the translators that exist for ``locale`` (default: the system's); return their names."""
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (
        ("walls", str(TRANSLATIONS_DIR)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if not translator.load(locale, name, "_", folder):
            translator.deleteLater()
            break  # no Walls translation: stay in English throughout
        app.installTranslator(translator)
        installed.append(name)
    return installed
