"""The Linux bundle's smaller ICU data: the common-data package is read and rewritten the way ICU
maps it (16-byte aligned items, table sorted by name), less the services Qt never calls."""

from __future__ import annotations

import struct

import pytest

from build_scripts import icu_data

HEADER = struct.pack("<HBBHHBBBB4s4s4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD",
                     b"\1\0\0\0", b"\3\0\0\0").ljust(32, b"\0")
ITEMS = [("icudt73l/brkitr/cjdict.dict", b"d" * 40), ("icudt73l/coll/fa.res", b"c" * 16),
         ("icudt73l/curr/fa.res", b"$" * 5), ("icudt73l/fa.res", b"f" * 7),
         ("icudt73l/unames.icu", b"n" * 3), ("icudt73l/zone/fa.res", b"z" * 9)]


def padded(items: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Items as read back: each runs up to where the next starts (ICU's 16-byte padding)."""
    ends = [-(-len(data) // 16) * 16 for _, data in items[:-1]] + [len(items[-1][1])]
    return [(name, data.ljust(end, b"\xaa")) for (name, data), end in zip(items, ends,
                                                                          strict=True)]


def test_a_package_reads_back_as_written_with_every_item_aligned() -> None:
    package = icu_data.join(HEADER, ITEMS)
    header, items = icu_data.split(package)
    assert header == HEADER
    assert items == padded(ITEMS)
    assert icu_data.join(header, items) == package
    count = struct.unpack_from("<I", package, len(HEADER))[0]
    for i in range(count):
        data_at = struct.unpack_from("<I", package, len(HEADER) + 8 + 8 * i)[0]
        assert (len(HEADER) + data_at) % 16 == 0


def test_trimming_drops_only_the_services_qt_never_calls() -> None:
    _, items = icu_data.split(icu_data.trimmed(icu_data.join(HEADER, ITEMS)))
    assert [name for name, _ in items] == [
        "icudt73l/coll/fa.res", "icudt73l/fa.res", "icudt73l/zone/fa.res"]
    assert items[-1][1] == b"z" * 9


def test_what_is_not_a_common_data_package_is_refused() -> None:
    with pytest.raises(ValueError, match="CmnD"):
        icu_data.split(b"\x20\x00\xda\x27" + b"\0" * 8 + b"ToCP" + b"\0" * 16)
