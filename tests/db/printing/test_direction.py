"""Text direction on the papers: each paragraph in its own direction, read back from the PDF;
brackets across a wrapped line, amounts with their unit; signatures never alone on a page;
the PDF's properties."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pypdfium2 as pdfium
import pytest

from app.printing.bidi_text import has_rtl, lay_out, plain
from app.printing.flow import Rendered
from app.printing.fonts import font_name
from app.printing.render import render
from app.printing.surface import Box
from app.printing.vocab import say
from tests.db.printing import samples
from tests.db.printing.conftest import fold_brackets, read_region

PROBLEM_FA = ("باتری «EB-BA426ABY» باد کرده و گوشی (Galaxy A52) روشن نمی‌شود؛ مشتری "
              "می‌گوید قبلاً در جای دیگری تعمیر شده است.")
NOTE_EN = "Please back up WhatsApp (chats and photos) before the repair: «Mahsa» asked twice."


def _lines_of(rendered: Rendered, text: str) -> list[Box]:
    """The drawn lines of one paragraph: text boxes of a few words each found in it."""
    return [b for b in rendered.boxes if b.kind == "text" and len(b.text.split()) > 1
            and b.text in plain(text)]


def _region(boxes: list[Box]) -> tuple[float, float, float, float]:
    return (min(b.x0 for b in boxes), min(b.y0 for b in boxes), max(b.x1 for b in boxes),
            max(b.y1 for b in boxes))


@pytest.mark.parametrize("size", ["80mm", "a5"])
def test_a_persian_problem_on_an_english_paper_reads_right_to_left(size: str) -> None:
    job = dataclasses.replace(samples.job("en"), problem=PROBLEM_FA)
    rendered = render("receipt", job, samples.SHOP_EN, lang="en", size=size,
                      printed_at=samples.PRINTED)
    lines = _lines_of(rendered, PROBLEM_FA)
    assert len(lines) >= 2 and all(b.page == 1 for b in lines)
    read = read_region(rendered.pdf, 1, _region(lines), rtl=True)
    assert fold_brackets(read) == fold_brackets(PROBLEM_FA)
    # every line starts at the right of the value column; the last one ends short of its left
    assert max(b.x1 for b in lines) - min(b.x1 for b in lines) < 0.5
    assert lines[-1].x0 > min(b.x0 for b in lines) + 10


@pytest.mark.parametrize("doc", ["sheet", "receipt"])
def test_an_english_note_on_a_persian_paper_reads_left_to_right(doc: str) -> None:
    job = dataclasses.replace(samples.job("fa"), problem=NOTE_EN)
    rendered = render(doc, job, samples.SHOP_FA, lang="fa", size="a5",
                      printed_at=samples.PRINTED)
    lines = _lines_of(rendered, NOTE_EN)
    assert lines
    read = read_region(rendered.pdf, 1, _region(lines), rtl=False)
    assert fold_brackets(read) == fold_brackets(NOTE_EN)
    assert max(b.x0 for b in lines) - min(b.x0 for b in lines) < 0.5  # lines start at left


def test_app_labels_keep_the_papers_direction() -> None:
    """«IMEI» is a Latin word, but on a Persian paper it is a label in the right-hand column."""
    rendered = render("receipt", samples.job("fa"), samples.SHOP_FA, lang="fa", size="a5",
                      printed_at=samples.PRINTED)
    width = rendered.pages[0][0]
    imei = next(b for b in rendered.boxes if b.text == say("imei", "fa"))
    device = next(b for b in rendered.boxes if b.text == say("device", "fa"))
    assert imei.x1 == pytest.approx(device.x1) == pytest.approx(width - rendered.margin)


def test_a_bracket_faces_its_pair_when_a_line_wraps_inside_it() -> None:
    text = "گوشی Samsung (Galaxy A52) خراب است"
    lines = lay_out(text, font_name(), 9.5, 110, default=False)
    assert [line.rtl for line in lines] == [True, True]
    assert [line.text for line in lines] == ["گوشی Samsung (Galaxy", "A52) خراب است"]
    first, second = (line.shown for line in lines)
    assert "Samsung (Galaxy" in first  # Latin runs read left to right, brackets as typed
    assert second.endswith("A52)") and "(" not in second


def test_guillemets_point_outwards_in_persian() -> None:
    (line,) = lay_out("باتری «EB-BA426ABY» باد کرده", font_name(), 9, 500, default=False)
    assert line.rtl
    shown = line.shown
    assert shown.index("«") < shown.index("EB-BA426ABY") < shown.index("»")


def test_an_amount_keeps_its_unit_on_a_narrow_roll() -> None:
    rendered = render("invoice", samples.job("en"), samples.SHOP_EN, lang="en", size="80mm",
                      printed_at=samples.PRINTED)
    drawn = [b.text.strip() for b in rendered.boxes if b.kind == "text"]
    assert "Toman" not in drawn
    assert sum(text.endswith("\u00a0Toman") for text in drawn) >= 6


def _signature_pages(rendered: Rendered, captions: set[str]) -> list[int]:
    return sorted({b.page for b in rendered.boxes if b.text in captions})


@pytest.mark.parametrize(("doc", "size", "lang", "case"), [
    ("sheet", "a5", "en", "usual"), ("sheet", "a5", "fa", "usual"),
    ("sheet", "a4", "fa", "long_problem"), ("sheet", "a4", "en", "long_problem"),
    ("warranty", "a4", "fa", "lines_30"), ("receipt", "a5", "en", "long_problem"),
])
@pytest.mark.parametrize("unlock", [True, False])
def test_signatures_share_their_page_with_what_they_sign(doc: str, size: str, lang: str,
                                                         case: str, unlock: bool) -> None:
    job = (samples.job(lang, long_problem=True) if case == "long_problem"
           else samples.job(lang, lines=30) if case == "lines_30" else samples.job(lang))
    shop = samples.SHOP_FA if lang == "fa" else samples.SHOP_EN
    rendered = render(doc, job, shop, lang=lang, size=size,
                      unlock=samples.UNLOCK if unlock else None, printed_at=samples.PRINTED)
    captions = {say(key, lang) for key in ("sig_customer", "sig_shop", "sig_technician")}
    for page in _signature_pages(rendered, captions):
        others = [b for b in rendered.boxes if b.page == page and b.kind != "line"
                  and b.text not in captions and " · " not in b.text]  # not the page footer
        assert others, f"page {page} holds only the signatures"


def test_spare_note_lines_give_way_to_the_signature() -> None:
    """The A4 sheet of a long problem stays on one page with fewer lines to write on."""
    job = dataclasses.replace(samples.job("en"), problem=samples.LONG_PROBLEM_EN[:400])
    rendered = render("sheet", job, samples.SHOP_EN, lang="en", size="a4", unlock=None,
                      printed_at=samples.PRINTED)
    assert rendered.page_count == 1
    rules = [b for b in rendered.boxes if b.kind == "line" and b.y1 - b.y0 < 0.01]
    heading = next(b for b in rendered.boxes if b.text == say("notes", "en"))
    assert len([b for b in rules if b.y0 < heading.y0]) >= 2  # a line to write on, and the
    # signature's


def test_pdf_properties_name_the_shop_and_the_time_of_printing() -> None:
    printed = dt.datetime(2026, 5, 9, 21, 0, 5, tzinfo=dt.UTC)  # 00:30 on the 10th in Tehran
    rendered = render("receipt", samples.job("fa"), samples.SHOP_FA, lang="fa",
                      printed_at=printed)
    document = pdfium.PdfDocument(rendered.pdf)
    meta = document.get_metadata_dict()
    document.close()
    assert meta["Author"] == samples.SHOP_FA.name
    assert samples.SHOP_FA.name in meta["Creator"] and "Tamirgah" in meta["Creator"]
    assert meta["CreationDate"] == "D:20260510003005+03'30'"
    again = render("receipt", samples.job("fa"), samples.SHOP_FA, lang="fa",
                   printed_at=printed)
    assert again.pdf == rendered.pdf  # same paper, same time: same bytes


def test_text_without_a_strong_letter_takes_the_papers_direction() -> None:
    (line,) = lay_out("۱۲۳۴ - 5678", font_name(), 9, 500, default=True)
    assert line.rtl
    (line,) = lay_out("1234 (5678)", font_name(), 9, 500, default=False)
    assert not line.rtl and line.shown == "1234 (5678)"
    assert not has_rtl(line.shown)
