"""What care shows: follow-ups, surveys and their results, as plain values for screens and
the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.care.scores import Summary
from app.care.states import TaskState
from db.models import CareTask, Survey


@dataclass(frozen=True)
class TaskView:
    id: int
    version: int
    kind: str
    job_id: int | None
    job_number: str | None
    customer_id: int
    customer_name: str
    customer_mobile: str
    summary: str
    severity: str
    came_by: str
    assignee_id: int | None
    assignee_name: str | None
    due_at: dt.datetime
    snoozed_until: dt.datetime | None
    state: str
    outcome: str | None
    note: str
    escalated_to: str | None
    created_at: dt.datetime
    closed_at: dt.datetime | None

    def overdue(self, now: dt.datetime) -> bool:
        return self.state == TaskState.OPEN and self.due_at <= now

    def snoozed(self, now: dt.datetime) -> bool:
        return self.snoozed_until is not None and self.snoozed_until > now

    @classmethod
    def of(cls, t: CareTask, job_number: str | None, customer_name: str, mobile: str,
           assignee_name: str | None) -> TaskView:
        return cls(t.id, t.version, t.kind, t.job_id, job_number, t.customer_id,
                   customer_name, mobile, t.summary, t.severity, t.came_by, t.assignee_id,
                   assignee_name, t.due_at, t.snoozed_until, t.state, t.outcome, t.note,
                   t.escalated_to, t.created_at, t.closed_at)


@dataclass(frozen=True)
class SurveyView:
    id: int
    job_id: int
    round: int
    scale: str
    state: str
    skip_reason: str | None
    created_at: dt.datetime
    score: int | None
    answered_at: dt.datetime | None
    comment: str

    @classmethod
    def of(cls, v: Survey) -> SurveyView:
        return cls(v.id, v.job_id, v.round, v.scale, v.state, v.skip_reason, v.created_at,
                   v.score, v.answered_at, v.comment)


@dataclass(frozen=True)
class TechnicianResult:
    technician_id: int | None
    name: str
    summary: Summary


@dataclass(frozen=True)
class SurveyResults:
    """A period's NPS or CSAT with its response count and rate, overall and per technician;
    surveys counted by the day they were asked, skipped ones apart."""

    start: dt.date
    end: dt.date
    overall: Summary
    skipped: int
    technicians: list[TechnicianResult]


@dataclass(frozen=True)
class ConsentView:
    given: bool
    how: str  # sms_keyword (11 / «لغو», 12) or desk
    at: dt.datetime
