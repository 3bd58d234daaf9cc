"""Walls never labels a person with an attachment type: no such word in any string of the app, its forms or its
translations (Reflect shows two continuous dimensions, never a category)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPE_WORDS = re.compile(
    r"\b(secure(ly)?|insecure|preoccupied|avoidant|dismissive|dismissing|fearful|disorgani[sz]ed|"
    r"güvenli|kaçınan|kaygılı bağlanma|saplantılı|korkulu)\b",  # and the Turkish ones, for when Walls ships them
    re.IGNORECASE,
)


def type_words(text: str) -> list[str]:
    return [match.group(0) for match in TYPE_WORDS.finditer(text)]


def python_strings() -> list[tuple[str, str]]:
    found = []
    for path in sorted((ROOT / "walls_desktop").rglob("*.py")):
        if path.name == "resources_rc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return found


def form_and_translation_strings() -> list[tuple[str, str]]:
    found = []
    files = sorted((ROOT / "ui").glob("*.ui")) + sorted((ROOT / "walls_desktop").rglob("*.ts"))
    for path in files:
        for element in ET.parse(path).iter():
            if element.tag in ("string", "source", "translation", "numerusform") and element.text:
                found.append((str(path.relative_to(ROOT)), element.text))
    return found


def test_the_check_finds_a_type_label() -> None:
    assert type_words("You seem Avoidant, or perhaps anxious-preoccupied.") == ["Avoidant", "preoccupied"]
    assert type_words("worry about being left; unease with closeness") == []


def test_no_string_of_the_app_names_a_type() -> None:
    strings = python_strings() + form_and_translation_strings()
    assert len(strings) > 1000  # the scan reads the app, not an empty folder
    offending = [(where, type_words(text)) for where, text in strings if type_words(text)]
    assert offending == []


@pytest.mark.parametrize("module", ["reflection_statements", "reflection_words"])
def test_reflect_words_avoid_the_published_questionnaires_stock_phrases(module: str) -> None:
    """A guard against drifting into ECR-style wording: our statements are concrete scenes, not these phrases."""
    source = (ROOT / "walls_desktop" / "core" / f"{module}.py").read_text(encoding="utf-8").lower()
    for phrase in ("romantic partner", "abandon", "i prefer not to show", "reassurance that i am loved"):
        assert phrase not in source
