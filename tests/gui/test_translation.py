"""Adding a language needs no code: a walls_<lang>.qm beside the package is picked up for that locale."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from walls_desktop.gui.common import translation
from walls_desktop.gui.pages.registry import PAGE_SPECS

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Pages</name>
<message><source>Today</source><translation>Heute</translation></message>
</context>
</TS>
"""


@pytest.fixture
def remove_translators(qapp):
    """Tests share one QApplication: take the translators they installed away again."""
    yield
    for translator in qapp.findChildren(translation.QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_a_dropped_in_translation_is_used(qapp, tmp_path: Path, monkeypatch, remove_translators) -> None:
    (tmp_path / "walls_de.ts").write_text(TS, "utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(tmp_path / "walls_de.ts")], check=True, capture_output=True)
    monkeypatch.setattr(translation, "TRANSLATIONS_DIR", tmp_path)

    assert PAGE_SPECS[0].translated_title == "Today"
    installed = translation.install_translators(qapp, QLocale("de_DE"))
    assert installed == ["walls", "qtbase"]  # Qt's own German comes with Walls' German
    assert PAGE_SPECS[0].translated_title == "Heute"
    assert QCoreApplication.translate("Pages", "Breathe") == "Breathe"  # untranslated text falls back


def test_no_translation_for_english_is_needed(qapp, remove_translators) -> None:
    assert translation.install_translators(qapp, QLocale("en_GB")) == []


def test_a_language_walls_lacks_leaves_the_whole_window_in_english(qapp, remove_translators) -> None:
    assert translation.install_translators(qapp, QLocale("de_DE")) == []  # Qt has German; Walls not yet
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"  # not "Abbrechen"
