"""The customer card's care parts: their health as a coloured chip with its reasons in words,
and their open follow-ups, one line each (a double-click opens the job)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from app.care.health import Health
from app.care.states import HealthLevel, HealthReason, Severity, TaskKind
from app.care.views import TaskView
from app.locale.calendar import format_datetime
from app.locale.labels import label, label_of
from app.locale.text import isolate, join_isolated, ltr_run, to_persian_digits

CHIP_COLOURS = {HealthLevel.GOOD: "#bbf7d0", HealthLevel.WATCH: "#fde68a",
                HealthLevel.AT_RISK: "#fca5a5"}
JOB_ID = Qt.ItemDataRole.UserRole


def _digits(text: str, lang: str) -> str:
    return to_persian_digits(text) if lang == "fa" else text


def reasons_text(health: Health, lang: str) -> str:
    """Each reason in words with its count, e.g. «شکایت باز ×۱ · کار دیرتر از موعد ×۲»."""
    return " · ".join(f"{label_of(HealthReason, r.kind, lang)} ×{_digits(str(r.count), lang)}"
                      for r in health.reasons)


class HealthChip(QLabel):
    """Good, watch or at risk, in its colour; the reasons on hover too."""

    def __init__(self) -> None:
        super().__init__()
        self.level: HealthLevel | None = None
        self.hide()

    def show_health(self, health: Health | None, lang: str) -> None:
        self.level = health.level if health is not None else None
        if health is None:
            self.hide()
            return
        self.setText(self.tr("Health: {level}").format(level=label(health.level, lang)))
        self.setStyleSheet(f"background: {CHIP_COLOURS[health.level]}; color: #111827; "
                           "border-radius: 4px; padding: 2px 8px; font-weight: bold;")
        self.setToolTip(reasons_text(health, lang) or self.tr("Nothing to worry about"))
        self.show()


class FollowUpList(QListWidget):
    """The customer's open follow-ups: kind, job, due time, who has it, what it is about."""

    def show_tasks(self, tasks: list[TaskView], lang: str, calendar: str, tz: str,
                   now: dt.datetime) -> None:
        self.clear()
        for task in tasks:
            item = QListWidgetItem(self.line(task, lang, calendar, tz, now))
            item.setToolTip(task.summary)
            item.setData(JOB_ID, task.job_id)
            self.addItem(item)
        if not tasks:
            quiet = QListWidgetItem(self.tr("No open follow-ups."))
            quiet.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(quiet)

    def line(self, task: TaskView, lang: str, calendar: str, tz: str,
             now: dt.datetime) -> str:
        kind = label_of(TaskKind, task.kind, lang)
        if task.severity == Severity.HIGH and task.kind in (TaskKind.COMPLAINT,
                                                            TaskKind.RECOVERY):
            kind = self.tr("{kind} (serious)").format(kind=kind)
        parts = [kind]
        if task.job_number:
            parts.append(ltr_run(_digits(task.job_number, lang)))
        due = format_datetime(task.due_at, calendar=calendar, lang=lang, tz=tz)
        parts.append((self.tr("overdue since {moment}") if task.overdue(now)
                      else self.tr("due {moment}")).format(moment=due))
        parts.append(task.assignee_name or self.tr("nobody yet"))
        line = join_isolated(" · ", parts)
        summary = " ".join(task.summary.split())
        return f"{line} — {isolate(summary)}" if summary else line
