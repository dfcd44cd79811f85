"""The layout against reviewed pictures: each paper rendered at 100 dpi must match its
reference PNG in tests/db/printing/reference/ within a small tolerance.

After a deliberate layout change, look at the new pictures, then rewrite them with
TAMIRGAH_UPDATE_REFERENCES=1 and review the diff of the PNGs before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from tests.db.printing.conftest import page_images
from tests.db.printing.test_documents import _render

REFERENCE = Path(__file__).parent / "reference"
DPI = 100
PAPERS = [
    ("receipt", "80mm", "fa", "usual"), ("receipt", "80mm", "en", "usual"),
    ("receipt", "a5", "fa", "long_problem"),
    ("label", "50x30", "fa", "usual"), ("label", "62x29", "en", "usual"),
    ("sheet", "a4", "fa", "usual"), ("sheet", "a5", "en", "all_optional_missing"),
    ("estimate", "a4", "fa", "not_delivered"), ("estimate", "80mm", "en", "billions"),
    ("invoice", "a4", "fa", "usual"), ("invoice", "a5", "en", "lines_30"),
    ("invoice", "80mm", "fa", "latin_name"),
    ("warranty", "a5", "fa", "usual"), ("warranty", "80mm", "en", "usual"),
]


def _name(paper: tuple[str, str, str, str], page: int) -> str:
    return "-".join(paper) + f"-p{page}.png"


@pytest.mark.parametrize("paper", PAPERS, ids=["-".join(p) for p in PAPERS])
def test_paper_matches_its_reviewed_picture(paper: tuple[str, str, str, str]) -> None:
    rendered, _ = _render(*paper)
    pages = page_images(rendered.pdf, DPI)
    if os.environ.get("TAMIRGAH_UPDATE_REFERENCES") == "1":
        REFERENCE.mkdir(exist_ok=True)
        for stale in REFERENCE.glob("-".join(paper) + "-p*.png"):
            stale.unlink()
        for number, image in enumerate(pages, start=1):
            image.save(REFERENCE / _name(paper, number), optimize=True)
    expected = sorted(REFERENCE.glob("-".join(paper) + "-p*.png"))
    assert len(expected) == len(pages), "page count differs from the reference"
    for number, image in enumerate(pages, start=1):
        reference = Image.open(REFERENCE / _name(paper, number)).convert("L")
        assert image.size == reference.size, f"page {number} size"
        diff = ImageChops.difference(image, reference)
        histogram = diff.histogram()
        changed = sum(histogram[64:]) / (image.width * image.height)
        mean = sum(i * n for i, n in enumerate(histogram)) / (image.width * image.height)
        assert changed < 0.002 and mean < 1.0, (
            f"page {number}: {changed:.2%} of pixels differ, mean difference {mean:.2f}")
