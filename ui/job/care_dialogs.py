"""What the job window asks before a care action: the new promised date that is told to the
customer, and a complaint (what, how serious, how it came)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.care.states import CameBy, Severity
from app.locale.labels import label
from ui.job.words import JobWords
from ui.widgets.shop_date import ShopDateEdit

ERROR_STYLE = "color: #b00020;"
# How a complaint reaches reception; surveys and the care round open their own tasks.
CAME_BY = (CameBy.IN_PERSON, CameBy.PHONE, CameBy.SMS)


class PromiseDialog(QDialog):
    """A new promised date, the shop's today or later; the customer is told by SMS."""

    def __init__(self, words: JobWords, current: dt.date | None, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.today = today
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.date = ShopDateEdit(words.lang, words.calendar)
        # a new date is usually a day past the old one (or past today, if that has gone by)
        self.date.set_day(max(current or today, today) + dt.timedelta(days=1))
        self.date_label = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        self.date.dateChanged.connect(lambda _: self.error.hide())
        self.setMinimumWidth(440)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("New promised date"))
        self.heading.setText(self.tr(
            "The job gets this promised date and the customer an SMS that says so."))
        self.date_label.setText(self.tr("New promised date:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Save and tell the customer"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    def try_accept(self) -> None:
        """A day before the shop's today is refused here, with the reason; the dialog stays."""
        if self.day() < self.today:
            self.error.setText(self.tr("The new promised date cannot be in the past (today "
                                       "is {today}).").format(today=self.words.day(self.today)))
            self.error.show()
            return
        self.accept()

    def day(self) -> dt.date:
        return self.date.day()


@dataclass(frozen=True)
class ComplaintInput:
    text: str
    severity: str
    came_by: str


class ComplaintDialog(QDialog):
    """Asked on a job's window and on a customer's card alike."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.severity = QButtonGroup(self)
        self.severity_buttons: dict[Severity, QRadioButton] = {}
        levels = QHBoxLayout()
        for level in (Severity.LOW, Severity.HIGH):
            button = QRadioButton()
            self.severity.addButton(button)
            self.severity_buttons[level] = button
            levels.addWidget(button)
        levels.addStretch(1)
        self.severity_buttons[Severity.LOW].setChecked(True)
        self.came_by = QComboBox()
        for way in CAME_BY:
            self.came_by.addItem("", str(way))
        self.text_label, self.severity_label, self.came_by_label = QLabel(), QLabel(), QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.text_label, self.text)
        form.addRow(self.severity_label, levels)
        form.addRow(self.came_by_label, self.came_by)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        self.setMinimumWidth(480)
        self.translate_ui()
        self._check()

    def translate_ui(self) -> None:
        lang = self.lang
        self.setWindowTitle(self.tr("Record complaint"))
        self.heading.setText(self.tr("The complaint goes straight to a manager as a "
                                     "follow-up, due within the shop's working hours."))
        self.text_label.setText(self.tr("What is wrong:"))
        self.text.setPlaceholderText(self.tr("In the customer's words"))
        self.severity_label.setText(self.tr("How serious:"))
        for level, button in self.severity_buttons.items():
            button.setText(label(level, lang))
        self.came_by_label.setText(self.tr("How it came:"))
        for position, way in enumerate(CAME_BY):
            self.came_by.setItemText(position, label(way, lang))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Record complaint"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Cancel"))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(bool(self.text.toPlainText().strip()))

    def answer(self) -> ComplaintInput:
        severity = next(level for level, button in self.severity_buttons.items()
                        if button.isChecked())
        return ComplaintInput(self.text.toPlainText().strip(), str(severity),
                              str(self.came_by.currentData()))
