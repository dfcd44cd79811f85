"""Amounts as a customer reads them: grouped digits and the shop's currency unit."""

from __future__ import annotations

from app.locale.text import to_persian_digits

UNITS = {("toman", "fa"): "تومان", ("rial", "fa"): "ریال",
         ("toman", "en"): "Toman", ("rial", "en"): "Rial"}
PERSIAN_GROUP_SEPARATOR = "٬"  # U+066C, the separator Persian typesetting uses


def format_amount(amount: int, *, lang: str = "fa", currency: str = "toman",
                  unit: bool = True) -> str:
    grouped = f"{abs(amount):,}"
    if lang == "fa":
        grouped = to_persian_digits(grouped).replace(",", PERSIAN_GROUP_SEPARATOR)
    sign = "-" if amount < 0 else ""
    text = f"{sign}{grouped}"
    return f"{text} {UNITS[(currency, lang)]}" if unit else text
