"""What the intake form offers as you type, and amounts as clerks type them."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.jobs.intake_picks import brands, colours, common_problems, models
from app.locale.amount_text import parse_amount


def test_brands_and_models_follow_the_kind_most_common_first() -> None:
    assert brands("phone")[:3] == ["Samsung", "Apple", "Xiaomi"]
    assert "Lenovo" in brands("laptop") and "Samsung" not in brands("laptop")
    assert "Sony" in brands()
    assert models("phone", " samsung ")[0] == "Galaxy A52"
    assert "iPad Air" in models("tablet", "Apple") and "iPhone 11" not in models("tablet", "Apple")
    assert models("phone", "Unknown Brand") == []
    assert "MacBook Air M1" in models(None, "apple")


def test_colours_and_common_problems_are_in_the_users_language() -> None:
    assert "مشکی" in colours("fa") and "Black" in colours("en")
    assert common_problems("phone", "fa", 2) == ["صفحه نمایش شکسته", "گوشی روشن نمی‌شود"]
    assert common_problems("laptop", "en")[0] == "No power"
    assert len(common_problems("laptop", "en")) == 8
    assert common_problems("drone", "en") == common_problems("other", "en")


@pytest.mark.parametrize(("raw", "amount"), [
    ("", None), ("  ", None), ("200000", 200_000), ("۲۰۰۰۰۰", 200_000),
    ("۱٬۲۰۰٬۰۰۰", 1_200_000), ("1,500,000", 1_500_000), ("-5000", -5000),
    ("\u22125,000", -5000), ("١٢٣", 123),
])
def test_amounts_take_persian_and_latin_digits_and_separators(raw: str,
                                                              amount: int | None) -> None:
    assert parse_amount(raw, "deposit") == amount


@pytest.mark.parametrize("raw", ["12x", "1.5", "--3", "5-"])
def test_what_is_not_a_whole_number_is_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_amount(raw, "deposit")
    assert (err.value.code, err.value.field) == ("money_not_int", "deposit")
    assert err.value.localized("fa") == "بیعانه: مبلغ باید عدد صحیح باشد."
