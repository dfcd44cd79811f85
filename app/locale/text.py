"""Text normalisation shared by storage and search: Persian/Arabic letter variants, digits, ZWNJ."""

from __future__ import annotations

import re
import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_LATIN_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
_TO_PERSIAN_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)
_LETTER_VARIANTS = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
    "ؤ": "و",
})
# ZWNJ, ZWJ, tatweel, bidi marks and Arabic diacritics are invisible to a searcher.
_IGNORED = re.compile("[\u200c\u200d\u200e\u200f\u0640\u064b-\u065f\u0670\u202a-\u202e]")
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


LRM = "\u200e"


def ltr_run(text: str) -> str:
    """Keep a job number or code left to right inside Persian text.

    After Persian letters the bidi algorithm reads 1405-00123 as two numbers with a separator
    between them and shows 00123-1405; a left-to-right mark on each side keeps it whole.
    """
    return f"{LRM}{text}{LRM}"
