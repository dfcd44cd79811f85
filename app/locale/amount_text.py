"""Amounts as a clerk types them: Persian or Latin digits, with or without group separators."""

from __future__ import annotations

import re

from app.errors import ValidationError
from app.locale.text import to_latin_digits

# comma, Persian thousands separator (U+066C), Arabic comma, dot-less spaces and the ZWNJ
_SEPARATORS = re.compile("[,\u066c\u060c'\\s\u200c\u00a0]")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})


def parse_amount(raw: str, field: str) -> int | None:
    """The whole number in ``raw``; None when it is empty.

    A minus sign is kept, so the service can refuse a negative amount with its own message;
    anything that is not a whole number is refused here, naming ``field``.
    """
    text = _SEPARATORS.sub("", to_latin_digits(raw or "").translate(_MINUS))
    if not text:
        return None
    if not re.fullmatch(r"-?\d+", text):
        raise ValidationError(f"{field}: amounts are whole numbers, not {raw!r}",
                              code="money_not_int", field=field)
    return int(text)
