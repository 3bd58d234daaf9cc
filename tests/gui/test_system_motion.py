"""Reading the system's "reduce motion" setting where Qt cannot tell: GNOME, KDE, macOS, and nothing at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from walls_desktop.gui.common import system_motion
from walls_desktop.gui.common.system_motion import _run as run_settings_tool  # the real one (conftest replaces it)
from walls_desktop.gui.common.system_motion import (
    linux_prefers_reduced_motion,
    macos_prefers_reduced_motion,
    system_prefers_reduced_motion,
)


def answers(table: dict[str, str | None]):
    """A fake command runner: the answer for a command's program, None (not installed) for any other."""
    asked: list[list[str]] = []

    def run(command: list[str]) -> str | None:
        asked.append(command)
        return table.get(command[0])

    run.asked = asked
    return run


@pytest.mark.parametrize(("gnome", "expected"), [("false", True), ("true", False), (None, False)])
def test_gnome_animations_switched_off_mean_reduced_motion(tmp_path: Path, gnome, expected: bool) -> None:
    run = answers({"gsettings": gnome})
    assert linux_prefers_reduced_motion(run, tmp_path) is expected
    assert run.asked[0] == ["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]


@pytest.mark.parametrize(
    ("kdeglobals", "expected"),
    [
        ("[KDE]\nAnimationDurationFactor=0\n", True),
        ("[KDE]\nAnimationDurationFactor=0.5\n", False),
        ("[General]\nColorScheme=Breeze\n", False),
        ("[KDE]\nAnimationDurationFactor=fast\n", False),  # not a number: no preference
        ("not an ini file at all\x00\n[[", False),
    ],
)
def test_kde_animation_speed_zero_means_reduced_motion(tmp_path: Path, kdeglobals: str, expected: bool) -> None:
    (tmp_path / "kdeglobals").write_text(kdeglobals, encoding="utf-8")
    assert linux_prefers_reduced_motion(answers({}), tmp_path) is expected


def test_an_unreadable_kde_file_means_no_preference(tmp_path: Path) -> None:
    (tmp_path / "kdeglobals").write_bytes(b"[KDE]\nAnimationDurationFactor=\xff\xfe0\n")
    assert linux_prefers_reduced_motion(answers({}), tmp_path) is False


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("0", False), (None, False)])
def test_macos_reduce_motion(value, expected: bool) -> None:
    assert macos_prefers_reduced_motion(answers({"defaults": value})) is expected


def test_qt_knows_best_when_it_can_tell(qapp, monkeypatch) -> None:
    monkeypatch.setattr(system_motion, "_qt_preference", lambda: True)
    monkeypatch.setattr(system_motion, "linux_prefers_reduced_motion", lambda *_: pytest.fail("asked the system"))
    assert system_prefers_reduced_motion() is True


def test_without_qt_the_system_setting_is_read(qapp, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(system_motion, "_qt_preference", lambda: None)
    monkeypatch.setattr(system_motion.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(system_motion, "_run", answers({}))
    (tmp_path / "kdeglobals").write_text("[KDE]\nAnimationDurationFactor=0\n", encoding="utf-8")
    assert system_prefers_reduced_motion() is True


def test_a_settings_tool_is_asked_and_a_missing_or_failing_one_is_no_preference() -> None:
    assert run_settings_tool(["walls-no-such-tool-here", "get"]) is None
    assert run_settings_tool(["python3", "-c", "print(' false ')"]) == "false"
    assert run_settings_tool(["python3", "-c", "raise SystemExit(1)"]) is None
