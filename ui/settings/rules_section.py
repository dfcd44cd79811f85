"""Quiet hours and the other rules of customer messages: grace, retries, reminders, cap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from app.locale.text import to_latin_digits
from ui.settings.common import (
    OK_STYLE,
    SHOP,
    ErrorLine,
    Section,
    ShopSettingsForm,
    field_with_error,
    form,
)
from ui.shell.desk import Desk

NUMBERS = ("sms.grace_seconds", "sms.max_attempts", "sms.retry_seconds", "sms.timeout_seconds",
           "sms.reminder_days", "sms.reminder_max", "sms.cap_count", "sms.cap_days")


class RulesSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        # Line edits, not QTimeEdit: in Persian its digits show reversed (۰۰:۲۱ for 21:00).
        self.quiet_start = QLineEdit()
        self.quiet_end = QLineEdit()
        for clock in (self.quiet_start, self.quiet_end):
            clock.setPlaceholderText(desk.digits("21:00"))
            clock.setMaximumWidth(120)
        self.numbers: dict[str, QSpinBox] = {}
        for key in NUMBERS:
            spin = QSpinBox()
            spin.setRange(-100_000, 100_000)  # the service says what is allowed
            self.numbers[key] = spin
        self.labels: dict[str, QLabel] = {}
        self.shop = ShopSettingsForm(desk)
        layout = form()
        rows: list[tuple[str, QWidget]] = [("sms.quiet_start", self.quiet_start),
                                           ("sms.quiet_end", self.quiet_end),
                                           *self.numbers.items()]
        for key, widget in rows:
            error = ErrorLine()
            label = QLabel()
            label.setWordWrap(True)
            self.labels[key] = label
            layout.addRow(label, field_with_error(widget, error))
            self.shop.add(key, self._reader(widget), error)
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        self.body.addLayout(layout)
        self.body.addLayout(buttons)
        self.body.addStretch(1)
        self.save_button.clicked.connect(self.save)
        for widget in (self.quiet_start, self.quiet_end, *self.numbers.values(),
                       self.save_button):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.load()

    @staticmethod
    def _reader(widget: QWidget) -> Callable[[], str]:
        if isinstance(widget, QLineEdit):
            return lambda: to_latin_digits(widget.text().strip())
        assert isinstance(widget, QSpinBox)
        return lambda: str(widget.value())

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Quiet hours and SMS rules"))
        texts = {
            "sms.quiet_start": self.tr("Quiet hours start (messages wait)"),
            "sms.quiet_end": self.tr("Quiet hours end"),
            "sms.grace_seconds": self.tr("A change undone within this time sends nothing"),
            "sms.max_attempts": self.tr("Tries before a message fails"),
            "sms.retry_seconds": self.tr("First retry after (doubles each time)"),
            "sms.timeout_seconds": self.tr("Wait for the provider at most"),
            "sms.reminder_days": self.tr("Remind about an uncollected device after (0: never)"),
            "sms.reminder_max": self.tr("Reminders per job at most"),
            "sms.cap_count": self.tr("Non-urgent messages per customer at most"),
            "sms.cap_days": self.tr("… within this many days"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        seconds, days = self.tr(" seconds"), self.tr(" days")
        for key in ("sms.grace_seconds", "sms.retry_seconds", "sms.timeout_seconds"):
            self.numbers[key].setSuffix(seconds)
        for key in ("sms.reminder_days", "sms.cap_days"):
            self.numbers[key].setSuffix(days)
        self.save_button.setText(self.tr("Save SMS rules"))

    def load(self) -> None:
        self.reads.read(self.desk.services.settings.all, self.show_values)

    def show_values(self, values: dict[str, Any]) -> None:
        self.quiet_start.setText(self.desk.digits(str(values["sms.quiet_start"])))
        self.quiet_end.setText(self.desk.digits(str(values["sms.quiet_end"])))
        for key, spin in self.numbers.items():
            spin.setValue(int(values[key]))
        self.shop.remember()

    def save(self) -> None:
        self.saved.setText("")
        self.shop.save(self, self._saved)

    def _saved(self, values: dict[str, Any]) -> None:
        self.show_values(values)
        self.saved.setText(self.tr("Saved."))
