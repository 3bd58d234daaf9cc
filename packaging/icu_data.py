"""A smaller ICU data library for the Linux bundle (used by walls.spec): 31 MiB -> about 11 MiB.

PySide6's Linux wheels ship ICU for libQt6Core, and all of ICU's data in one library, libicudata.so.NN, a
"common data" package of ~3900 items compiled into a single symbol, icudtNN_dat. Qt Core calls ICU for four
things only (its imports from libicuuc/libicui18n, `nm -D --undefined-only libQt6Core.so.6`):

- collation (ucol_*: QCollator, so the file dialog sorts names in the user's language): the coll/ tree;
- time-zone names and calendars (ucal_*: QTimeZone's display names): the zone/ tree, zoneinfo64, metaZones,
  timezoneTypes, and the locale and supplemental .res files at the top;
- case mapping for a locale (u_strToUpper/Lower: QLocale::toUpper, e.g. Turkish dotted I): built into
  libicuuc, no data;
- character-set conversion (ucnv_*: QStringConverter for encodings Qt does not know itself): the alias table
  cnvalias.icu and one table per legacy encoding (*.cnv, 5 MiB). Walls reads and writes UTF-8 only, which Qt
  converts without ICU; the table-driven legacy encodings (Shift-JIS, GB 18030, EBCDIC, windows-125x, ...) are
  left out, so QStringDecoder("Shift-JIS") is invalid in the bundle. Algorithmic ones (UTF-*, US-ASCII,
  Latin-1, ISO-2022, ...) need no table and remain.

Left out, beside those tables: the trees of data only ICU's other services read, which Qt never calls: break
iteration (brkitr, with its CJK and Thai dictionaries), currency, language, region and unit names, number
spell-out (rbnf) and transliteration, plus Unicode character names (unames.icu), StringPrep profiles (*.spp)
and spoof-checking data (*.cfu). ICU answers a missing item with an error status (U_MISSING_RESOURCE_ERROR)
and falls back, never a crash.

The new library is assembled and linked with binutils (as, ld), which the spec needs anyway for strip.
"""

from __future__ import annotations

import re
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

ICU_DATA_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")

UNUSED_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit"})
_UNUSED_TOP_LEVEL = re.compile(r"^(.*\.(cnv|spp|cfu)|unames\.icu)$")

_MAGIC = b"\xda\x27"
_ALIGN = 16  # ICU's data items are 16-byte aligned in a package
_PAD = b"\xaa"  # what ICU's own tools fill the gaps with


def is_needed(item: str) -> bool:
    """True for an item ("icudt73l/coll/root.res") that Qt Core's use of ICU can reach."""
    parts = item.split("/")[1:]  # without the package name
    if len(parts) > 1:
        return parts[0] not in UNUSED_TREES
    return not _UNUSED_TOP_LEVEL.match(parts[0])


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common data package (format "CmnD", little- or big-endian as long as it is this machine's
    ASCII family) into its header and its (name, contents) items, in table-of-contents order."""
    header_size = struct.unpack_from("<H", data)[0]
    if data[2:4] != _MAGIC or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package (CmnD)")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * index) for index in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        name = toc[name_offset : toc.index(b"\0", name_offset)].decode("ascii")
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """An ICU common data package of these items; names must stay sorted (ICU searches them by bisection)."""
    items = list(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    offset = toc_size + len(names)
    offset += -(len(header) + offset) % _ALIGN
    table, body = [struct.pack("<I", len(items))], []
    name_offset = toc_size
    for name, contents in items:
        table.append(struct.pack("<II", name_offset, offset))
        name_offset += len(name) + 1
        padding = -len(contents) % _ALIGN
        body.append(contents + _PAD * padding)
        offset += len(contents) + padding
    gap = _PAD * (-(len(header) + toc_size + len(names)) % _ALIGN)
    return header + b"".join(table) + names + gap + b"".join(body)


def subset_package(data: bytes, keep: Callable[[str], bool] = is_needed) -> bytes:
    header, items = read_package(data)
    return write_package(header, [(name, contents) for name, contents in items if keep(name)])


def _data_symbol(library: Path) -> tuple[str, int]:
    """The library's data symbol (icudtNN_dat) and its size, from binutils' nm."""
    listing = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[1], 16)
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def extract_package(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and the package it holds."""
    symbol, size = _data_symbol(library)
    contents = library.read_bytes()
    start = contents.find(b"CmnD") - 12
    if start < 0 or contents[start + 2 : start + 4] != _MAGIC:
        raise ValueError(f"{library}: no ICU common data package")
    return symbol, contents[start : start + size]


def build_library(package: bytes, symbol: str, soname: str, folder: Path) -> Path:
    """Assemble and link a shared library that holds `package` as `symbol`, as ICU's own build does."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{symbol}.dat").write_bytes(package)
    source = folder / f"{symbol}.s"
    source.write_text(
        "\n".join(
            [
                "\t.section .rodata",
                f"\t.globl {symbol}",
                f"\t.type {symbol}, STT_OBJECT",
                f"\t.balign {_ALIGN}",
                f"{symbol}:",
                f'\t.incbin "{symbol}.dat"',
                f"\t.size {symbol}, . - {symbol}",
                '\t.section .note.GNU-stack,"",%progbits',
                "",
            ]
        ),
        encoding="ascii",
    )
    subprocess.run(["as", "-o", f"{symbol}.o", source.name], cwd=folder, check=True)
    library = folder / soname
    subprocess.run(
        ["ld", "-shared", "-z", "noexecstack", "-soname", soname, "-o", str(library), f"{symbol}.o"],
        cwd=folder,
        check=True,
    )
    return library


def smaller_icu_data(binaries: list[tuple], folder: Path) -> list[tuple]:
    """PyInstaller's binaries with libicudata.so.NN replaced by a library of the items Qt can use."""
    result = []
    for dest, source, typecode in binaries:
        name = Path(dest).name
        if ICU_DATA_LIBRARY.match(name):
            symbol, package = extract_package(Path(source).resolve())
            source = str(build_library(subset_package(package), symbol, name, folder))
        result.append((dest, source, typecode))
    return result
