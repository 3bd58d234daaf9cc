"""Write Walls' own sound cues: short, soft sine tones for breathing in, holding and breathing out.

    python resources/make_sounds.py     (re)writes resources/sounds/*.wav, then run ui/compile.py

Each cue is 16-bit mono at 22.05 kHz, well under 50 KB. A tone glides gently (up for breathing in, down for
breathing out, level for a hold) and fades in and out along a raised cosine, so it never clicks. A quiet
octave overtone softens the bare sine. The output is deterministic: the same script writes the same bytes.
"""

from __future__ import annotations

import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 22_050
PEAK = 0.28  # of full scale: a cue should sit under the user's attention, not grab it
OVERTONE = 0.18  # share of the octave above
FADE_SECONDS = 0.12
OUT_DIR = Path(__file__).resolve().parent / "sounds"


@dataclass(frozen=True)
class Cue:
    name: str
    start_hz: float
    end_hz: float
    seconds: float


CUES = (
    Cue("inhale", 392.0, 523.25, 0.7),  # G4 gliding up to C5
    Cue("hold", 440.0, 440.0, 0.45),  # a level A4, shorter: a hold is a pause, not a move
    Cue("exhale", 392.0, 293.66, 0.9),  # G4 gliding down to D4, longer like the out-breath
)


def envelope(index: int, count: int) -> float:
    """Raised-cosine fade in and out; 1 in between."""
    fade = int(FADE_SECONDS * SAMPLE_RATE)
    position = min(index, count - 1 - index)
    return 1.0 if position >= fade else (1 - math.cos(math.pi * position / fade)) / 2


def samples(cue: Cue) -> list[int]:
    count = int(cue.seconds * SAMPLE_RATE)
    phase = 0.0
    result = []
    for index in range(count):
        # A glide that eases at both ends; the phase is integrated so the pitch moves without jumps.
        progress = (1 - math.cos(math.pi * index / count)) / 2
        frequency = cue.start_hz + (cue.end_hz - cue.start_hz) * progress
        phase += 2 * math.pi * frequency / SAMPLE_RATE
        value = (math.sin(phase) + OVERTONE * math.sin(2 * phase)) / (1 + OVERTONE)
        result.append(round(32767 * PEAK * envelope(index, count) * value))
    return result


def write(cue: Cue, folder: Path) -> Path:
    path = folder / f"{cue.name}.wav"
    data = samples(cue)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(struct.pack(f"<{len(data)}h", *data))
    return path


def main() -> int:
    OUT_DIR.mkdir(exist_ok=True)
    for cue in CUES:
        path = write(cue, OUT_DIR)
        print(f"wrote {path.name}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
