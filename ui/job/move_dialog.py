"""Asks for what a move of the workflow table needs: a reason, a new promised date, or a
manager's override of an unpaid balance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.jobs.workflow import Requirement, Status
from ui.job.words import JobWords
from ui.widgets.shop_date import ShopDateEdit


@dataclass(frozen=True)
class MoveInput:
    reason: str = ""
    promised_date: dt.date | None = None
    override: bool = False


def needs_asking(requires: frozenset[Requirement], balance: int) -> bool:
    return (Requirement.REASON in requires or Requirement.PROMISED_DATE in requires
            or (Requirement.PAID_IN_FULL in requires and balance > 0))


class MoveDialog(QDialog):
    def __init__(self, words: JobWords, target: Status, requires: frozenset[Requirement],
                 balance: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.target = target
        self.balance = balance
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.reason = QLineEdit()
        self.promised = ShopDateEdit(words.lang, words.calendar)
        self.promised.set_day(dt.date.today() + dt.timedelta(days=3))
        self.override = QCheckBox()
        self.reason_label, self.promised_label = QLabel(), QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        self.asks_reason = Requirement.REASON in requires
        self.asks_date = Requirement.PROMISED_DATE in requires
        self.asks_override = Requirement.PAID_IN_FULL in requires and balance > 0
        if self.asks_reason:
            form.addRow(self.reason_label, self.reason)
        if self.asks_date:
            form.addRow(self.promised_label, self.promised)
        if self.asks_override:
            form.addRow(self.override)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        self.override.toggled.connect(self._check)
        self.setMinimumWidth(420)
        self.translate_ui()
        self._check()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Change status"))
        self.heading.setText(self.tr("Move the job to “{status}”.").format(
            status=self.words.status(self.target)))
        self.reason_label.setText(self.tr("Reason:"))
        self.reason.setPlaceholderText(self.tr("A few words, kept on the timeline"))
        self.promised_label.setText(self.tr("New promised date:"))
        self.override.setText(self.tr("Deliver with {amount} unpaid (manager's override)")
                              .format(amount=self.words.amount(self.balance)))

    def _check(self) -> None:
        ready = ((not self.asks_reason or bool(self.reason.text().strip()))
                 and (not self.asks_override or self.override.isChecked()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(ready)

    def answer(self) -> MoveInput:
        return MoveInput(reason=self.reason.text().strip() if self.asks_reason else "",
                         promised_date=self.promised.day() if self.asks_date else None,
                         override=self.asks_override and self.override.isChecked())
