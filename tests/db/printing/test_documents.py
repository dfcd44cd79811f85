"""Every paper, in both languages and every size, with edge-case data: nothing drawn outside the
margins, no text over other text or over a code, and the content is really in the PDF."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from reportlab.lib.units import mm

from app.jobs.views import JobDetail
from app.printing.flow import Rendered
from app.printing.formats import Formats
from app.printing.papers import DOCUMENT_SIZES
from app.printing.render import render
from app.printing.surface import Box
from app.printing.vocab import say
from tests.db.printing import samples
from tests.db.printing.conftest import page_texts, squeeze

CASES: dict[str, Callable[[str], JobDetail]] = {
    "usual": lambda lang: samples.job(lang),
    "long_problem": lambda lang: samples.job(lang, long_problem=True),
    "lines_30": lambda lang: samples.job(lang, lines=30),
    "billions": lambda lang: samples.job(lang, lines=4, big=True),
    "all_optional_missing": samples.bare_job,
    "latin_name": lambda lang: samples.job(lang, latin_name=True),
    "not_delivered": lambda lang: samples.job(lang, delivered=False),
}
COMBINATIONS = [(doc, size, lang, case) for doc, sizes in DOCUMENT_SIZES.items()
                for size in sizes for lang in ("fa", "en") for case in CASES]


def _render(doc: str, size: str, lang: str, case: str) -> tuple[Rendered, JobDetail]:
    job = CASES[case](lang)
    shop = samples.SHOP_FA if lang == "fa" else samples.SHOP_EN
    return render(doc, job, shop, lang=lang, size=size, unlock=samples.UNLOCK,
                  printed_at=samples.PRINTED), job


def _solid(box: Box) -> bool:
    return box.kind in ("text", "barcode", "qr", "image")


@pytest.mark.parametrize(("doc", "size", "lang", "case"), COMBINATIONS,
                         ids=["-".join(c) for c in COMBINATIONS])
def test_paper_stays_inside_margins_without_overlap(doc: str, size: str, lang: str,
                                                    case: str) -> None:
    rendered, _ = _render(doc, size, lang, case)
    assert rendered.pdf.startswith(b"%PDF")
    m = rendered.margin
    for box in rendered.boxes:
        width, height = rendered.pages[box.page - 1]
        assert m - 0.01 <= box.x0 and box.x1 <= width - m + 0.01, box
        assert m - 0.01 <= box.y0 and box.y1 <= height - m + 0.01, box
    if doc in ("estimate", "invoice") and case != "all_optional_missing":
        keys = ("col_desc", "col_qty", "col_total") if size == "80mm" else (
            "col_row", "col_desc", "col_qty", "col_price", "col_discount", "col_total")
        drawn = {b.text for b in rendered.boxes if b.kind == "text"}
        assert {say(key, lang) for key in keys} <= drawn  # no column title broken apart
    solid = [b for b in rendered.boxes if _solid(b)]
    clashes = [(a, b) for a, b in itertools.combinations(solid, 2) if a.overlaps(b)]
    assert not clashes, clashes[:3]


@pytest.mark.parametrize("lang", ["fa", "en"])
@pytest.mark.parametrize("doc", list(DOCUMENT_SIZES))
def test_text_extraction_finds_the_content(doc: str, lang: str) -> None:
    rendered, job = _render(doc, DOCUMENT_SIZES[doc][0], lang, "usual")
    text = squeeze("".join(page_texts(rendered.pdf)))
    fmt = Formats(lang)
    expected = [fmt.code(job.number), job.customer_name, "Galaxy A52"]
    if doc in ("estimate", "invoice"):
        expected += [fmt.amount(job.totals.estimate), job.lines[2].description]
    if doc == "receipt":
        expected += [fmt.mobile(job.customer_mobile), job.problem]
    if doc == "sheet":
        expected += [fmt.code(samples.UNLOCK.passcode), job.problem]
    if doc == "warranty":
        assert job.warranty_end is not None
        expected += [fmt.date(job.warranty_end)]
    for item in expected:
        assert squeeze(item) in text, item
    if lang == "fa":
        assert "۱۴۰۵-۰۰۱۲۳" in text  # Persian digits, in reading order
    else:
        assert "1405-00123" in text


@pytest.mark.parametrize("doc", ["receipt", "label", "sheet"])
def test_codes_carry_the_latin_job_number(doc: str) -> None:
    rendered, _ = _render(doc, DOCUMENT_SIZES[doc][0], "fa", "usual")
    codes = {(b.kind, b.text) for b in rendered.boxes if b.kind in ("barcode", "qr")}
    assert ("barcode", "1405-00123") in codes
    if doc == "receipt":
        assert ("qr", "1405-00123") in codes


def test_roll_receipt_is_as_long_as_its_content() -> None:
    short, _ = _render("receipt", "80mm", "fa", "all_optional_missing")
    usual, _ = _render("receipt", "80mm", "fa", "usual")
    long, _ = _render("receipt", "80mm", "fa", "long_problem")
    heights = [r.pages[0][1] for r in (short, usual, long)]
    assert heights == sorted(heights) and heights[0] < heights[2] - 40 * mm
    assert all(r.page_count == 1 and r.pages[0][0] == pytest.approx(80 * mm)
               for r in (short, usual, long))
    lowest = min(b.y0 for b in long.boxes)
    assert lowest == pytest.approx(long.margin, abs=3 * mm)  # no empty tail of paper


def test_thirty_lines_flow_over_pages_with_titles_repeated() -> None:
    rendered, job = _render("invoice", "a5", "fa", "lines_30")
    assert rendered.page_count >= 2
    texts = page_texts(rendered.pdf)
    assert all("شرح" in squeeze(t) for t in texts[:2])
    assert squeeze(Formats("fa").amount(job.totals.estimate)) in squeeze("".join(texts))


def test_billions_are_grouped_and_written_in_words() -> None:
    rendered, job = _render("invoice", "a4", "fa", "billions")
    text = squeeze("".join(page_texts(rendered.pdf)))
    assert job.totals.estimate > 5_000_000_000
    assert squeeze(Formats("fa").number(job.totals.estimate)) in text
    assert "میلیارد" in text


def test_latin_name_inside_a_persian_paper_reads_left_to_right() -> None:
    rendered, _ = _render("receipt", "80mm", "fa", "latin_name")
    assert "SaraJohnson" in squeeze(page_texts(rendered.pdf)[0])


@pytest.mark.parametrize("size", ["50x30", "62x29"])
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_labels_are_legible_one_per_separate_accessory(size: str, lang: str) -> None:
    rendered, job = _render("label", size, lang, "long_problem")
    # charger and box leave the device; the case stays on it
    assert job.accessories == ["charger", "case", "box"] and rendered.page_count == 3
    text_heights = [b.y1 - b.y0 for b in rendered.boxes if b.kind == "text"]
    assert min(text_heights) >= 7 * 1.5  # 7 pt type at the least
    bars = [b for b in rendered.boxes if b.kind == "barcode"]
    assert all(b.y1 - b.y0 >= 7 * mm for b in bars)
    assert all(b.x1 - b.x0 <= rendered.pages[0][0] - 2 * rendered.margin for b in bars)
    first_page = [b for b in rendered.boxes if b.page == 1 and b.kind == "text"]
    assert any(b.text.endswith("…") for b in first_page)  # the long problem is cut to fit


def test_job_sheet_without_permission_hides_the_unlock() -> None:
    job = samples.job("fa")
    rendered = render("sheet", job, samples.SHOP_FA, lang="fa", unlock=None,
                      printed_at=samples.PRINTED)
    text = squeeze("".join(page_texts(rendered.pdf)))
    assert "۲۵۸۰" not in text
    assert not any(b.kind == "shape" for b in rendered.boxes if b.y1 - b.y0 > 25 * mm)


def test_amount_in_words_can_be_switched_off() -> None:
    import dataclasses
    shop = dataclasses.replace(samples.SHOP_EN, amount_in_words=False)
    job = samples.job("en")
    words = "eightmillion"
    with_words = render("invoice", job, samples.SHOP_EN, lang="en", printed_at=samples.PRINTED)
    without = render("invoice", job, shop, lang="en", printed_at=samples.PRINTED)
    assert words in squeeze(page_texts(with_words.pdf)[0]).lower()
    assert words not in squeeze(page_texts(without.pdf)[0]).lower()


def test_qr_code_has_its_finder_patterns() -> None:
    from app.printing.surface import qr_modules
    modules = qr_modules("1405-00123")
    size = len(modules)
    assert size in (21, 25) and all(len(row) == size for row in modules)
    finder = [row[:7] for row in modules[:7]]
    assert all(finder[0]) and all(finder[6]) and not any(finder[1][1:6])
    assert all(modules[3][2:5]) and all(row[-7:] == finder[i] for i, row in enumerate(modules[:7]))
