"""The one text check at the service boundary, and text made safe for a terminal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.locale.messages import error_text
from app.locale.text import UNSTORABLE, is_blank, terminal_safe
from app.notify.gateway import ErrorKind, GatewayError
from app.validation import received_text, search_term, text

ZWNJ, ZWJ, LRM, RLM, ZWSP = "\u200c", "\u200d", "\u200e", "\u200f", "\u200b"
CONTROLS = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b",
            "\ud800", "\udfff", "\udc80"]


@pytest.mark.parametrize("char", CONTROLS)
@pytest.mark.parametrize("multiline", [False, True])
def test_control_and_broken_characters_are_refused_naming_the_character(
        char: str, multiline: bool) -> None:
    with pytest.raises(ValidationError) as err:
        text(f"Samsung{char}A52", "model", multiline=multiline)
    assert err.value.code == "bad_characters" and err.value.field == "model"
    assert err.value.params["char"] == f"U+{ord(char):04X}"
    assert f"U+{ord(char):04X}" in err.value.message
    persian = error_text(err.value, "fa")
    assert persian.startswith("مدل:") and f"U+{ord(char):04X}" in persian


def test_tab_newline_and_return_fold_in_one_line_and_stay_in_many() -> None:
    assert text("مریم\t\r\n  احمدی ", "name") == "مریم احمدی"
    assert text(" خط اول\r\n\tخط دوم ", "problem", multiline=True) == "خط اول\r\n\tخط دوم"


def test_persian_joiners_and_bidi_marks_stay() -> None:
    word = f"می{ZWNJ}خواهم {LRM}A52{LRM} {RLM}گوشی{ZWJ}"
    assert text(word, "problem") == word
    assert text(word, "problem", multiline=True) == word


@pytest.mark.parametrize("blank", [" ", ZWNJ, f"{ZWSP}{ZWNJ} {ZWJ}", f"{LRM}{RLM}\ufeff",
                                   "\u2060\u00ad", "\u3164", f"\u2800{ZWSP}"])
def test_a_required_name_of_invisible_characters_is_empty(blank: str) -> None:
    with pytest.raises(ValidationError) as err:
        text(blank, "name", required=True)
    assert err.value.code == "required"
    assert is_blank(blank)


def test_invisible_characters_alone_are_stored_as_no_text() -> None:
    assert text(f"{ZWSP}{LRM} ", "serial") == ""
    assert text(f"\n{ZWNJ}\t", "customer_note", multiline=True) == ""


def test_one_visible_letter_among_invisible_ones_is_a_name() -> None:
    assert text(f"{ZWSP}ع{ZWNJ}", "name", required=True) == f"{ZWSP}ع{ZWNJ}"
    assert not is_blank(f"{ZWSP}ع{ZWNJ}")


def test_a_huge_value_is_refused_as_too_long_at_once() -> None:
    with pytest.raises(ValidationError) as err:
        text("ب" * 10_000_000, "note", limit=4000, multiline=True)
    assert err.value.code == "too_long" and err.value.params["limit"] == 4000
    with pytest.raises(ValidationError) as err:
        text("ب" * 201, "name")
    assert err.value.code == "too_long"


def test_white_space_that_folds_away_does_not_count_against_the_limit() -> None:
    assert text("a" + " " * 500 + "b", "name", limit=200) == "a b"


def test_search_terms_drop_what_no_text_holds() -> None:
    assert search_term("ab\x00c\ud800d\x1b") == "abcd"
    assert search_term(None) == ""
    assert len(search_term("x" * 1_000_000)) == 800


def test_text_from_outside_is_kept_without_what_cannot_be_stored() -> None:
    assert received_text("بله\x00\x1b[2J", 1000) == ("بله[2J", 2)
    assert received_text("ok\nthanks", 1000) == ("ok\nthanks", 0)
    assert received_text("x" * 50, 30) == ("x" * 30, 20)


def test_terminal_lines_show_control_characters_instead_of_obeying_them() -> None:
    shown = terminal_safe("name\x1b]0;pwned\x07\x1b[2J\rover\x9b\udc80\tok\n")
    assert shown == "name\\x1b]0;pwned\\x07\\x1b[2J\\rover\\x9b\\udc80\tok\n"
    assert terminal_safe("مریم\u200cاحمدی") == "مریم\u200cاحمدی"


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=60),
       st.booleans(), st.booleans())
def test_any_text_is_stored_clean_or_refused_with_a_reason(value: str, multiline: bool,
                                                           required: bool) -> None:
    try:
        kept = text(value, "note", limit=40, required=required, multiline=multiline)
    except ValidationError as err:
        assert err.code in ("bad_characters", "required", "too_long")
        assert error_text(err, "fa") != err.message
        return
    assert UNSTORABLE.search(kept) is None
    assert len(kept) <= 40 and (kept == "" or not is_blank(kept))
    assert kept or not required
    kept.encode("utf-8")  # what a database driver does with it
    for keeper in (ZWNJ, ZWJ, LRM, RLM):
        assert kept.count(keeper) == (value.count(keeper) if kept else 0)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=60))
def test_any_stored_text_prints_as_one_safe_line(value: str) -> None:
    shown = terminal_safe(value.replace("\n", " ").replace("\t", " "))
    assert not any(0xD800 <= ord(c) <= 0xDFFF or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F
                   for c in shown)
    shown.encode("utf-8")


def test_a_providers_error_text_is_kept_without_control_characters() -> None:
    err = GatewayError("bad key\x00\x1b[2J" + "!" * 5000, kind=ErrorKind.PERMANENT)
    assert err.reason == "bad key[2J" + "!" * 1990 and str(err) == err.reason
