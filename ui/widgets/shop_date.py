"""A date field in the shop's calendar: Jalali with Persian digits in Persian, else Gregorian."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget


class ShopDateEdit(QDateEdit):
    def __init__(self, lang: str, calendar: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        if lang == "fa" and calendar == "jalali":
            self.setCalendar(QCalendar(QCalendar.System.Jalali))
            self.setLocale(QLocale("fa_IR"))
        else:
            self.setLocale(QLocale("en_US"))
        # 1405/09/01 reads left to right even in Persian; in a right-to-left layout Qt would
        # reverse the sections (01/09/1405), so the direction is set before the format.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("yyyy/MM/dd")
        self.setDate(QDate.currentDate())

    def day(self) -> dt.date:
        """The chosen day; QDate is always Gregorian underneath, whatever is shown."""
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_day(self, day: dt.date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))
