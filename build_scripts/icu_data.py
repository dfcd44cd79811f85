"""A smaller ICU data library for the Linux bundle: the PySide6 wheel's libicudata less the
parts of ICU that Qt never calls.

libQt6Core.so.6 links ICU and calls only its case mapping (u_strToUpper/Lower, whose tables are
inside libicuuc), converters (ucnv_*), collation (ucol_*) and time-zone names (ucal_*); no other
Qt library calls ICU (`nm -D --undefined-only` lists the imports). The data left out serves
other services: break iteration and its dictionaries (Qt has its own line breaking; HarfBuzz
shapes Persian), transliteration, spelled-out numbers, the names of currencies, languages,
regions and units, and Unicode character names. Converters, collation, time zones, the locales'
own data and the supplemental tables stay whole.

The library is rebuilt with binutils (as and ld), which the build already needs for strip.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

# Item names inside the package, after its "icudt<version><endianness>/" prefix.
UNUSED = ("brkitr/", "curr/", "lang/", "region/", "unit/", "translit/", "rbnf/", "unames.icu")
_ALIGN = 16  # ICU maps items in place and expects each to start 16-byte aligned
_COMMON_DATA = b"CmnD"
_PAD = b"\xaa"  # what ICU's own packager fills gaps with


def split(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes), in the order of its table."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != _COMMON_DATA:
        raise ValueError("not an ICU common data package (little-endian CmnD)")
    count = struct.unpack_from("<I", blob, header_size)[0]
    table = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(table):
        start = header_size + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = header_size + table[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[header_size + data_at:end]))
    return blob[:header_size], items


def join(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package with these items; their order (sorted by name, as ICU searches) is kept."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_data = _aligned(len(header) + table_size + len(names)) - len(header)
    offsets, name_at, data_at = [], table_size, first_data
    for name, data in items:
        offsets.append((name_at, data_at))
        name_at += len(name) + 1
        data_at = _aligned(len(header) + data_at + len(data)) - len(header)
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for pair in offsets:
        out += struct.pack("<II", *pair)
    out += names
    for (_, data_offset), (_, data) in zip(offsets, items, strict=True):
        out += _PAD * (len(header) + data_offset - len(out)) + data
    return bytes(out)


def trimmed(blob: bytes) -> bytes:
    header, items = split(blob)
    kept = [(name, data) for name, data in items
            if not name.partition("/")[2].startswith(UNUSED)]
    return join(header, kept)


def build_library(original: Path, work: Path) -> Path:
    """work/<original's name>: the same library (soname and symbol) with the trimmed data."""
    work.mkdir(parents=True, exist_ok=True)
    symbol = _data_symbol(original)
    rodata = work / "icudata-full.bin"
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(original),
                    str(rodata)], check=True)
    package = work / "icudata.dat"
    package.write_bytes(trimmed(rodata.read_bytes()))
    source = work / "icudata.s"
    source.write_text(
        '\t.section .rodata\n\t.balign 16\n'
        f'\t.globl {symbol}\n\t.type {symbol}, %object\n{symbol}:\n'
        f'\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",%progbits\n', encoding="ascii")
    obj = work / "icudata.o"
    library = work / original.name
    subprocess.run(["as", "-o", str(obj), str(source)], check=True)
    subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", original.name, "-o",
                    str(library), str(obj)], check=True)
    return library


def _data_symbol(library: Path) -> str:
    """The one symbol libicudata exports, icudt<version>_dat; its .rodata holds only that."""
    listing = subprocess.run(["nm", "-D", "--defined-only", str(library)], check=True,
                             capture_output=True, text=True).stdout.split()
    symbols = [word for word in listing if word.startswith("icudt") and word.endswith("_dat")]
    if len(symbols) != 1:
        raise ValueError(f"{library.name}: expected one icudt*_dat symbol, found {symbols}")
    return symbols[0]


def _aligned(offset: int) -> int:
    return -(-offset // _ALIGN) * _ALIGN
