"""The settings registry: every setting declared once, with a valid default and a unique key."""

from __future__ import annotations

import ast
import enum
from pathlib import Path

import pytest

from walls_desktop.core import settings as registry
from walls_desktop.core.settings import ALL_SETTINGS, UPGRADES, InvalidSetting, Rename, Retire, Setting

PACKAGE = Path(registry.__file__).resolve().parents[1]


def test_keys_are_unique_and_every_declared_setting_is_listed() -> None:
    keys = [setting.key for setting in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    declared = [value for value in vars(registry).values() if isinstance(value, Setting)]
    assert set(map(id, declared)) == set(map(id, ALL_SETTINGS))


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
def test_every_default_is_valid(setting: Setting) -> None:
    assert setting.parse(setting.encode(setting.default)) == setting.default


@pytest.mark.parametrize("setting", ALL_SETTINGS, ids=lambda s: s.key)
def test_every_setting_refuses_a_value_of_another_type(setting: Setting) -> None:
    wrong = 3.5 if setting.kind is not float else "text"
    with pytest.raises(InvalidSetting):
        setting.parse(wrong)


def test_choices_and_ranges() -> None:
    volume = registry.BREATHE_VOLUME
    assert volume.parse(0) == 0 and volume.parse(100) == 100
    for bad in (-1, 101, True, "50", None):
        with pytest.raises(InvalidSetting):
            volume.parse(bad)
    assert registry.THEME.parse("dark") is registry.ThemeMode.DARK
    assert registry.THEME.encode(registry.ThemeMode.DARK) == "dark"
    with pytest.raises(InvalidSetting):
        registry.THEME.parse("Dark")
    page = registry.WINDOW_PAGE
    with pytest.raises(InvalidSetting):
        page.parse("")
    with pytest.raises(InvalidSetting):
        page.parse("x" * 41)
    assert registry.WINDOW_GEOMETRY.parse(None) is None  # optional: "not saved yet"
    with pytest.raises(InvalidSetting):
        registry.WELCOME_SEEN.parse(None)
    with pytest.raises(InvalidSetting):
        registry.KIND_SENTENCES.parse(["ok", 1])
    with pytest.raises(InvalidSetting):
        registry.KIND_SENTENCES.parse(["ok", "half \ud800"])


def test_enum_settings_name_their_choices() -> None:
    for setting in ALL_SETTINGS:
        if issubclass(setting.kind, enum.Enum):
            assert setting.default in list(setting.kind)


def test_upgrades_never_bring_back_a_key_in_use() -> None:
    in_use = {setting.key for setting in ALL_SETTINGS}
    for step in UPGRADES:
        if isinstance(step, Retire):
            assert step.key not in in_use
        else:
            assert isinstance(step, Rename) and step.old not in in_use and step.new in in_use


def test_no_setting_is_read_or_written_by_a_loose_string_key() -> None:
    """Calls like ``settings.get("view.theme")`` bypass the registry's checks: none may exist."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"get", "set", "reset"}
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "settings"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not found
