"""A money field that takes Persian or Latin digits and groups them as they are typed."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import DomainError
from app.locale.amount_text import parse_amount
from app.locale.amounts import format_amount


def cursor_after_regrouping(typed: str, cursor: int, grouped: str) -> int:
    """Where the cursor goes in `grouped` so that the digits typed to its right stay there."""
    wanted = sum(ch.isdigit() for ch in typed[cursor:])
    position, seen = len(grouped), 0
    while seen < wanted and position > 0:
        position -= 1
        seen += grouped[position].isdigit()
    return position


class AmountEdit(QLineEdit):
    def __init__(self, field: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits read left to right
        self.textEdited.connect(self._regroup)

    def amount(self) -> int | None:
        """The typed amount, None when empty; raises a ValidationError naming the field."""
        return parse_amount(self.text(), self.field)

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_amount(amount, lang=self.lang,
                                                               unit=False))

    def _regroup(self, typed: str) -> None:
        """Group the digits at each keystroke (1234567 → 1,234,567), the cursor kept among
        the same digits; what is not a whole number yet is left as typed."""
        try:
            amount = parse_amount(typed, self.field)
        except DomainError:
            return
        if amount is None:
            return
        grouped = format_amount(amount, lang=self.lang, unit=False)
        if grouped != typed:
            cursor = cursor_after_regrouping(typed, self.cursorPosition(), grouped)
            self.setText(grouped)
            self.setCursorPosition(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        with contextlib.suppress(DomainError):  # else left as typed; saving names it
            self.set_amount(self.amount())
        super().focusOutEvent(event)
