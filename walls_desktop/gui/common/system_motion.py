"""Whether the person has asked their system for less motion on screen.

Qt reports the preference from 6.12 on. Older Qt cannot tell, so Walls then reads the setting the system keeps
itself: GNOME's "enable-animations", KDE's animation speed, Windows' "Show animations in Windows" and macOS'
"Reduce motion". Anything that cannot be read counts as "no preference" (motion stays on); the Breathe page's
own setting can always turn it off.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from walls_desktop.core.settings import MotionSetting

Run = Callable[[list[str]], str | None]  # runs a command, gives its output (None when it cannot run)
COMMAND_TIMEOUT_S = 1.0


def reduced_motion(setting: MotionSetting) -> bool:
    """What the person chose, or (by default) what their system asks for."""
    if setting is MotionSetting.SYSTEM:
        return system_prefers_reduced_motion()
    return setting is MotionSetting.REDUCE


def system_prefers_reduced_motion() -> bool:
    from_qt = _qt_preference()
    if from_qt is not None:
        return from_qt
    if sys.platform.startswith("win"):
        return windows_prefers_reduced_motion()
    if sys.platform == "darwin":
        return macos_prefers_reduced_motion(_run)
    return linux_prefers_reduced_motion(_run, _config_home())


def _qt_preference() -> bool | None:
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility() if hasattr(hints, "accessibility") else None
    if accessibility is None or not hasattr(accessibility, "motionPreference"):
        return None
    return accessibility.motionPreference() == Qt.MotionPreference.ReducedMotion


def linux_prefers_reduced_motion(run: Run, config_home: Path) -> bool:
    """GNOME (and desktops that share its settings) first, then KDE's animation speed (0 means none)."""
    if run(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]) == "false":
        return True
    kde = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        kde.read(config_home / "kdeglobals", encoding="utf-8")
        factor = kde.getfloat("KDE", "AnimationDurationFactor", fallback=None)
    except (configparser.Error, ValueError, UnicodeDecodeError):
        return False
    return factor == 0


def macos_prefers_reduced_motion(run: Run) -> bool:
    return run(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"


def windows_prefers_reduced_motion() -> bool:
    """'Show animations in Windows' switched off (SPI_GETCLIENTAREAANIMATION)."""
    import ctypes
    from ctypes import wintypes

    enabled = wintypes.BOOL(True)
    spi_getclientareaanimation = 0x1042
    if not ctypes.windll.user32.SystemParametersInfoW(spi_getclientareaanimation, 0, ctypes.byref(enabled), 0):
        return False
    return not enabled.value


def _run(command: list[str]) -> str | None:
    """A settings tool's answer, or None when it is not installed, fails or takes too long."""
    if shutil.which(command[0]) is None:
        return None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
