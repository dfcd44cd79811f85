"""CareService: follow-ups (recovery, complaints, replies turned into tasks, jobs at risk,
devices not collected), surveys and their results, customer health, and the new promised
date sent in one action. Built by the composition root."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.care import tasks as task_ops
from app.care.care_round import CareReport, run_care_round, send_due
from app.care.consent import latest_consent, marketing_stopped, record_consent
from app.care.health import Health, RiskyCustomer, at_risk_customers, customer_health
from app.care.scores import Scale, summarise
from app.care.states import WON_BACK, CameBy, ConsentHow, Severity, SurveyState, TaskKind
from app.care.surveys import ask, survey_scale
from app.care.views import (
    ConsentView,
    SurveyResults,
    SurveyView,
    TaskView,
    TechnicianResult,
)
from app.care.working_hours import WorkingHours
from app.clock import Clock
from app.errors import NotFound, ValidationError
from app.notify.enqueue import queue_or_skip
from app.notify.reply_flow import move
from app.notify.states import ReplyOutcome
from app.notify.templates import MessageEvent
from app.settings.service import read_setting
from app.validation import choice, text
from db.engine import Database
from db.models import CareTask, Customer, InboundMessage, Job, Survey, User


class JobUpdates(Protocol):
    """What care needs of the job workflow (JobService): an edit inside the caller's
    transaction, with the same rules and timeline as one made in the job window."""

    def apply_update(self, s: Session, actor: Actor, job_id: int, expected_version: int,
                     changes: dict[str, Any]) -> int: ...


class CareService:
    def __init__(self, db: Database, *, clock: Clock, jobs: JobUpdates) -> None:
        self.db = db
        self.clock = clock
        self.jobs = jobs

    # --- rounds ---------------------------------------------------------------------------
    def run_round(self) -> CareReport:
        return run_care_round(self.db, self.clock())

    def send_due_surveys(self) -> CareReport:
        """Every survey that is due now."""
        return send_due(self.db, self.clock(), all_due=True)

    # --- follow-ups -----------------------------------------------------------------------
    def tasks(self, *, open_only: bool = True, overdue_only: bool = False,
              done_only: bool = False, include_snoozed: bool = True,
              customer_id: int | None = None, job_id: int | None = None,
              assignee_id: int | None = None, limit: int = 500) -> list[TaskView]:
        """Soonest due first; `done_only`: the closed ones, the latest closed first."""
        now = self.clock()
        query = _task_query()
        if done_only:
            query = query.where(CareTask.state == "done")
        elif open_only or overdue_only:
            query = query.where(CareTask.state == "open")
        if assignee_id is not None:
            query = query.where(CareTask.assignee_id == assignee_id)
        if overdue_only:
            query = query.where(CareTask.due_at <= now)
        if not include_snoozed:
            query = query.where((CareTask.snoozed_until.is_(None))
                                | (CareTask.snoozed_until <= now))
        if customer_id is not None:
            query = query.where(CareTask.customer_id == customer_id)
        if job_id is not None:
            query = query.where(CareTask.job_id == job_id)
        order = (CareTask.closed_at.desc(), CareTask.id.desc()) if done_only \
            else (CareTask.due_at, CareTask.id)
        with self.db.read() as s:
            rows = s.execute(query.order_by(*order).limit(limit)).all()
        return [_view(*row) for row in rows]

    def task(self, task_id: int) -> TaskView:
        with self.db.read() as s:
            row = s.execute(_task_query().where(CareTask.id == task_id)).first()
        if row is None:
            raise NotFound(f"No follow-up #{task_id}", code="no_task", task=task_id)
        return _view(*row)

    def complaint(self, actor: Actor, *, job_id: int | None = None,
                  customer_id: int | None = None, text_: str, severity: str = "low",
                  came_by: str = "in_person") -> TaskView:
        """A complaint on a job or a customer: straight to a manager, due within the
        shop's working hours, escalated when overdue."""
        actor.require(Perm.EDIT_JOB)
        what = text(text_, "text", limit=2000, required=True, multiline=True)
        level = Severity(choice(severity, "severity", Severity))
        how = CameBy(choice(came_by, "came_by", (CameBy.IN_PERSON, CameBy.PHONE, CameBy.SMS)))
        now = self.clock()
        with self.db.write() as s:
            if job_id is not None:
                job = s.get(Job, job_id)
                if job is None:
                    raise NotFound(f"No job #{job_id}", code="no_job")
                customer_id = job.customer_id
            if customer_id is None or s.get(Customer, customer_id) is None:
                raise ValidationError("Say which job or customer the complaint is about",
                                      code="complaint_target", field="job")
            task = task_ops.open_task(s, TaskKind.COMPLAINT, customer_id, now, job_id=job_id,
                                      summary=what, severity=level, came_by=how,
                                      created_by_id=actor.user_id)
            task_id = task.id
        return self.task(task_id)

    def task_from_reply(self, actor: Actor, reply_id: int, summary: str = "") -> TaskView:
        """A customer's reply made into a follow-up; the reply counts as read."""
        actor.require(Perm.EDIT_JOB)
        now = self.clock()
        with self.db.write() as s:
            reply = s.get(InboundMessage, reply_id)
            if reply is None:
                raise NotFound(f"No reply #{reply_id}", code="no_reply")
            if reply.customer_id is None:
                raise ValidationError("This reply is from a number that is no customer's; "
                                      "add the customer first", code="reply_no_customer")
            task = task_ops.open_task(
                s, TaskKind.REPLY, reply.customer_id, now, job_id=reply.job_id,
                inbound_id=reply.id, came_by=CameBy.SMS, created_by_id=actor.user_id,
                summary=text(summary, "summary", limit=2000, multiline=True) or reply.body)
            if reply.outcome == ReplyOutcome.UNREAD:
                move(reply, ReplyOutcome.READ)
                reply.read_at, reply.read_by_id = now, actor.user_id
            task_id = task.id
        return self.task(task_id)

    def assign(self, actor: Actor, task_id: int, expected_version: int,
               user_id: int | None) -> TaskView:
        with self.db.write() as s:
            task = task_ops.task_for_change(s, task_id, expected_version)
            task_ops.assign(s, actor, task, user_id, self.clock())
        return self.task(task_id)

    def snooze(self, actor: Actor, task_id: int, expected_version: int,
               until: dt.datetime) -> TaskView:
        with self.db.write() as s:
            task = task_ops.task_for_change(s, task_id, expected_version)
            task_ops.snooze(s, actor, task, until, self.clock())
        return self.task(task_id)

    def done(self, actor: Actor, task_id: int, expected_version: int, outcome: str,
             note: str = "") -> TaskView:
        """Closed with its outcome; after a recovery that won the customer back the shop may
        ask again how it went (survey.after_recovery)."""
        now = self.clock()
        with self.db.write() as s:
            task = task_ops.task_for_change(s, task_id, expected_version)
            task_ops.close(s, actor, task, outcome, note, now)
            if task.kind == TaskKind.RECOVERY and task.outcome in WON_BACK \
                    and task.job_id is not None \
                    and read_setting(s, "survey.after_recovery") == "yes" \
                    and not s.scalar(select(Survey.id).where(Survey.job_id == task.job_id,
                                                             Survey.round == 2)):
                job = s.get(Job, task.job_id)
                assert job is not None
                ask(s, job, now, round_=2)
        return self.task(task_id)

    def working_hours(self) -> WorkingHours:
        """The shop's working hours, as due times are counted in them (snoozes too)."""
        with self.db.read() as s:
            return task_ops.shop_hours(s)

    def open_counts(self) -> dict[str, int]:
        """Open follow-ups: in all, overdue, and escalated to the owner; for the menu."""
        now = self.clock()
        with self.db.read() as s:
            base = select(func.count(CareTask.id)).where(CareTask.state == "open")
            return {"open": s.scalar(base) or 0,
                    "overdue": s.scalar(base.where(CareTask.due_at <= now)) or 0,
                    "owner": s.scalar(base.where(CareTask.escalated_to == "owner")) or 0}

    # --- surveys --------------------------------------------------------------------------
    def surveys(self, job_id: int) -> list[SurveyView]:
        with self.db.read() as s:
            return [SurveyView.of(v) for v in s.scalars(
                select(Survey).where(Survey.job_id == job_id).order_by(Survey.round))]

    def scale(self) -> Scale:
        with self.db.read() as s:
            return survey_scale(s)

    def results(self, start: dt.date, end: dt.date) -> SurveyResults:
        """Surveys asked from `start` to `end` (shop days, both included)."""
        if end < start:
            raise ValidationError("The period ends before it starts", code="bad_period",
                                  field="to")
        with self.db.read() as s:
            tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
            lo = dt.datetime.combine(start, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
            hi = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0),
                                     tzinfo=tz).astimezone(dt.UTC)
            scale = survey_scale(s)
            rows = s.execute(
                select(Survey.technician_id, User.full_name, Survey.state, Survey.score)
                .outerjoin(User, User.id == Survey.technician_id)
                .where(Survey.created_at >= lo, Survey.created_at < hi,
                       Survey.scale == scale, Survey.round == 1)).all()
        asked = [r for r in rows if r.state != SurveyState.SKIPPED]
        people: dict[int | None, tuple[str, list[Any]]] = {}
        for r in asked:
            people.setdefault(r.technician_id, (r.full_name or "", []))[1].append(r)
        return SurveyResults(
            start, end, _summary(asked, scale), len(rows) - len(asked),
            sorted((TechnicianResult(tid, name, _summary(mine, scale))
                    for tid, (name, mine) in people.items()),
                   key=lambda t: (t.technician_id is None, t.name)))

    # --- customers ------------------------------------------------------------------------
    def health(self, customer_id: int) -> Health:
        with self.db.read() as s:
            return customer_health(s, customer_id, self.clock())

    def at_risk(self, limit: int = 200) -> list[RiskyCustomer]:
        with self.db.read() as s:
            return at_risk_customers(s, self.clock(), limit)

    def marketing_stopped(self, customer_id: int) -> bool:
        with self.db.read() as s:
            return marketing_stopped(s, customer_id)

    def marketing_consent(self, customer_id: int) -> ConsentView | None:
        """The customer's last word on marketing, how and when; None if never asked."""
        with self.db.read() as s:
            row = latest_consent(s, customer_id)
            return None if row is None else ConsentView(row.given, row.how, row.at)

    def set_marketing(self, actor: Actor, customer_id: int, given: bool) -> None:
        """The customer said yes or no to marketing at the desk; kept with its date."""
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            if s.get(Customer, customer_id) is None:
                raise NotFound(f"No customer #{customer_id}", code="no_customer")
            record_consent(s, customer_id, given, ConsentHow.DESK, self.clock(),
                           by_id=actor.user_id)

    # --- proactive ------------------------------------------------------------------------
    def new_promised_date(self, actor: Actor, job_id: int, expected_version: int,
                          promised: dt.date) -> int:
        """Set the job's new promised date and tell the customer, in one transaction (the
        message of the waiting-parts family); the job's new version."""
        now = self.clock()
        with self.db.write() as s:
            version = self.jobs.apply_update(s, actor, job_id, expected_version,
                                             {"promised_date": promised})
            job = s.get(Job, job_id)
            assert job is not None
            s.refresh(job)
            queue_or_skip(s, job, MessageEvent.PROMISED_MOVED, now, repeats=True)
            for task in s.scalars(select(CareTask).where(
                    CareTask.job_id == job_id, CareTask.kind == TaskKind.AT_RISK,
                    CareTask.state == "open")):
                task_ops.close(s, actor, task, "done", "new promised date sent", now)
        return version


def _task_query() -> Any:
    return (select(CareTask, Job.number, Customer.name, Customer.mobile, User.full_name)
            .join(Customer, Customer.id == CareTask.customer_id)
            .outerjoin(Job, Job.id == CareTask.job_id)
            .outerjoin(User, User.id == CareTask.assignee_id))


def _view(task: CareTask, number: str | None, name: str, mobile: str,
          assignee: str | None) -> TaskView:
    return TaskView.of(task, number, name, mobile, assignee)


def _summary(rows: Sequence[Any], scale: Scale) -> Any:
    return summarise([r.score for r in rows if r.score is not None], scale, sent=len(rows))
