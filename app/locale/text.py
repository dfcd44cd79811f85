"""Text normalisation shared by storage and search: Persian/Arabic letter variants, digits, ZWNJ;
and the direction of mixed Persian and Latin text (UAX #9)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_LATIN_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)
_LETTER_VARIANTS = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
    "ؤ": "و",
})
# ZWNJ, ZWJ, tatweel, bidi marks and isolates and Arabic diacritics are invisible to a searcher.
_IGNORED = re.compile(
    "[\u200c\u200d\u200e\u200f\u0640\u064b-\u065f\u0670\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def to_latin_digits(text: str) -> str:
    return text.translate(_TO_LATIN_DIGITS)


def to_persian_digits(text: str) -> str:
    return text.translate(_TO_PERSIAN_DIGITS)


def clean_text(text: str) -> str:
    """Tidy user input for storage: Persian letters for Arabic look-alikes, single spaces.

    ZWNJ is kept, because it is part of correct Persian spelling.
    """
    text = unicodedata.normalize("NFC", text).replace("ي", "ی").replace("ك", "ک")
    return _SPACES.sub(" ", text).strip()


def search_key(text: str) -> str:
    """Fold text so that spelling variants a clerk types interchangeably compare equal."""
    text = unicodedata.normalize("NFKC", text)
    text = _IGNORED.sub("", text).translate(_LETTER_VARIANTS).translate(_TO_LATIN_DIGITS)
    return _SPACES.sub(" ", text).strip().lower()


# What no text we keep may hold: NUL and the other C0 controls but TAB, LF and CR; DEL and the
# C1 controls; lone surrogates (what is left of bytes that were not UTF-8). PostgreSQL refuses
# NUL, no driver can encode a surrogate, and a control character printed on a terminal acts.
UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Invisible alone: format characters (ZWNJ, ZWJ, ZWSP, bidi marks, BOM, ...) and the
# default-ignorable and blank code points that render as nothing.
_BLANK_CODEPOINTS = frozenset((0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x2800, 0x3164, 0xFFA0,
                               *range(0x180B, 0x1810), *range(0xFE00, 0xFE10)))


def first_unstorable(text: str) -> str | None:
    found = UNSTORABLE.search(text)
    return found.group() if found else None


def drop_unstorable(text: str) -> tuple[str, int]:
    """The text without characters we never keep, and how many were dropped."""
    return UNSTORABLE.subn("", text)


def codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def is_blank(text: str) -> bool:
    """Nothing a reader could see: white space and invisible characters only."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" or ord(c) in _BLANK_CODEPOINTS
               for c in text)


def terminal_safe(text: str) -> str:
    """Text for a terminal line: control characters, which a terminal would act on (ESC starts
    a command, BEL rings, CR goes back over the line), are written as visible escapes."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


LRM = "\u200e"


def ltr_run(text: str) -> str:
    """Keep a job number or code left to right inside Persian text.

    After Persian letters the bidi algorithm reads 1405-00123 as two numbers with a separator
    between them and shows 00123-1405; a left-to-right mark on each side keeps it whole.
    """
    return f"{LRM}{text}{LRM}"


# Unicode's isolates (UAX #9): text between FSI and PDI takes its direction from its own first
# strong character and leaves the text around it as it was, however it starts or ends.
FSI = "\u2068"
PDI = "\u2069"
_ISOLATE_OPENERS = frozenset({"LRI", "RLI", "FSI"})


def paragraph_direction(text: str) -> str | None:
    """'rtl' or 'ltr', from the text's first strong character (UAX #9, rules P2 and P3), or
    None when it has none (digits, punctuation, an isolate alone): then the place it is shown
    decides. What is inside an isolate is skipped, as P2 says."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _ISOLATE_OPENERS:
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif kind == "L":
            return "ltr"
        elif kind in ("R", "AL"):
            return "rtl"
    return None


def isolate(text: str) -> str:
    """Text set inside other text in its own direction: a Persian name in an English line, a
    Latin model or mobile in a Persian one, a value between «» quotes."""
    return f"{FSI}{text}{PDI}" if text else ""


def join_isolated(separator: str, parts: Iterable[str]) -> str:
    """Mixed texts side by side in the reader's order, each isolated ("name · mobile" stays in
    that order whatever scripts the name and the mobile are in); empty parts are left out."""
    return separator.join(isolate(part) for part in parts if part)
