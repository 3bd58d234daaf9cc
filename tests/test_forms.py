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


def test_style_roles_are_set_when_each_widget_is_made() -> None:
    """A role marked for translation is set in retranslateUi, after the whole form is built, and a widget
    polished before then (a custom widget can cause that) never shows its role's look. ``notr`` sets it at once."""
    import re

    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("ui").glob("*.ui")):
        text = path.read_text(encoding="utf-8")
        loose = re.findall(r'<property name="role" stdset="0">\s*<string>', text)
        assert loose == [], f'{path.name}: role strings need notr="true"'
