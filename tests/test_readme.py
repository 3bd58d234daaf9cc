"""The README's two set-up commands exist, and CI runs exactly the test command the README gives."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", (ROOT / "README.md").read_text("utf-8"))


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2, commands
    install_and_start, install_and_test = commands
    assert install_and_start.endswith("walls") and "pip install ." in install_and_start
    assert install_and_test.endswith("pytest") and "[test]" in install_and_test


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert readme_commands()[1] in ci_lines


def test_lint_and_format_are_clean() -> None:
    import subprocess
    import sys

    ruff = [sys.executable, "-m", "ruff"]
    check = subprocess.run([*ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = subprocess.run([*ruff, "format", "--check", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_the_readme_sends_developers_only_to_what_the_repository_holds() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "docs/ARCHITECTURE.md" in readme and (ROOT / "docs" / "ARCHITECTURE.md").is_file()
    assert "../" not in readme  # nothing outside a fresh clone


def test_no_hand_written_module_is_over_400_lines() -> None:
    package = ROOT / "walls_desktop"
    generated = {package / "gui" / "resources_rc.py", *(package / "gui" / "forms").glob("*.py")}
    long = {
        str(path.relative_to(ROOT)): lines
        for path in package.rglob("*.py")
        if path not in generated and (lines := len(path.read_text("utf-8").splitlines())) > 400
    }
    assert not long, long
