"""Persian text for PDFs: joining, order of mixed runs, wrapping, digits, amounts in words."""

from __future__ import annotations

import datetime as dt

from app.printing.bidi_text import NO_BREAK_SPACE, keep_ltr, plain, shape, visual, wrap
from app.printing.fonts import font_name
from app.printing.formats import Formats
from app.printing.words import in_words

FA = Formats("fa")
EN = Formats("en")


def _read_rtl(shown: str) -> str:
    """What a reader of a right-to-left line reads, letter forms folded back."""
    import unicodedata
    return unicodedata.normalize("NFKC", shown[::-1])


def test_job_number_keeps_its_order_after_persian_words() -> None:
    shown = visual(f"شمارهٔ کار: {FA.code('1405-00123')}", rtl=True)
    assert "۱۴۰۵-۰۰۱۲۳" in shown
    assert shown.startswith("۱۴۰۵-۰۰۱۲۳")  # the number stands at the line's left end
    assert "\u2066" not in shown and "\u2069" not in shown


def test_latin_model_name_and_amount_stay_readable_inside_persian() -> None:
    shown = visual(f"تعویض صفحه Galaxy A52 به مبلغ {FA.amount(12_500_000)}", rtl=True)
    assert "Galaxy A52" in shown
    assert "۱۲٬۵۰۰٬۰۰۰" in shown
    assert shown.index("Galaxy A52") > shown.index("۱۲٬۵۰۰٬۰۰۰")  # read right to left


def test_letters_are_joined_and_read_right_to_left() -> None:
    shown = visual("سلام دنیا", rtl=True)
    assert shown != "سلام دنیا"[::-1]  # presentation forms, not bare letters
    assert _read_rtl(shown) == "سلام دنیا"


def test_brackets_in_persian_are_mirrored() -> None:
    shown = visual("چک‌لیست (هنگام پذیرش)", rtl=True)
    # drawn left to right: the bracket that closes the Persian phrase comes first, as '('
    assert shown.startswith("(") and shown.index("(") < shown.index(")")
    assert visual("Model (SM-A526B)", rtl=True) == "Model (SM-A526B)"


def test_zwnj_is_kept_and_never_a_break() -> None:
    word = "می‌شود"
    assert "\u200c" in shape(word)
    lines = wrap(("درست " + word + " ") * 20, font_name(), 9, 60)
    assert all(not line.startswith("\u200c") and not line.endswith("\u200c") for line in lines)
    assert sum(line.count(word) for line in lines) == 20


def test_wrapping_keeps_logical_line_order() -> None:
    text = "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده"
    lines = wrap(text, font_name(), 10, 60)
    assert len(lines) > 2
    assert " ".join(lines) == text


def test_a_word_wider_than_the_line_is_cut() -> None:
    lines = wrap("X" * 200, font_name(), 9, 50)
    assert len(lines) > 3 and "".join(lines) == "X" * 200


def test_ezafe_mark_is_drawn_after_its_letter() -> None:
    shown = visual("شمارهٔ", rtl=True)
    mark = shown.index("\u0654")
    assert mark > 0 and shown[mark - 1] in "\ufee9\ufeea"  # heh, then its hamza


def test_amounts_dates_and_digits_by_language() -> None:
    assert FA.number(1_234_567) == "۱٬۲۳۴٬۵۶۷"
    assert FA.amount(5_000).endswith("تومان")
    assert EN.amount(1_234_567) == f"{keep_ltr('1,234,567')}{NO_BREAK_SPACE}Toman"
    assert plain(Formats("en", currency="rial").amount(10)) == "10\u00a0Rial"
    assert "۱۴۰۵/۰۲/۱۴" in FA.date(dt.date(2026, 5, 4))
    assert EN.date(dt.date(2026, 5, 4)) == "4 May 2026"
    assert FA.mobile_tail("+989121234567") == keep_ltr("۴۵۶۷")
    assert FA.code("R58N12ABCDE") == keep_ltr("R58N12ABCDE")  # a serial stays as printed
    assert FA.code("356938035643809") == keep_ltr("۳۵۶۹۳۸۰۳۵۶۴۳۸۰۹")


def test_amounts_in_words() -> None:
    assert in_words(1_250_000, "fa") == "یک میلیون و دویست و پنجاه هزار"
    assert in_words(2_000_000_000, "fa") == "دو میلیارد"
    assert in_words(305, "fa") == "سیصد و پنج"
    assert in_words(17, "fa") == "هفده"
    assert in_words(0, "en") == "zero"
    assert in_words(1_250_042, "en") == "one million two hundred fifty thousand forty-two"
    assert in_words(10**15, "fa") == "یک میلیون میلیارد"
