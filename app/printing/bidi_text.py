"""Persian text for reportlab: shape the letters, wrap in logical order, then reorder each line.

reportlab draws glyphs left to right as given. So a line is reshaped (joined letter forms),
measured, and only after wrapping turned into visual order; reordering a whole paragraph
first would put its lines in the wrong order. A paragraph's direction is its own (the first
strong letter, Unicode's rules P2 and P3), so a Persian note on an English paper reads right to
left; its levels are resolved over the whole paragraph, then each line is reordered and its
brackets mirrored with its share of them (rules L1 to L4).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

# Harakat stay: the ezafe hamza in «شمارهٔ» is spelling, not decoration.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})
_LRI, _FSI, _PDI = "\u2066", "\u2068", "\u2069"
_ISOLATE_OPENERS = "\u2066\u2067\u2068"
_ISOLATE_OPENERS_RE = re.compile(f"[{_ISOLATE_OPENERS}]")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"), ("<", ">"), ("‹", "›"))
_MIRROR = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}
_LEVELS = re.compile(r"levels: \[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")
# After reordering, an Arabic mark stands before its letter; reportlab must draw it after.
_MARK_BEFORE_LETTER = re.compile("([\u064b-\u065f\u0670]+)(.)")
# Where a line may break: any white space but the no-break ones that hold an amount to its unit.
_BREAK = re.compile("[^\\S\u00a0\u2007\u202f]+")
_NO_BREAK = re.compile("[\u00a0\u2007\u202f]")
NO_BREAK_SPACE = "\u00a0"


@dataclass(frozen=True)
class Line:
    """One line of a paragraph: its logical text (measured, searched), the same in drawing
    order, and its paragraph's direction, which says the side the line starts from."""

    text: str
    shown: str
    rtl: bool


def keep_ltr(text: str) -> str:
    """Mark a run (job number, mobile, IMEI) to read left to right inside any text.

    Without it a job number «۱۴۰۵-۰۰۱۲۳» after Persian words shows its halves swapped, and a
    mobile after a Persian name on an English paper lands before the name.
    """
    return f"{_LRI}{text}{_PDI}" if text else text


def isolate(text: str) -> str:
    """Someone's text set inside the app's words: it keeps its own direction and leaves the
    direction of the line around it alone (a Persian name in «name · 4567» on an English
    label)."""
    return f"{_FSI}{text}{_PDI}" if text else text


def has_rtl(text: str) -> bool:
    return bool(_RTL_LETTER.search(text))


def first_strong(text: str) -> bool | None:
    """Rule P2: True for right to left, False for left to right, None without a strong letter.
    What an isolate holds does not count."""
    depth = 0
    for ch in text:
        if ch in _ISOLATE_OPENERS:
            depth += 1
        elif ch == _PDI:
            depth = max(0, depth - 1)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
    return None


def direction(text: str, default: bool) -> bool:
    """Rule P3: a paragraph's direction from its first strong letter, else the default (the
    paper's direction)."""
    found = first_strong(text)
    return default if found is None else found


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    return str(_RESHAPER.reshape(text)) if has_rtl(text) else text


def visual(line: str, rtl: bool) -> str:
    """One line, a paragraph of its own, in drawing order: reordered and mirrored by the
    Unicode bidi rules, with the invisible direction marks removed."""
    return _shown((line,), rtl)[0]


def single(text: str, rtl: bool | None = None, *, default: bool = False) -> Line:
    """A line that is a paragraph of its own: in direction rtl, or its own (else default)."""
    rtl = direction(text, default) if rtl is None else rtl
    return Line(text, visual(text, rtl), rtl)


def lay_out(text: str, font: str, size: float, max_width: float, *, default: bool,
            rtl: bool | None = None) -> list[Line]:
    """The text wrapped to max_width, each paragraph (explicit line) in its own direction, or
    in rtl when the paragraph's direction is the paper's (the app's own labels)."""
    out: list[Line] = []
    for paragraph in text.splitlines() or [""]:
        lines = tuple(_wrap_paragraph(paragraph, font, size, max_width))
        para_rtl = direction(paragraph, default) if rtl is None else rtl
        out += [Line(line, shown, para_rtl)
                for line, shown in zip(lines, _shown(lines, para_rtl), strict=True)]
    return out


@lru_cache(maxsize=4096)
def _shown(lines: tuple[str, ...], rtl: bool) -> tuple[str, ...]:
    """The lines of one paragraph in drawing order: levels resolved over the whole paragraph,
    so a bracket opened on one line and closed on the next faces the same way on both."""
    if not rtl and not any(has_rtl(line) or _ISOLATE_OPENERS_RE.search(line)
                           for line in lines):
        return tuple(plain(line) for line in lines)
    shaped = [shape(line) for line in lines]
    levels = _levels(" ".join(shaped), rtl)
    out, start = [], 0
    for line in shaped:
        own = _line_end_levels(line, levels[start:start + len(line)], rtl)
        start += len(line) + 1
        shown = _reorder(line, own)
        out.append(_MARK_BEFORE_LETTER.sub(r"\2\1", _BIDI_CONTROLS.sub("", shown)))
    return tuple(out)


def _levels(text: str, rtl: bool) -> list[int]:
    """Each character's resolved embedding level, from python-bidi.

    python-bidi reorders but does not mirror brackets (rule L4), so the levels are taken
    from its debug report and the line is reordered here, mirroring what lands at an odd
    (right-to-left) level.
    """
    if not text:
        return []
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    found = _LEVELS.search(report)
    if found is None:
        raise RuntimeError("python-bidi's debug report changed: no 'levels' in it")
    by_byte = [int(n) for n in _LEVEL.findall(found.group(1))]
    levels, offset = [], 0
    for ch in text:
        levels.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    return levels


def _line_end_levels(line: str, levels: list[int], rtl: bool) -> list[int]:
    """Rule L1: white space and isolate marks at the end of a line take the paragraph's level."""
    levels = list(levels)
    for i in range(len(line) - 1, -1, -1):
        if not line[i].isspace() and line[i] not in "\u2066\u2067\u2068\u2069":
            break
        levels[i] = 1 if rtl else 0
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
    """Logical-order lines that fit max_width; explicit line breaks are kept."""
    return [line for paragraph in text.splitlines() or [""]
            for line in _wrap_paragraph(paragraph, font, size, max_width)]


def _wrap_paragraph(paragraph: str, font: str, size: float, max_width: float) -> list[str]:
    """Words are measured shaped, one by one: Persian letters never join across a space, so a
    line's width is the sum of its words and spaces. ZWNJ is not a space, so a word such as
    «می‌شود» is never split at it; a no-break space holds an amount to its unit unless the two
    are wider than the line.
    """
    lines: list[str] = []
    space = width(" ", font, size)
    current: list[str] = []
    used = 0.0
    words = [w for w in _BREAK.split(paragraph) if w]
    while words:
        word = words.pop(0)
        w = width(word, font, size)
        if w > max_width and _NO_BREAK.search(word):
            words[:0] = [part for part in _NO_BREAK.split(word) if part]
            continue
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
