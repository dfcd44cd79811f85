"""Customer care: the survey after delivery, follow-ups and the shop's working hours, warnings
before the customer has to ask, and status answers by SMS (the survey.* and care.* settings),
saved together like the other sections: nothing is written unless every value is good."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

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

YES_NO = ("survey.enabled", "survey.cancelled", "survey.warranty_returns", "survey.ask_why",
          "survey.after_recovery", "survey.thank_promoters", "care.warranty_reminder")
HOURS = ("care.task_hours", "care.owner_after_hours", "care.at_risk_hours")
DAYS = ("survey.every_days", "care.not_collected_days", "care.warranty_reminder_days")
NUMBERS = (*HOURS, *DAYS, "care.status_replies_per_day")
TIMES = ("survey.morning_at", "care.work_start", "care.work_end")
# The shop's week as it is read in Iran: Saturday first.
WEEK = ("saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday")
MORNING, AFTER_HOURS = "morning", "hours"
GROUPS = (
    ("survey", ("survey.enabled", "survey.scale", "survey.delay_hours", "survey.morning_at",
                "survey.every_days", "survey.cancelled", "survey.warranty_returns",
                "survey.ask_why", "survey.after_recovery", "survey.thank_promoters",
                "survey.review_link")),
    ("follow_ups", ("care.task_hours", "care.owner_after_hours", "care.work_start",
                    "care.work_end", "care.closed_days")),
    ("warnings", ("care.at_risk_hours", "care.not_collected_days", "care.warranty_reminder",
                  "care.warranty_reminder_days", "care.status_replies_per_day")),
)


class TimeField(QTimeEdit):
    """A time of day in the user's digits; 21:00 reads left to right even in Persian (in a
    right-to-left layout Qt would show ۰۰:۲۱), so the direction is set before the format."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setLocale(QLocale("fa_IR") if lang == "fa" else QLocale("en_US"))
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setDisplayFormat("HH:mm")
        self.setMinimumWidth(90)
        self.setMaximumWidth(110)

    def text_value(self) -> str:
        moment = self.time()
        return f"{moment.hour():02d}:{moment.minute():02d}"

    def set_text_value(self, value: str) -> None:
        hour, minute = (int(part) for part in value.split(":"))
        self.setTime(QTime(hour, minute))


def _yes_no(box: QCheckBox) -> Callable[[], str]:
    return lambda: "yes" if box.isChecked() else "no"


def _number(spin: QSpinBox) -> Callable[[], str]:
    return lambda: str(spin.value())


def _leading(widget: QWidget) -> QWidget:
    """`widget` at the start of its row: a left-to-right field would otherwise be put at the
    end of a right-to-left form's row."""
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(widget)
    line.addStretch(1)
    return holder


class CareSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.checks = {key: QCheckBox() for key in YES_NO}
        self.numbers: dict[str, QSpinBox] = {}
        for key in NUMBERS:
            spin = QSpinBox()
            spin.setRange(-100_000, 100_000)  # the service says what is allowed
            spin.setMaximumWidth(150)
            self.numbers[key] = spin
        self.times = {key: TimeField(desk.lang) for key in TIMES}
        self.scale = QComboBox()
        self.scale.addItem("", "nps")
        self.scale.addItem("", "csat")
        self.when = QComboBox()
        self.when.addItem("", MORNING)
        self.when.addItem("", AFTER_HOURS)
        self.delay = QSpinBox()
        self.delay.setRange(-100_000, 100_000)
        self.delay.setMaximumWidth(150)
        delay_row = QWidget()
        delay_line = QHBoxLayout(delay_row)
        delay_line.setContentsMargins(0, 0, 0, 0)
        delay_line.addWidget(self.when)
        delay_line.addWidget(self.delay)
        delay_line.addStretch(1)
        self.days = {day: QCheckBox() for day in WEEK}
        days_row = QWidget()
        days_line = QHBoxLayout(days_row)
        days_line.setContentsMargins(0, 0, 0, 0)
        for box in self.days.values():
            days_line.addWidget(box)
        days_line.addStretch(1)
        self.review_link = QLineEdit()
        self.review_link.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.review_link.setPlaceholderText("https://")

        self.shop = ShopSettingsForm(desk)
        self.labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        fields: dict[str, tuple[QWidget, Callable[[], str]]] = {
            "survey.scale": (self.scale, lambda: str(self.scale.currentData())),
            "survey.delay_hours": (delay_row, self._delay_value),
            "care.closed_days": (days_row, self._closed_days),
            "survey.review_link": (self.review_link, lambda: self.review_link.text().strip()),
        }
        for key, box in self.checks.items():
            fields[key] = (box, _yes_no(box))
        for key, spin in self.numbers.items():
            fields[key] = (spin, _number(spin))
        for key, clock in self.times.items():
            fields[key] = (_leading(clock), clock.text_value)
        for name, keys in GROUPS:
            group = QGroupBox()
            layout: QFormLayout = form()
            group.setLayout(layout)
            self.groups[name] = group
            for key in keys:
                widget, read = fields[key]
                error = ErrorLine()
                if isinstance(widget, QCheckBox):
                    layout.addRow(field_with_error(widget, error))
                else:
                    label = QLabel()  # one line: a form's wrapped label is cut short
                    self.labels[key] = label
                    layout.addRow(label, field_with_error(widget, error))
                self.shop.add(key, read, error)
            self.body.addWidget(group)
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        self.body.addLayout(buttons)
        self.body.addStretch(1)

        self.save_button.clicked.connect(self.save)
        self.when.currentIndexChanged.connect(self._delay_shown)
        self.times["survey.morning_at"].timeChanged.connect(lambda _: self._morning_text())
        for widget in (*self.checks.values(), *self.numbers.values(), *self.times.values(),
                       *self.days.values(), self.scale, self.when, self.delay,
                       self.review_link, self.save_button):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self._delay_shown()
        self.load()

    # --- reading the fields as the service takes them -----------------------------------
    def _delay_value(self) -> str:
        """Empty: the next morning at survey.morning_at; else hours after delivery."""
        return "" if self.when.currentData() == MORNING else str(self.delay.value())

    def _closed_days(self) -> str:
        return ",".join(day for day, box in self.days.items() if box.isChecked())

    def _delay_shown(self) -> None:
        self.delay.setVisible(self.when.currentData() == AFTER_HOURS)

    def _morning_text(self) -> None:
        self.when.setItemText(0, self.tr("The next morning at {time}").format(
            time=self.desk.digits(self.times["survey.morning_at"].text_value())))

    # --- words ----------------------------------------------------------------------------
    def translate_ui(self) -> None:
        self.set_titles(self.tr("Customer care"))
        titles = {"survey": self.tr("Survey after delivery"),
                  "follow_ups": self.tr("Follow-ups and working hours"),
                  "warnings": self.tr("Warnings and SMS answers")}
        for name, group in self.groups.items():
            group.setTitle(titles[name])
        texts = {
            "survey.scale": self.tr("Question"),
            "survey.delay_hours": self.tr("The survey goes"),
            "survey.morning_at": self.tr("Morning survey time"),
            "survey.every_days": self.tr("Least time between two surveys"),
            "survey.review_link": self.tr("Link sent with the thanks"),
            "care.task_hours": self.tr("A complaint or recovery is due in"),
            "care.owner_after_hours": self.tr("Overdue: the owner hears after"),
            "care.work_start": self.tr("Working hours start"),
            "care.work_end": self.tr("Working hours end"),
            "care.closed_days": self.tr("Closed on"),
            "care.at_risk_hours": self.tr("Promised date at risk: warn before"),
            "care.not_collected_days": self.tr("Device not collected: follow up after"),
            "care.warranty_reminder_days": self.tr("Warranty reminder goes before its end"),
            "care.status_replies_per_day": self.tr("Status answers per customer a day"),
        }
        tips = {
            "survey.every_days": self.tr("At most one survey per customer within this many "
                                         "days (0: no limit)"),
            "survey.review_link": self.tr("A review or referral page sent with the thanks to a "
                                          "happy customer; empty for none"),
            "care.task_hours": self.tr("Working hours: the shop's closed hours and days do not "
                                       "count"),
            "care.owner_after_hours": self.tr("Working hours an overdue complaint or recovery "
                                              "waits on the manager before the owner hears"),
            "care.work_end": self.tr("A promised day ends at this time"),
            "care.at_risk_hours": self.tr("A job not ready this long before its promised day "
                                          "ends is flagged on the board and in the follow-ups "
                                          "(0: never)"),
            "care.not_collected_days": self.tr("A follow-up for a device still here this many "
                                               "days after it was ready (0: none)"),
            "care.status_replies_per_day": self.tr("Answers to «وضعیت», “status” or a job "
                                                   "number by SMS (0: none)"),
        }
        for key, tip in tips.items():
            self.labels[key].setToolTip(tip)
        for key, text in texts.items():
            self.labels[key].setText(text)
        checks = {
            "survey.enabled": self.tr("Ask each customer how it went after delivery"),
            "survey.cancelled": self.tr("Survey cancelled jobs too"),
            "survey.warranty_returns": self.tr("Survey warranty returns too"),
            "survey.ask_why": self.tr("Ask an unhappy customer what went wrong"),
            "survey.after_recovery": self.tr("Survey again after a resolved recovery"),
            "survey.thank_promoters": self.tr("Thank a customer who gave 9–10 (or 5 of 5)"),
            "care.warranty_reminder": self.tr("Remind the customer before a warranty ends"),
        }
        for key, text in checks.items():
            self.checks[key].setText(text)
        self.scale.setItemText(0, self.tr("NPS 0–10: would they recommend the shop?"))
        self.scale.setItemText(1, self.tr("CSAT 1–5: how satisfied were they?"))
        self.when.setItemText(1, self.tr("Hours after delivery"))
        self._morning_text()
        hours, days = self.tr(" hours"), self.tr(" days")
        for key in HOURS:
            self.numbers[key].setSuffix(hours)
        for key in DAYS:
            self.numbers[key].setSuffix(days)
        self.delay.setSuffix(hours)
        names = {"saturday": self.tr("Saturday"), "sunday": self.tr("Sunday"),
                 "monday": self.tr("Monday"), "tuesday": self.tr("Tuesday"),
                 "wednesday": self.tr("Wednesday"), "thursday": self.tr("Thursday"),
                 "friday": self.tr("Friday")}
        for day, box in self.days.items():
            box.setText(names[day])
        self.save_button.setText(self.tr("Save care settings"))

    # --- values ---------------------------------------------------------------------------
    def load(self) -> None:
        self.reads.read(self.desk.services.settings.all, self.show_values)

    def show_values(self, values: dict[str, Any]) -> None:
        for key, box in self.checks.items():
            box.setChecked(values[key] == "yes")
        for key, spin in self.numbers.items():
            spin.setValue(int(values[key]))
        for key, clock in self.times.items():
            clock.set_text_value(str(values[key]))
        self.scale.setCurrentIndex(max(self.scale.findData(values["survey.scale"]), 0))
        delay = values["survey.delay_hours"]
        self.when.setCurrentIndex(self.when.findData(MORNING if delay is None else AFTER_HOURS))
        self.delay.setValue(0 if delay is None else int(delay))
        closed = set(values["care.closed_days"])
        for day, box in self.days.items():
            box.setChecked(day in closed)
        self.review_link.setText(str(values["survey.review_link"]))
        self._delay_shown()
        self._morning_text()
        self.shop.remember()

    def save(self) -> None:
        self.saved.setText("")
        self.shop.save(self, self._saved)

    def _saved(self, values: dict[str, Any]) -> None:
        self.show_values(values)
        self.saved.setText(self.tr("Saved."))
