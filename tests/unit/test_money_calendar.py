import datetime as dt

import pytest

from app.errors import ValidationError
from app.jobs.money import totals
from app.locale.calendar import format_date, jalali_year
from app.validation import money
from db.models import EstimateLine, Payment


def test_totals_are_derived_from_lines_and_payments() -> None:
    lines = [EstimateLine(kind="part", description="LCD", quantity=2, unit_price=1_500_000,
                          discount=100_000),
             EstimateLine(kind="labour", description="fit", quantity=1, unit_price=400_000,
                          discount=0)]
    payments = [Payment(kind="payment", amount=1_000_000), Payment(kind="payment", amount=500_000),
                Payment(kind="refund", amount=200_000)]
    t = totals(lines, payments)
    assert t.estimate == 3_300_000
    assert t.discount == 100_000
    assert t.net_paid == 1_300_000
    assert t.balance == 2_000_000


@pytest.mark.parametrize(("value", "code"), [(-1, "money_negative"), (1.5, "money_not_int"),
                                             ("100", "money_not_int"), (True, "money_not_int"),
                                             (10**16, "money_too_large")])
def test_money_refuses_what_is_not_a_whole_amount(value: object, code: str) -> None:
    with pytest.raises(ValidationError) as err:
        money(value, "deposit")
    assert err.value.code == code


def test_billions_are_fine() -> None:
    assert money(25_000_000_000, "x") == 25_000_000_000


def test_jalali_year_turns_at_nowruz_in_tehran() -> None:
    before = dt.datetime(2026, 3, 20, 12, 0, tzinfo=dt.UTC)
    after = dt.datetime(2026, 3, 21, 12, 0, tzinfo=dt.UTC)
    assert jalali_year(before) == 1404
    assert jalali_year(after) == 1405


def test_dates_in_the_shops_calendar() -> None:
    assert format_date(dt.date(2026, 3, 21)) == "۱۴۰۵/۰۱/۰۱"
    assert format_date(dt.date(2026, 3, 21), calendar="gregorian", lang="en") == "2026-03-21"
