"""Mobile numbers: accept what a clerk types, store E.164."""

from __future__ import annotations

import phonenumbers

from app.errors import ValidationError
from app.locale.text import to_latin_digits

DEFAULT_REGION = "IR"


def normalize_phone(raw: str, *, mobile: bool = True, field: str = "mobile") -> str:
    """Return the E.164 form of ``raw`` (09.., +98.., 0098.. or any international number)."""
    text = to_latin_digits(raw or "").strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(f"'{raw}' is not a valid phone number", code="bad_phone",
                              field=field, value=raw)
    kind = phonenumbers.number_type(number)
    if mobile and kind not in (phonenumbers.PhoneNumberType.MOBILE,
                               phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        raise ValidationError(f"'{raw}' is not a mobile number", code="not_mobile",
                              field=field, value=raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def national_form(e164: str) -> str:
    """09121234567 for an Iranian number, the E.164 form for any other."""
    if e164.startswith("+98"):
        return "0" + e164[3:]
    return e164


def phone_search_forms(e164: str) -> list[str]:
    """Every digit string under which a clerk may look the number up."""
    digits = e164.lstrip("+")
    forms = [digits]
    if e164.startswith("+98"):
        forms.append("0" + e164[3:])
    return forms
