"""When and how much: the promised date, the estimated range, the deposit and the priority."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel

from app.jobs.money import PayMethod
from app.locale.amounts import UNITS
from ui.intake.amount_edit import AmountEdit
from ui.widgets.shop_date import ShopDateEdit

METHODS = (PayMethod.CASH, PayMethod.CARD, PayMethod.TRANSFER)
DEFAULT_PROMISE_DAYS = 2


class TermsBox(QGroupBox):
    def __init__(self, lang: str, calendar: str, currency: str = "toman") -> None:
        super().__init__()
        self.lang = lang
        self.unit = UNITS.get((currency, lang), "")
        self.promise = QCheckBox()
        self.promised = ShopDateEdit(lang, calendar)
        self.low = AmountEdit("estimate_min", lang)
        self.high = AmountEdit("estimate_max", lang)
        self.deposit = AmountEdit("deposit", lang)
        self.method = QComboBox()
        self.priority = QComboBox()
        for method in METHODS:
            self.method.addItem("", method.value)
        for level in range(3):
            self.priority.addItem("", level)
        self.labels = {key: QLabel() for key in ("estimate", "to", "deposit", "priority")}
        estimate = QHBoxLayout()
        estimate.addWidget(self.low, 1)
        estimate.addWidget(self.labels["to"])
        estimate.addWidget(self.high, 1)
        deposit = QHBoxLayout()
        deposit.addWidget(self.deposit, 1)
        deposit.addWidget(self.method)
        form = QFormLayout(self)
        form.addRow(self.promise, self.promised)
        form.addRow(self.labels["estimate"], estimate)
        form.addRow(self.labels["deposit"], deposit)
        form.addRow(self.labels["priority"], self.priority)
        self.promise.toggled.connect(self.promised.setEnabled)
        self.translate_ui()
        self.reset()

    def set_currency(self, currency: str) -> None:
        """The shop's currency, once read (off the UI thread): the amounts' unit."""
        self.unit = UNITS.get((currency, self.lang), "")
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Date and money"))
        self.promise.setText(self.tr("Promised for"))
        self.labels["estimate"].setText(self.tr("Estimate"))
        self.labels["to"].setText(self.tr("to"))
        self.labels["deposit"].setText(self.tr("Deposit"))
        self.labels["priority"].setText(self.tr("Priority"))
        for edit in (self.low, self.high, self.deposit):
            edit.setPlaceholderText(self.unit)
        names = {PayMethod.CASH: self.tr("Cash"), PayMethod.CARD: self.tr("Card"),
                 PayMethod.TRANSFER: self.tr("Transfer")}
        for index, method in enumerate(METHODS):
            self.method.setItemText(index, names[method])
        for level, name in enumerate((self.tr("Normal"), self.tr("Urgent"),
                                      self.tr("Very urgent"))):
            self.priority.setItemText(level, name)

    def promised_date(self) -> dt.date | None:
        return self.promised.day() if self.promise.isChecked() else None

    def reset(self) -> None:
        self.promise.setChecked(False)
        self.promised.setEnabled(False)
        self.promised.set_day(dt.date.today() + dt.timedelta(days=DEFAULT_PROMISE_DAYS))
        for edit in (self.low, self.high, self.deposit):
            edit.clear()
        self.method.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
