"""Writing exported files (CSV for spreadsheets, a chart picture) so that a failure leaves nothing behind.

Each file is written to a temporary file in the target folder and then moved over the target in one step:
the target is either the old file or the complete new one, never half written. Failures arrive as
StoreError (READ_ONLY for a folder that cannot be written, DISK_FULL, OTHER), like every other store failure.
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

from walls_desktop.store.errors import StoreError, StoreErrorKind, classify

CSV_ENCODING = "utf-8-sig"  # the byte order mark tells spreadsheets that the file is UTF-8
# A cell starting with one of these is read by spreadsheets as a formula (or split by some); an apostrophe in
# front makes it plain text. A cell that already starts with an apostrophe gets one too, so that removing
# exactly one leading apostrophe (``plain_cell``) always gives back the text as it was.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
FREE_SPACE_MARGIN = 1 << 20  # a file system's own bookkeeping needs a little room beyond the file itself


def spreadsheet_safe(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def plain_cell(cell: str) -> str:
    """The text before ``spreadsheet_safe``: for a program that reads the CSV back and wants it exactly."""
    return cell[1:] if cell.startswith("'") else cell


def write_csv(path: Path, rows: Iterable[Sequence[str]]) -> None:
    """Write ``rows`` as CSV (UTF-8 with BOM, quoted where needed, CRLF line ends as spreadsheets expect),
    every cell made safe to open in a spreadsheet (``spreadsheet_safe``)."""

    def write(stream: IO[bytes]) -> None:
        text = _TextOver(stream)
        csv.writer(text, lineterminator="\r\n").writerows([spreadsheet_safe(cell) for cell in row] for row in rows)

    _write_atomically(Path(path), write)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` (say, a PNG picture or a PDF) to ``path``, readable by its owner alone (0600). A disk
    without room for it is found before anything is written."""
    path = Path(path)
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError as exc:
        raise classify(exc, path) from exc
    if free < len(data) + FREE_SPACE_MARGIN:
        raise StoreError(StoreErrorKind.DISK_FULL, path, f"{free} bytes free, {len(data)} needed")
    _write_atomically(path, lambda stream: stream.write(data))


class _TextOver:
    """The small part of a text file that ``csv.writer`` uses, encoding onto a binary stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        stream.write("".encode(CSV_ENCODING))  # the BOM

    def write(self, text: str) -> int:
        try:
            self._stream.write(text.encode("utf-8"))
        except UnicodeEncodeError as exc:  # a lone surrogate: cannot be in a UTF-8 file
            raise StoreError(StoreErrorKind.INVALID_TEXT, None, str(exc)) from exc
        return len(text)


def _write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise classify(exc, path) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
