"""tests/screens.py keeps working: every page, state and dialog renders (here at the minimum size only)."""

from __future__ import annotations

from pathlib import Path

from tests.screen_states import STATES
from tests.screens import SIZES, render


def test_every_screen_renders(qapp, tmp_path: Path) -> None:
    count = render(tmp_path, {"min": SIZES["min"]})
    files = sorted(tmp_path.glob("*.png"))
    assert count == len(files) > 40
    assert all(path.stat().st_size > 2000 for path in files)  # a picture, not an empty grab
    for key in STATES:
        assert any(f"-{key}-" in path.name for path in files), key
