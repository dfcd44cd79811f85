"""Helpers for the printing tests: pages as images and as text, and a real CUPS queue."""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

from app.printing.bidi_text import plain, visual

ROOT = Path(__file__).resolve().parents[3]
CUPS_QUEUE = "PDF"
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def page_images(pdf: bytes, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf)
    images = [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
              for i in range(len(document))]
    document.close()
    return images


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text; PDFium puts right-to-left runs back into reading order."""
    document = pdfium.PdfDocument(pdf)
    texts = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    document.close()
    return texts


def squeeze(text: str) -> str:
    """Text without spaces, direction marks and harakat, joined letter forms folded back: for
    finding a run in a page."""
    folded = unicodedata.normalize("NFKC", plain(text))
    return "".join(_HARAKAT.sub("", folded).split())


@pytest.fixture
def workstation_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of its own, so this PC's printer settings start empty."""
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(scope="session")
def cups_queue() -> Iterator[str]:
    """The cups-pdf queue, installed and started by build_scripts/setup_cups.sh if needed.

    Without it the test is skipped with the reason, except under CI=true, where it fails.
    """
    script = ROOT / "build_scripts" / "setup_cups.sh"
    result = subprocess.run(["bash", str(script), CUPS_QUEUE], capture_output=True, text=True,
                            check=False, timeout=600)
    if result.returncode != 0:
        reason = f"no CUPS queue {CUPS_QUEUE}: {result.stderr.strip() or result.stdout.strip()}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI requires it", pytrace=False)
        pytest.skip(reason)
    yield CUPS_QUEUE


def read_region(pdf: bytes, page: int, box: tuple[float, float, float, float], *,
                rtl: bool) -> str:
    """What a reader reads in a region of a page (x0, y0, x1, y1 in points): the glyphs
    of each line in the order they stand on the paper, left to right as the PDF places them,
    read in the paragraph's direction (the bidi reordering undone), lines top to bottom.

    Glyphs of no width (ZWNJ, harakat) are left out; brackets come back as PDFium names them,
    so compare them with fold_brackets.
    """
    x0, y0, x1, y1 = box
    document = pdfium.PdfDocument(pdf)
    textpage = document[page - 1].get_textpage()
    rows: dict[float, list[tuple[float, str]]] = {}
    x, y = ctypes.c_double(), ctypes.c_double()
    for i in range(textpage.count_chars()):
        ch = textpage.get_text_range(i, 1)
        if not ch or (ch.isspace() and ch != " ") or ch == "\u200c" or unicodedata.combining(ch):
            continue
        if not pdfium_c.FPDFText_GetCharOrigin(textpage.raw, i, x, y):
            continue
        if x0 - 0.5 <= x.value <= x1 + 0.5 and y0 - 0.5 <= y.value <= y1 + 0.5:
            rows.setdefault(round(y.value, 1), []).append((x.value, ch))
    document.close()
    drawn = ["".join(ch for _, ch in sorted(row)) for _, row in sorted(rows.items(),
                                                                       reverse=True)]
    return " ".join(unicodedata.normalize("NFKC", visual(line, rtl)) for line in drawn)


def fold_brackets(text: str) -> str:
    """Text for comparing reading order, each bracket pair folded to one mark."""
    return squeeze(text).replace("\u200c", "").translate(str.maketrans("()«»", "||''"))
