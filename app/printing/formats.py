"""How a paper writes numbers, money, dates and phone numbers in its language.

Persian papers: Persian digits, Jalali dates, «٬» between thousands. English papers: Latin
digits and Gregorian dates. Runs that must read left to right (job numbers, mobiles, IMEIs,
amounts) are marked so on both: on an English paper they may follow a Persian name. An amount
and its unit never part at the end of a line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.customers.phone import national_form
from app.locale.amounts import UNITS, format_amount
from app.locale.calendar import format_date
from app.locale.text import to_persian_digits
from app.printing.bidi_text import NO_BREAK_SPACE, keep_ltr
from app.printing.words import in_words

_ALL_DIGITS = re.compile(r"[0-9\-+/ ]+")


@dataclass(frozen=True)
class Formats:
    lang: str
    currency: str = "toman"
    timezone: str = "Asia/Tehran"

    @property
    def rtl(self) -> bool:
        return self.lang == "fa"

    def ltr(self, text: str) -> str:
        """A run that must read left to right, whatever text stands before it."""
        return keep_ltr(text)

    def digits(self, text: str) -> str:
        return to_persian_digits(text) if self.rtl else text

    def code(self, text: str) -> str:
        """A job number, mobile, IMEI or serial, read left to right. Only an all-digit code
        takes the paper's digits: a serial such as R58N12 stays as printed on the device."""
        if not text:
            return ""
        return self.ltr(self.digits(text) if _ALL_DIGITS.fullmatch(text) else text)

    def number(self, value: int) -> str:
        return format_amount(value, lang=self.lang, currency=self.currency, unit=False)

    def unit(self) -> str:
        return UNITS[(self.currency, self.lang)]

    def amount(self, value: int) -> str:
        return f"{self.ltr(self.number(value))}{NO_BREAK_SPACE}{self.unit()}"

    def amount_words(self, value: int) -> str:
        return f"{in_words(value, self.lang)} {self.unit()}"

    def date(self, day: dt.date) -> str:
        if self.rtl:
            return self.ltr(format_date(day, calendar="jalali", lang="fa"))
        return f"{day.day} {day:%b %Y}"

    def datetime(self, moment: dt.datetime) -> str:
        local = moment.astimezone(ZoneInfo(self.timezone))
        return f"{self.date(local.date())} {self.ltr(self.digits(f'{local:%H:%M}'))}"

    def mobile_tail(self, mobile: str, digits: int = 4) -> str:
        """The last digits of a mobile, enough to tell two customers of one name apart."""
        return self.code(national_form(mobile)[-digits:]) if mobile else ""

    def mobile(self, mobile: str) -> str:
        return self.code(national_form(mobile)) if mobile else ""
