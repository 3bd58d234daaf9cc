"""Compile the Designer files in ui/ and the resources in resources/ into committed Python modules.

    python ui/compile.py          regenerate walls_desktop/gui/forms/ui_*.py and walls_desktop/gui/resources_rc.py
    python ui/compile.py --check  exit 1 (listing the files) when regenerating would change anything

The generated modules are committed so the installed app needs no build step and no QtUiTools at run time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "walls_desktop" / "gui" / "forms"
QRC_FILE = ROOT / "resources" / "resources.qrc"
RESOURCES_MODULE = ROOT / "walls_desktop" / "gui" / "resources_rc.py"


def _tool(name: str) -> str:
    """The pyside6 tool beside the running interpreter (a venv need not be activated)."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def _generate(out_dir: Path) -> dict[Path, Path]:
    """Generate every output into out_dir; map each committed path to its freshly generated twin."""
    outputs: dict[Path, Path] = {}
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{ui_file.stem}.py"
        fresh = out_dir / target.name
        subprocess.run([_tool("pyside6-uic"), "-g", "python", str(ui_file), "-o", str(fresh)], check=True)
        outputs[target] = fresh
    fresh_rc = out_dir / RESOURCES_MODULE.name
    # Format version 1 carries no file timestamps, so a fresh clone regenerates identical bytes.
    subprocess.run(
        [
            _tool("pyside6-rcc"),
            "-g",
            "python",
            "--format-version",
            "1",
            "--no-zstd",
            str(QRC_FILE),
            "-o",
            str(fresh_rc),
        ],
        check=True,
    )
    outputs[RESOURCES_MODULE] = fresh_rc
    return outputs


def _significant(text: str) -> list[str]:
    """The generated code without its comment header, which names the Qt version that wrote it."""
    return [line for line in text.splitlines() if not line.lstrip().startswith("#")]


def stale_files() -> list[Path]:
    """Committed outputs that differ from what the current sources generate, plus orphans."""
    with tempfile.TemporaryDirectory() as tmp:
        outputs = _generate(Path(tmp))
        stale = [
            target
            for target, fresh in outputs.items()
            if not target.exists() or _significant(target.read_text("utf-8")) != _significant(fresh.read_text("utf-8"))
        ]
    orphans = [p for p in FORMS_DIR.glob("ui_*.py") if p not in outputs]
    return stale + orphans


def regenerate() -> None:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for orphan in FORMS_DIR.glob("ui_*.py"):
        orphan.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        for target, fresh in _generate(Path(tmp)).items():
            shutil.copyfile(fresh, target)
    (FORMS_DIR / "__init__.py").write_text('"""Generated from ui/*.ui by ui/compile.py. Do not edit."""\n', "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report files that are out of date")
    if parser.parse_args().check:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    regenerate()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
