"""Money on the job: what it costs, what was paid and refunded, the balance; take a payment
or refund one with a reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.jobs.money import PayMethod
from app.jobs.views import JobDetail
from app.locale.text import isolate
from ui.job.words import JobWords

MAX_AMOUNT = 2_000_000_000


class PaymentsPanel(QWidget):
    pay_requested = Signal(int, str)  # amount, method
    refund_requested = Signal(int, str, str)  # amount, method, reason

    def __init__(self, words: JobWords, *, can_pay: bool, can_refund: bool) -> None:
        super().__init__()
        self.words = words
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history = QListWidget()
        self.amount = QSpinBox()
        self.amount.setRange(0, MAX_AMOUNT)
        self.amount.setSingleStep(10_000)
        self.amount.setGroupSeparatorShown(True)
        self.method = QComboBox()
        self.reason = QLineEdit()
        self.pay, self.refund = QPushButton(), QPushButton()
        self.amount_label, self.method_label, self.reason_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.method_label, self.method)
        form.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pay)
        buttons.addWidget(self.refund)
        self.pay.setVisible(can_pay)
        self.refund.setVisible(can_refund)
        self.reason.setVisible(can_refund)
        self.reason_label.setVisible(can_refund)
        for widget in (self.amount, self.method, self.amount_label, self.method_label):
            widget.setVisible(can_pay or can_refund)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.history, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.pay.clicked.connect(
            lambda: self.pay_requested.emit(self.amount.value(), self.method.currentData()))
        self.refund.clicked.connect(lambda: self.refund_requested.emit(
            self.amount.value(), self.method.currentData(), self.reason.text().strip()))
        self._detail: JobDetail | None = None
        self.translate_ui()

    def translate_ui(self) -> None:
        self.amount_label.setText(self.tr("Amount:"))
        self.method_label.setText(self.tr("Method:"))
        self.reason_label.setText(self.tr("Refund reason:"))
        self.pay.setText(self.tr("Take payment"))
        self.refund.setText(self.tr("Refund"))
        self.amount.setSuffix(" " + self.words.amount(0).split(" ", 1)[-1])
        chosen = self.method.currentData()
        self.method.clear()
        for method in PayMethod:
            self.method.addItem(self.words.method(method), method.value)
        self.method.setCurrentIndex(max(self.method.findData(chosen), 0))
        if self._detail is not None:
            self.show_job(self._detail)

    def show_job(self, detail: JobDetail) -> None:
        self._detail = detail
        w, t = self.words, detail.totals
        self.summary.setText(self.tr(
            "Estimate {estimate} · paid {paid} · refunded {refunded} · {owed}").format(
            estimate=w.amount(t.estimate), paid=w.amount(t.paid), refunded=w.amount(t.refunded),
            owed=w.owed(t.balance)))
        self.history.clear()
        for p in detail.payments:
            kind = (self.tr("Refund") if p.kind == "refund" else
                    self.tr("Deposit") if p.is_deposit else self.tr("Payment"))
            note = f" — {isolate(p.note)}" if p.note else ""
            self.history.addItem(f"{w.moment(p.at)}  {kind}: {w.amount(p.amount)} "
                                 f"({w.method(p.method)}){note}")
        if t.balance > 0:
            self.amount.setValue(t.balance)
        closed = detail.status == "cancelled"
        self.pay.setEnabled(not closed)

    def clear_input(self) -> None:
        self.reason.clear()
