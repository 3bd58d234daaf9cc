"""The committed forms and resources are exactly what ui/compile.py generates from ui/ and resources/."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent


def test_generated_forms_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "compile.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"run `python ui/compile.py` and commit the result:\n{result.stdout}{result.stderr}"


def test_every_promoted_widget_header_imports_its_class() -> None:
    """A promoted widget whose header does not import would fail at run time, not at build time."""
    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        for custom in ElementTree.parse(ui_file).getroot().iter("customwidget"):
            module = importlib.import_module(custom.findtext("header"))
            assert hasattr(module, custom.findtext("class")), f"{ui_file.name}: {custom.findtext('class')}"
