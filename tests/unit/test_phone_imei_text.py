import pytest

from app.customers.imei import imei_verdict, luhn_check_digit, normalize_imei
from app.customers.phone import national_form, normalize_phone
from app.errors import ValidationError
from app.locale.text import clean_text, search_key, to_persian_digits


@pytest.mark.parametrize("raw", ["09121234567", "+989121234567", "00989121234567",
                                 "۰۹۱۲۱۲۳۴۵۶۷", "0912 123 4567", "9121234567"])
def test_iranian_mobile_forms_normalise_to_e164(raw: str) -> None:
    assert normalize_phone(raw) == "+989121234567"


def test_international_mobile_is_accepted() -> None:
    assert normalize_phone("+44 7911 123456") == "+447911123456"


@pytest.mark.parametrize("raw", ["", "0912", "abc", "091212345678", "+98912"])
def test_malformed_mobile_is_refused_with_a_field(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone(raw)
    assert err.value.field == "mobile"
    assert err.value.code == "bad_phone"


def test_landline_is_not_a_mobile_but_is_a_phone() -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone("02188776655")
    assert err.value.code == "not_mobile"
    assert normalize_phone("02188776655", mobile=False) == "+982188776655"


def test_national_form() -> None:
    assert national_form("+989121234567") == "09121234567"
    assert national_form("+447911123456") == "+447911123456"


def test_luhn_check_digit_of_known_imei() -> None:
    assert luhn_check_digit("49015420323751") == 8
    assert normalize_imei("49-015420-323751-8") == "490154203237518"
    assert normalize_imei("۴۹۰۱۵۴۲۰۳۲۳۷۵۱۸") == "490154203237518"


@pytest.mark.parametrize(("raw", "verdict"), [("490154203237518", None),
                                              ("490154203237519", "check_digit"),
                                              ("49015420323751", "length"),
                                              ("49015420323751x", "digits_only")])
def test_imei_verdict_for_as_you_type_feedback(raw: str, verdict: str | None) -> None:
    assert imei_verdict(raw) == verdict


def test_imei_with_bad_check_digit_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        normalize_imei("490154203237519")
    assert err.value.code == "imei_check_digit"


def test_search_key_folds_arabic_letters_zwnj_and_digits() -> None:
    assert search_key("علی‌رضا") == search_key("عليرضا")
    assert search_key("کريم") == search_key("كریم")
    assert search_key("۰۹۱۲") == "0912"
    assert search_key("  Samsung   A52 ") == "samsung a52"


def test_clean_text_keeps_zwnj_but_fixes_arabic_letters() -> None:
    assert clean_text(" علی‌رضا  كريمي ") == "علی‌رضا کریمی"
    assert "\u200c" in clean_text("می‌خواهم")


def test_persian_digits() -> None:
    assert to_persian_digits("1405-00123") == "۱۴۰۵-۰۰۱۲۳"
