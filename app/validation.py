"""Checks every service applies to what a user typed, with messages the UI can show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import ValidationError
from app.locale.text import clean_text

MAX_MONEY = 10**15  # a thousand trillion: far above any repair, far below 64-bit overflow
MAX_NOTE = 4000
MAX_LINE = 200


def money(value: Any, field: str, *, allow_zero: bool = True) -> int:
    """Money is a whole number of the shop's unit, never negative, never a fraction."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise ValidationError(f"{field}: amounts are whole numbers, not {value!r}",
                                  code="money_not_int", field=field)
    if value < 0:
        raise ValidationError(f"{field}: an amount cannot be negative", code="money_negative",
                              field=field)
    if value == 0 and not allow_zero:
        raise ValidationError(f"{field}: the amount must be above zero", code="money_zero",
                              field=field)
    if value > MAX_MONEY:
        raise ValidationError(f"{field}: the amount is too large", code="money_too_large",
                              field=field)
    return value


def text(value: Any, field: str, *, limit: int = MAX_LINE, required: bool = False,
         multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: text expected", code="not_text", field=field)
    value = value.strip() if multiline else clean_text(value)
    if required and not value:
        raise ValidationError(f"{field}: this may not be empty", code="required", field=field)
    if len(value) > limit:
        raise ValidationError(f"{field}: at most {limit} characters ({len(value)} given)",
                              code="too_long", field=field, limit=limit)
    return value


def choice(value: Any, field: str, options: Any) -> str:
    allowed = [str(o) for o in options]
    if str(value) not in allowed:
        raise ValidationError(f"{field}: '{value}' is not one of {', '.join(allowed)}",
                              code="bad_choice", field=field, options=allowed)
    return str(value)


def future_date(value: Any, field: str, today: dt.date) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(f"{field}: a date is needed", code="not_date", field=field)
    if value < today:
        raise ValidationError(f"{field}: the date {value} is in the past", code="date_past",
                              field=field)
    return value


def whole(value: Any, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{field}: a whole number from {low} to {high}",
                              code="out_of_range", field=field, low=low, high=high)
    return value
