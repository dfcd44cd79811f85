"""Follow-up tasks: opened by a low score, a complaint, a reply, or the care round; assigned,
snoozed, closed with an outcome; escalated when overdue, to the managers and then the owner.
Every change checks the version the person saw, so two PCs never silently overwrite."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.auth.roles import MANAGING, Actor, Perm, Role
from app.care.states import (
    RECOVERY_OUTCOMES,
    CameBy,
    EscalatedTo,
    Outcome,
    Severity,
    TaskKind,
    TaskState,
)
from app.care.working_hours import WorkingHours, working_hours
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.jobs.timeline import CareTaskStep
from app.notify.outbox_rules import clock_time
from app.notify.timeline import note_on_job
from app.settings.service import read_setting
from app.validation import choice, text
from db.models import CareTask, User

# Kinds that only a manager or the owner closes: the customer was let down.
MANAGERS_ONLY = frozenset({TaskKind.RECOVERY, TaskKind.COMPLAINT})
MAX_SNOOZE = dt.timedelta(days=30)


def shop_hours(s: Session) -> WorkingHours:
    return working_hours(clock_time(str(read_setting(s, "care.work_start"))),
                         clock_time(str(read_setting(s, "care.work_end"))),
                         list(read_setting(s, "care.closed_days")),
                         ZoneInfo(str(read_setting(s, "shop.timezone"))))


def first_manager(s: Session, roles: frozenset[Role] = MANAGING) -> int | None:
    """Whom a recovery or complaint goes to: the first active manager (or owner)."""
    return s.scalar(select(User.id).where(User.role.in_([str(r) for r in roles]),
                                          User.active.is_(True)).order_by(User.id).limit(1))


def open_task(s: Session, kind: TaskKind, customer_id: int, now: dt.datetime, *,
              job_id: int | None = None, summary: str = "", severity: Severity = Severity.LOW,
              came_by: CameBy = CameBy.SYSTEM, assignee_id: int | None = None,
              survey_id: int | None = None, inbound_id: int | None = None,
              created_by_id: int | None = None, due_at: dt.datetime | None = None,
              about_date: dt.date | None = None, on_timeline: bool = True) -> CareTask:
    """A new open task; a recovery or complaint goes straight to a manager, due within the
    shop's working hours (care.task_hours)."""
    if assignee_id is None and kind in MANAGERS_ONLY:
        assignee_id = first_manager(s)
    if due_at is None:
        due_at = shop_hours(s).add(now, int(read_setting(s, "care.task_hours")))
    task = CareTask(kind=kind, job_id=job_id, customer_id=customer_id, survey_id=survey_id,
                    inbound_id=inbound_id, summary=summary, about_date=about_date,
                    severity=severity,
                    came_by=came_by, assignee_id=assignee_id, due_at=due_at,
                    state=TaskState.OPEN, note="", created_at=now,
                    created_by_id=created_by_id)
    s.add(task)
    s.flush()
    if on_timeline:  # the demo's history leaves it out: its timelines run past `now`
        _note(s, task, "opened", now, created_by_id, detail=severity)
    return task


def has_open(s: Session, kind: TaskKind, job_id: int) -> bool:
    return s.scalar(select(CareTask.id).where(
        CareTask.job_id == job_id, CareTask.kind == kind,
        CareTask.state == TaskState.OPEN).limit(1)) is not None


def task_for_change(s: Session, task_id: int, expected_version: int) -> CareTask:
    """The task, refused when someone changed it since the caller read `expected_version`."""
    # Locked: on a server, a second PC closing it at the same moment waits, then sees the
    # first one's version and is told so.
    task = s.get(CareTask, task_id, with_for_update=True)
    if task is None:
        raise NotFound(f"No follow-up #{task_id}", code="no_task", task=task_id)
    if task.version != expected_version:
        who = s.get(User, task.closed_by_id) if task.closed_by_id else None
        raise ConflictError(
            f"Follow-up #{task_id} was changed on another PC"
            + (f" (closed by {who.full_name})" if who and task.state == TaskState.DONE else "")
            + " since you opened it; look at it again and make your change again.",
            code="task_conflict", task=task_id)
    if task.state == TaskState.DONE:
        raise ValidationError(f"Follow-up #{task_id} is already done", code="task_done",
                              task=task_id)
    return task


def close(s: Session, actor: Actor, task: CareTask, outcome: str, note: str,
          now: dt.datetime) -> CareTask:
    """Done, with what came of it; a recovery or complaint only by a manager."""
    if task.kind in MANAGERS_ONLY and actor.role not in MANAGING:
        raise PermissionDenied(f"Only a manager or the owner closes a {task.kind}; it is "
                               f"theirs to win the customer back", code="managers_close",
                               kind=task.kind)
    allowed = RECOVERY_OUTCOMES if task.kind in MANAGERS_ONLY else (Outcome.DONE,
                                                                    Outcome.REACHED)
    task.outcome = choice(outcome, "outcome", allowed)
    task.note = text(note, "note", limit=2000, multiline=True)
    task.state = TaskState.DONE
    task.closed_at, task.closed_by_id = now, actor.user_id
    s.flush()
    _note(s, task, "done", now, actor.user_id, detail=task.outcome, note=task.note or None)
    return task


def assign(s: Session, actor: Actor, task: CareTask, user_id: int | None,
           now: dt.datetime) -> CareTask:
    actor.require(Perm.ASSIGN)
    user = s.get(User, user_id) if user_id is not None else None
    if user_id is not None and (user is None or not user.active):
        raise ValidationError("Assign the follow-up to an active user", code="bad_assignee",
                              field="assignee")
    task.assignee_id = user_id
    s.flush()
    _note(s, task, "assigned", now, actor.user_id, detail=user.full_name if user else "")
    return task


def snooze(s: Session, actor: Actor, task: CareTask, until: dt.datetime,
           now: dt.datetime) -> CareTask:
    """Out of the queue until then; its due time (and so escalation) is not moved."""
    if not now < until <= now + MAX_SNOOZE:
        raise ValidationError("Snooze until a time within the next 30 days",
                              code="bad_snooze", field="until")
    task.snoozed_until = until
    s.flush()
    _note(s, task, "snoozed", now, actor.user_id, detail=until.isoformat())
    return task


def escalate_overdue(s: Session, now: dt.datetime, limit: int = 200) -> int:
    """Overdue recoveries and complaints: first the managers hear (the task is marked and
    the job's timeline says so), then, after care.owner_after_hours more working hours,
    the owner. Never passed through other levels."""
    hours = shop_hours(s)
    owner_after = int(read_setting(s, "care.owner_after_hours"))
    count = 0
    overdue = s.scalars(select(CareTask).where(
        CareTask.state == TaskState.OPEN, CareTask.due_at <= now,
        CareTask.kind.in_(list(MANAGERS_ONLY)),
        or_(CareTask.escalated_to.is_(None), CareTask.escalated_to == EscalatedTo.MANAGER))
        .order_by(CareTask.due_at, CareTask.id).limit(limit)
        .with_for_update(skip_locked=True)).all()
    for task in overdue:
        if task.escalated_to is None:
            target = EscalatedTo.MANAGER
        elif task.escalated_at and hours.add(task.escalated_at, owner_after) <= now:
            target = EscalatedTo.OWNER
        else:
            continue
        task.escalated_to, task.escalated_at = target, now
        s.flush()
        _note(s, task, "escalated", now, None, detail=target)
        count += 1
    return count


def _note(s: Session, task: CareTask, action: str, now: dt.datetime, actor_id: int | None, *,
          detail: str | None = None, note: str | None = None) -> None:
    note_on_job(s, task.job_id, CareTaskStep.kind,
                CareTaskStep(task.id, task.kind, action, detail, note).data(), now, actor_id)
