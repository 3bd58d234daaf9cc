"""Within each screen and dialog every Alt+letter is taken once: two labels with the same mnemonic make Alt+key
jump to one of them and leave the other unreachable (Alt+W then Down once changed the moment's date)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

import pytest

UI_DIR = Path(__file__).resolve().parent.parent / "ui"


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def widget_mnemonics(ui_file: Path) -> dict[str, list[str]]:
    """Mnemonic -> the widgets whose text uses it. Menu actions are left out: a menu bar has its own set."""
    found: dict[str, list[str]] = defaultdict(list)
    for widget in ElementTree.parse(ui_file).getroot().iter("widget"):
        if widget.get("class") in {"QMenu", "QMenuBar"}:
            continue
        for prop in widget.findall("property"):
            if prop.get("name") in {"text", "title"}:
                text = prop.findtext("string") or ""
                letter = mnemonic(text)
                if letter:
                    found[letter].append(widget.get("name"))
    return found


@pytest.mark.parametrize("ui_file", sorted(UI_DIR.glob("*.ui")), ids=lambda p: p.name)
def test_mnemonics_are_unique_within_each_form(ui_file: Path) -> None:
    twice = {letter: names for letter, names in widget_mnemonics(ui_file).items() if len(names) > 1}
    assert not twice, f"{ui_file.name}: {twice}"


def test_the_check_sees_a_clash_and_ignores_literal_ampersands() -> None:
    assert mnemonic("&When") == "w" and mnemonic("Salt && &pepper") == "p" and mnemonic("A && B") is None


PAGE_FORMS = ("breath_page", "moments_page", "reframe_page", "today_page", "support_page", "placeholder_page")


def menu_bar_mnemonics() -> set[str]:
    root = ElementTree.parse(UI_DIR / "main_window.ui").getroot()
    titles = (
        prop.findtext("string") or ""
        for menu in root.iter("widget")
        if menu.get("class") == "QMenu"
        for prop in menu.findall("property")
        if prop.get("name") == "title"
    )
    return {letter for letter in map(mnemonic, titles) if letter}


@pytest.mark.parametrize("page", PAGE_FORMS)
def test_a_page_leaves_the_menu_bars_letters_to_the_menus(page: str) -> None:
    """A page sits under the menu bar: its Alt+V would open the View menu, never reach the page's own control."""
    bar = menu_bar_mnemonics()
    assert bar >= {"f", "v", "h"}
    taken = set(widget_mnemonics(UI_DIR / f"{page}.ui")) & bar
    assert not taken, f"{page}: {taken}"
