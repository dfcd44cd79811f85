"""Amounts in words, as written on an invoice or a cheque, in Persian and English."""

from __future__ import annotations

_FA_ONES = ("صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
            "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_FA_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_FA_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد",
                "نهصد")
_FA_SCALES = ("", "هزار", "میلیون", "میلیارد", "هزار میلیارد", "میلیون میلیارد")

_EN_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen")
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety")
_EN_SCALES = ("", "thousand", "million", "billion", "trillion", "quadrillion")


def in_words(amount: int, lang: str) -> str:
    if amount < 0:
        return ("منفی " if lang == "fa" else "minus ") + in_words(-amount, lang)
    if amount == 0:
        return _FA_ONES[0] if lang == "fa" else _EN_ONES[0]
    groups = _thousands(amount)
    if len(groups) > len(_FA_SCALES):
        raise ValueError(f"{amount} is too large to write in words")
    if lang == "fa":
        parts = [f"{_fa_below_1000(g)} {_FA_SCALES[i]}".strip()
                 for i, g in reversed(list(enumerate(groups))) if g]
        return " و ".join(parts)
    parts = [f"{_en_below_1000(g)} {_EN_SCALES[i]}".strip()
             for i, g in reversed(list(enumerate(groups))) if g]
    return " ".join(parts)


def _thousands(amount: int) -> list[int]:
    groups = []
    while amount:
        amount, group = divmod(amount, 1000)
        groups.append(group)
    return groups


def _fa_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [_FA_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_FA_TENS[tens])
        if ones:
            parts.append(_FA_ONES[ones])
    elif rest:
        parts.append(_FA_ONES[rest])
    return " و ".join(parts)


def _en_below_1000(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{_EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        parts.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    elif rest:
        parts.append(_EN_ONES[rest])
    return " ".join(parts)
