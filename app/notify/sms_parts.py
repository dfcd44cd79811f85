"""How many SMS parts a text costs: GSM-7 when every character is in its alphabet, else UCS-2."""

from __future__ import annotations

from dataclasses import dataclass

_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[~]|€\f")  # each takes two septets (escape + character)

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67


@dataclass(frozen=True)
class PartCount:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    parts: int
    per_part: int  # the limit that applies to this text's parts

    @property
    def left_in_part(self) -> int:
        """Characters that still fit before the next part starts."""
        return self.parts * self.per_part - self.units if self.units else self.per_part


def count_parts(text: str) -> PartCount:
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text):
        units = sum(2 if c in _GSM_EXTENDED else 1 for c in text)
        return _count("GSM-7", units, GSM_SINGLE, GSM_PART)
    units = len(text.encode("utf-16-le")) // 2
    return _count("UCS-2", units, UCS2_SINGLE, UCS2_PART)


def _count(encoding: str, units: int, single: int, per_part: int) -> PartCount:
    if units <= single:
        return PartCount(encoding, units, 1 if units else 0, single)
    return PartCount(encoding, units, -(-units // per_part), per_part)
