"""Loading translations for the system language: Qt's own (standard buttons) and Walls' (if one exists).

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
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("walls", str(TRANSLATIONS_DIR)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(name)
    return installed
