"""Soft sound cues for the practices: one tone as breathing in begins, one for a hold, one for breathing out (the
other practices ring the first at each new prompt).

The tones are Walls' own (``resources/make_sounds.py``), compiled into the resources. QtMultimedia is imported
on first use, not at start-up. Without it (a missing system library such as libpulse) or without an audio
device (QSoundEffect then reports an error status and plays nothing) a session simply runs in silence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QUrl

from walls_desktop.core.breathing import PhaseKind
from walls_desktop.core.settings import BREATHE_VOLUME
from walls_desktop.gui import resources_rc  # noqa: F401 - registers :/walls/sounds/*

CUE_FOR_PHASE = {
    PhaseKind.INHALE: "inhale",
    PhaseKind.TOP_UP: "inhale",
    PhaseKind.HOLD_FULL: "hold",
    PhaseKind.HOLD_EMPTY: "hold",
    PhaseKind.EXHALE: "exhale",
}
CUES = ("inhale", "hold", "exhale")

EffectFactory = Callable[[QObject], Any]  # returns an object with QSoundEffect's interface


def qt_sound_effect(parent: QObject) -> Any:
    """A QSoundEffect; raises ImportError when QtMultimedia (or a library it needs) cannot load."""
    from PySide6.QtMultimedia import QSoundEffect

    return QSoundEffect(parent)


def _linear_volume(percent: int) -> float:
    """A slider position as a playback volume: the ear hears loudness logarithmically."""
    from PySide6.QtMultimedia import QtAudio

    return QtAudio.convertVolume(
        percent / 100, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
    )


class SoundCues(QObject):
    """Plays the cue for a phase. Never raises because sound is missing: ``available`` tells whether any
    sound can play at all."""

    def __init__(self, parent: QObject | None = None, effect_factory: EffectFactory = qt_sound_effect) -> None:
        super().__init__(parent)
        self._factory = effect_factory
        self._effects: dict[str, Any] | None = None  # loaded on first need
        self._available = True
        self._volume = BREATHE_VOLUME.default  # percent
        self._muted = False

    @property
    def available(self) -> bool:
        return self._available

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def volume(self) -> int:
        return self._volume

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)

    def set_volume(self, percent: int) -> None:
        self._volume = max(0, min(100, int(percent)))
        for effect in (self._effects or {}).values():
            self._apply_volume(effect)

    def prepare(self) -> None:
        """Load the cues now (at the start of a session), so the first one is not late."""
        if self._effects is not None or not self._available:
            return
        try:
            effects = {}
            for name in CUES:
                effect = self._factory(self)
                effect.setSource(QUrl(f"qrc:/walls/sounds/{name}.wav"))
                effects[name] = effect
        except (ImportError, OSError, RuntimeError):
            self._available = False
            return
        self._effects = effects
        for effect in effects.values():
            self._apply_volume(effect)

    def play(self, kind: PhaseKind) -> bool:
        """Start the cue for a phase that has just begun; True if it was asked to play."""
        return self.play_cue(CUE_FOR_PHASE[kind])

    def play_cue(self, name: str) -> bool:
        """Start one of ``CUES``; True if it was asked to play."""
        if self._muted or self._volume == 0:
            return False
        self.prepare()
        if self._effects is None:
            return False
        effect = self._effects[name]
        if effect.status() == effect.Status.Error:  # e.g. no audio device: stay silent
            return False
        effect.play()
        return True

    def _apply_volume(self, effect: Any) -> None:
        effect.setVolume(_linear_volume(self._volume))
