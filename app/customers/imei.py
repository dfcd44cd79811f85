"""IMEI check: 15 digits whose last one is the Luhn check digit."""

from __future__ import annotations

from app.errors import ValidationError
from app.locale.text import to_latin_digits


def luhn_check_digit(body: str) -> int:
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


def imei_verdict(raw: str) -> str | None:
    """None when ``raw`` is a valid IMEI, else a short reason (for as-you-type feedback)."""
    text = to_latin_digits(raw).replace(" ", "").replace("-", "")
    if not (text.isascii() and text.isdigit()):  # '¹' is a digit to isdigit(), not to int()
        return "digits_only"
    if len(text) != 15:
        return "length"
    if luhn_check_digit(text[:14]) != int(text[14]):
        return "check_digit"
    return None


def normalize_imei(raw: str) -> str:
    text = to_latin_digits(raw).replace(" ", "").replace("-", "")
    reason = imei_verdict(text)
    if reason == "check_digit":
        raise ValidationError(f"IMEI {raw} has a wrong check digit", code="imei_check_digit",
                              field="imei", value=raw)
    if reason is not None:
        raise ValidationError(f"An IMEI is 15 digits; '{raw}' is not", code="imei_format",
                              field="imei", value=raw)
    return text
