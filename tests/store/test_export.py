"""Exported files are written whole or not at all, with a clear failure."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from walls_desktop.store.errors import StoreError, StoreErrorKind
from walls_desktop.store.export import plain_cell, write_bytes, write_csv

ODD = ["שלום, עולם", "emoji 🌱💬", "e\u0301 combining", 'quote "here"', "line\nbreak\r\nand more", ""]


def test_csv_is_utf8_with_bom_and_round_trips(tmp_path: Path) -> None:
    target = tmp_path / "moments.csv"
    write_csv(target, [["a", "b"], ODD])
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    with open(target, encoding="utf-8-sig", newline="") as stream:
        assert list(csv.reader(stream)) == [["a", "b"], ODD]


def test_csv_replaces_an_old_file_completely(tmp_path: Path) -> None:
    target = tmp_path / "moments.csv"
    target.write_text("old content that is longer than the new one\n" * 20)
    write_csv(target, [["new"]])
    assert list(csv.reader(io.StringIO(target.read_text("utf-8-sig")))) == [["new"]]


def test_a_failure_midway_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "moments.csv"
    target.write_text("old")

    def rows():
        yield ["first"]
        raise OSError(28, "No space left on device")

    with pytest.raises(StoreError) as caught:
        write_csv(target, rows())
    assert caught.value.kind is StoreErrorKind.DISK_FULL
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["moments.csv"]


def test_lone_surrogate_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    target = tmp_path / "moments.csv"
    with pytest.raises(StoreError) as caught:
        write_csv(target, [["fine"], ["broken \ud800"]])
    assert caught.value.kind is StoreErrorKind.INVALID_TEXT
    assert list(tmp_path.iterdir()) == []


# Exporting into a folder that cannot be written, for real: as root (CI) a read-only bind mount in a private
# mount namespace, since root may write anywhere else; as anyone else a folder without write permission.
READ_ONLY_EXPORT = """
import json, sys
from pathlib import Path
from walls_desktop.store.errors import StoreError
from walls_desktop.store.export import write_bytes
try:
    write_bytes(Path(sys.argv[1]) / "chart.png", b"PNG")
    print(json.dumps({"error": None}))
except StoreError as error:
    print(json.dumps({"error": error.kind.value}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux permissions or mount namespaces")
def test_read_only_folder_is_reported_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    if os.geteuid() == 0:
        mount = 'mount --bind -o ro "$1" "$1" && exec "$2" -c "$3" "$1"'
        command = ["unshare", "-m", "sh", "-c", mount, "sh", str(folder), sys.executable, READ_ONLY_EXPORT]
    else:
        folder.chmod(0o500)
        command = [sys.executable, "-c", READ_ONLY_EXPORT, str(folder)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)
    finally:
        folder.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"error": StoreErrorKind.READ_ONLY.value}
    assert list(folder.iterdir()) == []


def test_bytes_are_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    write_bytes(target, b"\x89PNG" + bytes(range(256)) * 10)
    assert target.read_bytes()[:4] == b"\x89PNG" and target.stat().st_size == 4 + 2560


FORMULAS = ["=1+1", "+44 20 7946 0000", "-2", "@SUM(A1)", "\tindented", "\rreturn", "'quoted", "''twice", "=", ""]


def test_cells_a_spreadsheet_would_run_as_formulas_are_made_plain_text(tmp_path: Path) -> None:
    target = tmp_path / "moments.csv"
    write_csv(target, [FORMULAS, ["plain", "3", "2026-12-01T10:00:00+00:00", "a=b", "x-1", "", "", "", "", ""]])
    with target.open(encoding="utf-8-sig", newline="") as file:
        written = list(csv.reader(file))
    assert written[0][:7] == ["'=1+1", "'+44 20 7946 0000", "'-2", "'@SUM(A1)", "'\tindented", "'\rreturn", "''quoted"]
    assert written[1][:5] == ["plain", "3", "2026-12-01T10:00:00+00:00", "a=b", "x-1"]  # the rest untouched


def test_a_reader_gets_the_exact_text_back_even_past_csvs_default_field_limit(tmp_path: Path) -> None:
    long_cell = "=" + "a whole evening of notes, " * 10_000  # longer than csv.field_size_limit()'s 131072
    assert len(long_cell) > csv.field_size_limit()
    rows = [FORMULAS, [long_cell, "-" * 200_000, "'", "", "", "", "", "", "", ""]]
    target = tmp_path / "moments.csv"
    write_csv(target, rows)
    old_limit = csv.field_size_limit(2**31 - 1)  # as the README tells a reader to do for long notes
    try:
        with target.open(encoding="utf-8-sig", newline="") as file:
            back = [[plain_cell(cell) for cell in row] for row in csv.reader(file)]
    finally:
        csv.field_size_limit(old_limit)
    assert back == rows


FULL_DISK_EXPORT = """
import json, sys
from pathlib import Path
from walls_desktop.store.errors import StoreError
from walls_desktop.store.export import write_bytes
folder = Path(sys.argv[1])
try:
    write_bytes(folder / "summary.pdf", b"%PDF" + bytes(2 * 1024 * 1024))
    print(json.dumps({"error": None, "left": sorted(p.name for p in folder.iterdir())}))
except StoreError as error:
    print(json.dumps({"error": error.kind.value, "left": sorted(p.name for p in folder.iterdir())}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="uses Linux mount namespaces")
def test_a_file_larger_than_the_free_space_is_refused_before_a_byte_is_written(tmp_path: Path) -> None:
    """A 1 MiB tmpfs in a private mount namespace, and a 2 MiB file: DISK_FULL, and nothing left there."""
    from tests.store.test_store_open_errors import unshare_prefix

    folder = tmp_path / "tiny"
    folder.mkdir()
    script = 'mount -t tmpfs -o size=1m walls-test "$1" && exec "$2" -c "$3" "$1"'
    result = subprocess.run(
        [*unshare_prefix(), "sh", "-c", script, "sh", str(folder), sys.executable, FULL_DISK_EXPORT],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"error": StoreErrorKind.DISK_FULL.value, "left": []}
