"""One Walls per data folder, with real processes: a second launch hands over to the first and ends; after the
first is killed (SIGKILL), the next launch takes the lock over and is the one instance; another folder is
another instance."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from walls_desktop.gui.startup.one_instance import LOCK_NAME, LOG_ENV, server_name

REPO = Path(__file__).resolve().parents[2]


def environment(log: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", LOG_ENV: str(log), "PYTHONPATH": str(REPO)}


def launch(data: Path, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "walls_desktop", "--data-dir", str(data)]
    return subprocess.Popen(command, env=environment(log), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for(log: Path, event: str, count: int = 1, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text().split().count(event) >= count:
            return
        time.sleep(0.05)
    pytest.fail(f"{event!r} x{count} never noted; the log holds {log.read_text() if log.exists() else 'nothing'!r}")


def second_launch(data: Path, log: Path) -> tuple[int, float]:
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "walls_desktop", "--data-dir", str(data)],
        env=environment(log), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return done.returncode, time.monotonic() - start


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_a_second_launch_hands_over_and_a_crashed_first_is_taken_over(tmp_path: Path) -> None:
    data, log = tmp_path / "data", tmp_path / "instance.log"
    first = launch(data, log)
    try:
        wait_for(log, "listening")
        code, seconds = second_launch(data, log)
        assert code == 0
        wait_for(log, "shown", timeout=5)
        assert seconds < 5  # the bench (tests/bench/handover.py) gives the real figure
        assert first.poll() is None  # the first goes on
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        assert (data / LOCK_NAME).exists()  # a crash leaves its lock behind...
        third = launch(data, log)  # ...and the next launch takes it over
        try:
            wait_for(log, "listening", count=2)
            assert third.poll() is None
            code, _ = second_launch(data, log)
            assert code == 0
            wait_for(log, "shown", count=2, timeout=5)
        finally:
            third.send_signal(signal.SIGTERM)
            third.wait(timeout=20)
        assert not (data / LOCK_NAME).exists()  # a clean close gives the lock back
    finally:
        if first.poll() is None:
            first.kill()


def test_another_data_folder_is_another_instance(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert len(server_name(tmp_path / ("x" * 200))) < 40  # within any system's socket path limit
