"""Persian text for reportlab: shape the letters, wrap in logical order, then reorder each line.

reportlab draws glyphs left to right as given. So a line is reshaped (joined letter forms),
measured, and only after wrapping turned into visual order; reordering a whole paragraph
first would put its lines in the wrong order.
"""

from __future__ import annotations

import re
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

# Harakat stay: the ezafe hamza in «شمارهٔ» is spelling, not decoration.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})
_LRI, _PDI = "\u2066", "\u2069"
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# After reordering, an Arabic mark stands before its letter; reportlab must draw it after.
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"), ("<", ">"), ("‹", "›"))
_MIRROR = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
_MARK_BEFORE_LETTER = re.compile("([\u064b-\u065f\u0670]+)(.)")


def keep_ltr(text: str) -> str:
    """Mark a run (job number, mobile, IMEI) to read left to right inside Persian text.

    Without it a job number «۱۴۰۵-۰۰۱۲۳» after Persian words shows its halves swapped.
    """
    return f"{_LRI}{text}{_PDI}" if text else text


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    return str(_RESHAPER.reshape(text)) if has_rtl(text) else text


@lru_cache(maxsize=4096)
def visual(line: str, rtl: bool) -> str:
    """One line in drawing order: reordered and mirrored by the Unicode bidi rules, with the
    invisible direction marks removed."""
    if not has_rtl(line) and _LRI not in line:
        return line
    shaped = shape(line)
    levels = _levels(shaped, rtl)
    shown = _reorder(shaped, levels)
    return _MARK_BEFORE_LETTER.sub(r"\2\1", _BIDI_CONTROLS.sub("", shown))


def _levels(text: str, rtl: bool) -> list[int]:
    """Each character's resolved embedding level, from python-bidi.

    python-bidi reorders but does not mirror brackets (rule L4), so the levels are taken
    from its debug report and the line is reordered here, mirroring what lands at an odd
    (right-to-left) level.
    """
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    found = _LEVELS.search(report)
    if found is None:
        raise RuntimeError("python-bidi's debug report changed: no 'levels' in it")
    by_byte = [int(n) for n in _LEVEL.findall(found.group(1))]
    levels, offset = [], 0
    for ch in text:
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    base = 1 if rtl else 0
    for i in range(len(text) - 1, -1, -1):  # rule L1: trailing spaces take the line's level
        if not text[i].isspace() and text[i] not in "\u2066\u2067\u2068\u2069":
            break
        levels[i] = base
    return levels


def _reorder(text: str, levels: list[int]) -> str:
    """Rules L2 and L4: reverse every run at each level from the highest down to the lowest
    odd one, and mirror brackets that sit at an odd level."""
    chars = [_MIRROR.get(ch, ch) if level % 2 else ch for ch, level in zip(text, levels,
                                                                              strict=True)]
    levels = list(levels)
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(chars):
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < len(chars) and levels[j] >= level:
                j += 1
            chars[i:j] = chars[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return "".join(chars)


def plain(text: str) -> str:
    """Text without the direction marks, for measuring and for comparing."""
    return _BIDI_CONTROLS.sub("", text)


@lru_cache(maxsize=8192)
def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(plain(shape(text)), font, size))


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Logical-order lines that fit max_width; explicit line breaks are kept.

    Words are measured shaped, one by one: Persian letters never join across a space, so a
    line's width is the sum of its words and spaces. ZWNJ is not a space, so a word such as
    «می‌شود» is never split at it.
    """
    lines: list[str] = []
    space = width(" ", font, size)
    for paragraph in text.splitlines() or [""]:
        current: list[str] = []
        used = 0.0
        for word in paragraph.split():
            w = width(word, font, size)
            if w > max_width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, font, size, max_width)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], width(pieces[-1], font, size)
                continue
            extra = w + (space if current else 0.0)
            if current and used + extra > max_width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    """A word wider than the line (a long serial, a pasted link) is cut where it must be."""
    pieces: list[str] = []
    start = 0
    for end in range(1, len(word) + 1):
        if width(word[start:end], font, size) > max_width and end - 1 > start:
            pieces.append(word[start:end - 1])
            start = end - 1
    pieces.append(word[start:])
    return pieces


def fit(text: str, font: str, size: float, max_width: float) -> str:
    """The text cut with an ellipsis so that one line holds it (labels have no second line)."""
    if width(text, font, size) <= max_width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if width(candidate, font, size) <= max_width:
            return candidate
    cut = text
    while cut and width(cut + "…", font, size) > max_width:
        cut = cut[:-1]
    return cut + "…"
