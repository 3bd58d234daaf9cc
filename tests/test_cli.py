"""The command line as a user types it: --version, --help, --data-dir and the environment variable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walls_desktop import __version__
from walls_desktop.store.paths import DB_FILENAME, ENV_VAR, resolve_data_dir


def run_walls(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "walls_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_version() -> None:
    result = run_walls("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Walls {__version__}"


def test_help_names_the_data_dir_option_and_its_variable() -> None:
    result = run_walls("--help")
    assert result.returncode == 0
    assert "--data-dir PATH" in result.stdout and ENV_VAR in result.stdout


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {ENV_VAR: str(tmp_path / "from-env")}
    assert resolve_data_dir(str(tmp_path / "from-cli"), env) == tmp_path / "from-cli"
    assert resolve_data_dir(None, env) == tmp_path / "from-env"
    assert resolve_data_dir(None, {}).name == "Walls"


def start_and_stop(args: list[str], env: dict[str, str], db_file: Path) -> subprocess.CompletedProcess:
    """Start the real app, wait until it has created its data file, then ask it to quit like a desktop would."""
    app = subprocess.Popen(
        [sys.executable, "-m", "walls_desktop", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not db_file.exists() and app.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # polling another process, not waiting on our own widgets
    time.sleep(0.5)  # let the window reach the event loop before the signal
    app.send_signal(signal.SIGTERM)
    out, err = app.communicate(timeout=30)
    return subprocess.CompletedProcess(app.args, app.returncode, out, err)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX way to ask an app to quit")
def test_data_dir_option_and_environment_variable_are_honoured(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop(ENV_VAR, None)
    by_option = tmp_path / "by-option"
    result = start_and_stop(["--data-dir", str(by_option)], env, by_option / DB_FILENAME)
    assert result.returncode == 0, result.stderr
    assert (by_option / DB_FILENAME).exists()

    by_env = tmp_path / "by-env"
    result = start_and_stop([], dict(env, **{ENV_VAR: str(by_env)}), by_env / DB_FILENAME)
    assert result.returncode == 0, result.stderr
    assert (by_env / DB_FILENAME).exists()


def test_asyncio_joins_the_running_app_only_when_first_wanted(tmp_path: Path) -> None:
    """Start-up does not load asyncio; the first async work attaches qasync to Qt's running loop, runs on the
    executor, and the app still quits cleanly (the loop is closed on the way out)."""
    script = """
import sys
import walls_desktop.app as app

create_application = app._create_application

def create_and_drive(argv):
    qt_app = create_application(argv)
    from PySide6.QtCore import QTimer

    def later():
        print("at start:", [name for name in ("asyncio", "qasync") if name in sys.modules], flush=True)
        from walls_desktop.gui.common.async_loop import running_loop

        loop = running_loop()
        assert running_loop() is loop

        async def work():
            return await loop.run_in_executor(None, sum, [1, 2])

        task = loop.create_task(work())
        task.add_done_callback(lambda done: (print("result:", done.result(), flush=True), qt_app.quit()))

    QTimer.singleShot(0, later)
    return qt_app

app._create_application = create_and_drive
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["at start: []", "result: 3"], result.stdout


def test_the_application_starts_in_fusion_whatever_the_environment_asks() -> None:
    """Fusion comes from QApplication's arguments (so apply_theme need not call style() at start-up), and those
    win over a style asked for in the environment."""
    script = """
import walls_desktop.app as app

qt_app = app._create_application([])
print(qt_app.style().name(), qt_app.arguments()[1:])
"""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_STYLE_OVERRIDE="windows",
        PYTHONPATH=str(Path(__file__).resolve().parents[1]),
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "fusion []"
