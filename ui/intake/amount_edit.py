"""A money field that takes Persian or Latin digits and shows the amount grouped when left."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import DomainError
from app.locale.amount_text import parse_amount
from app.locale.amounts import format_amount


class AmountEdit(QLineEdit):
    def __init__(self, field: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits read left to right

    def amount(self) -> int | None:
        """The typed amount, None when empty; raises a ValidationError naming the field."""
        return parse_amount(self.text(), self.field)

    def set_amount(self, amount: int | None) -> None:
        self.setText("" if amount is None else format_amount(amount, lang=self.lang,
                                                               unit=False))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        with contextlib.suppress(DomainError):  # else left as typed; saving names it
            self.set_amount(self.amount())
        super().focusOutEvent(event)
