"""Checks every service applies to what a user typed, with messages the UI can show.

Text has one check, text(), which every service calls on every text a person types or that
comes from outside (names, problems, notes, settings, usernames and full names, templates,
device brand/model/serial, estimate lines, payment notes). What it does with characters:

- Refused, naming the character (code ``bad_characters``): NUL and the other C0 controls but
  TAB, LF and CR; DEL; the C1 controls; lone surrogates. Whatever a person typed is stored as
  they saw it or not at all: they retype it at once, nothing is half-saved, and a refusal on
  one field never silently alters another.
- Folded: in a single-line field TAB, LF and CR are white space like the rest, and every run
  of white space becomes one space; a multi-line field keeps them.
- Kept: ZWNJ, ZWJ, LRM, RLM and the other format characters Persian spelling and mixed
  Persian/Latin text need. A text of only white space and invisible characters (ZWNJ, ZWSP,
  format characters) is empty: stored as "", and refused where the field is required.
- Removed, silently: from a search term or a number typed to look a job up (search_term()),
  since nothing is stored and the rest of the term is still worth looking for.
- Removed and counted: from text that arrives from outside and must not be lost, such as a
  customer's SMS reply (received_text()); the caller records that something was removed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.errors import ValidationError
from app.locale.amounts import format_amount
from app.locale.text import clean_text, codepoint, drop_unstorable, first_unstorable, is_blank

MAX_MONEY = 10**15  # a thousand trillion: far above any repair, far below 64-bit overflow
MAX_NOTE = 4000
MAX_LINE = 200


def money(value: object, field: str, *, allow_zero: bool = True) -> int:
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
        raise ValidationError(f"{field}: the amount is above the money limit of {MAX_MONEY:,}",
                              code="money_too_large", field=field,
                              limit=format_amount(MAX_MONEY, lang="fa", unit=False))
    return value


def text(value: object, field: str, *, limit: int = MAX_LINE, required: bool = False,
         multiline: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{field}: text expected", code="not_text", field=field)
    if len(value) > 4 * limit + 100:  # too long however much white space folds away
        _too_long(field, limit, len(value))
    bad = first_unstorable(value)
    if bad is not None:
        raise ValidationError(
            f"{field}: contains a control or broken character ({codepoint(bad)}) that cannot "
            "be kept; type it again without it", code="bad_characters", field=field,
            char=codepoint(bad))
    value = value.strip() if multiline else clean_text(value)
    if is_blank(value):
        value = ""  # nothing a reader could see is no text at all
    if required and not value:
        raise ValidationError(f"{field}: this may not be empty", code="required", field=field)
    if len(value) > limit:
        _too_long(field, limit, len(value))
    return value


def _too_long(field: str, limit: int, given: int) -> None:
    raise ValidationError(f"{field}: at most {limit} characters ({given} given)",
                          code="too_long", field=field, limit=limit)


def search_term(value: Any, limit: int = MAX_LINE) -> str:
    """What is looked for, without the characters no stored text holds; never refuses."""
    if not isinstance(value, str):
        return ""
    return drop_unstorable(value[:4 * limit])[0]


def received_text(value: Any, limit: int) -> tuple[str, int]:
    """Text from outside (an SMS reply, a provider's answer) made storable, never refused:
    the text without control and broken characters, cut to ``limit``, and how many
    characters were removed, for the caller to record."""
    raw = value if isinstance(value, str) else str(value or "")
    kept, removed = drop_unstorable(raw)
    return kept[:limit], removed + max(0, len(kept) - limit)


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
