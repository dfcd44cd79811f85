"""The care work the notifier does on its rounds: surveys that are due, escalation of
overdue follow-ups, jobs at risk, devices not collected, warranty reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.care.proactive import flag_at_risk, flag_not_collected, remind_warranty_ending
from app.care.surveys import PER_ROUND, send_due_surveys
from app.care.tasks import escalate_overdue
from app.settings.service import read_setting
from db.engine import Database


@dataclass
class CareReport:
    surveys_asked: int = 0
    surveys_skipped: int = 0
    escalated: int = 0
    at_risk: int = 0
    not_collected: int = 0
    warranty_reminders: int = 0

    def summary(self) -> str:
        return (f"surveys asked {self.surveys_asked}, skipped {self.surveys_skipped}, "
                f"escalated {self.escalated}, at risk {self.at_risk}, "
                f"not collected {self.not_collected}, "
                f"warranty reminders {self.warranty_reminders}")


def send_due(db: Database, now: dt.datetime, *, all_due: bool = False) -> CareReport:
    """One round's batch of due surveys, or with `all_due` every one that is due, batch by
    batch (`tamirgah survey send-due`)."""
    report = CareReport()
    while True:
        with db.write() as s:
            done = send_due_surveys(s, now)
        report.surveys_asked += done.asked
        report.surveys_skipped += done.skipped
        if not all_due or done.asked + done.skipped < PER_ROUND:
            return report


def run_care_round(db: Database, now: dt.datetime, *, daily: bool = True) -> CareReport:
    """Each part in its own transaction, so one that fails leaves the others done.
    `daily`: the warranty reminders too, which change only once a day."""
    report = send_due(db, now)
    with db.write() as s:
        report.escalated = escalate_overdue(s, now)
    with db.write() as s:
        report.at_risk = flag_at_risk(s, now)
    with db.write() as s:
        report.not_collected = flag_not_collected(s, now)
    if daily:
        with db.write() as s:
            report.warranty_reminders = remind_warranty_ending(s, now)
    return report


class CareRound:
    """What a dispatcher runs each minute: everything, and the warranty reminders on its
    first round of each shop day (they look at every delivered job's warranty: seconds at a
    million jobs, for an answer that changes once a day). A restart runs them again, which
    sends nothing twice."""

    def __init__(self) -> None:
        self.reminded: dt.date | None = None

    def __call__(self, db: Database, now: dt.datetime) -> CareReport:
        with db.read() as s:
            today = now.astimezone(ZoneInfo(str(read_setting(s, "shop.timezone")))).date()
        report = run_care_round(db, now, daily=today != self.reminded)
        self.reminded = today
        return report
