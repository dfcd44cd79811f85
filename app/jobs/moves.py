"""Moves along the workflow table (app/jobs/workflow.py), taking one back, and what is next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from app.auth.roles import Actor, Perm
from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.jobs.money import Totals
from app.jobs.steps import load, money_of, note, shop_date, shop_timezone, touch
from app.jobs.timeline import StatusChanged, StatusUndone
from app.jobs.warranty_terms import warranty_end
from app.jobs.workflow import Requirement, Status, Transition, find_transition, transitions_from
from app.storage.records import JobRecord
from app.storage.unit_of_work import UnitOfWork
from app.validation import choice, future_date, text


@dataclass(frozen=True)
class NextAction:
    target: Status
    allowed: bool
    reason: str
    requires: frozenset[Requirement]


@dataclass(frozen=True)
class MoveInput:
    """What the person gives with a move, as its requirements ask."""

    reason: str = ""
    promised_date: dt.date | None = None
    override: bool = False  # a manager lets an unpaid job go
    via: str = ""  # "sms_reply" when the customer's reply makes it


def next_actions(actor: Actor, status: Status, money: Totals) -> list[NextAction]:
    """Every move the table offers from here, with why this actor can or cannot make it."""
    actions = []
    for t in transitions_from(status):
        reason = ""
        if actor.role not in t.roles:
            reason = f"not for the {actor.role} role"
        elif Requirement.ESTIMATE in t.requires and money.estimate <= 0:
            reason = "needs an estimate"
        elif (Requirement.PAID_IN_FULL in t.requires and money.balance > 0
              and not actor.can(Perm.OVERRIDE)):
            reason = f"balance of {money.balance} is unpaid"
        actions.append(NextAction(t.target, not reason, reason, t.requires))
    return actions


def change_status(uow: UnitOfWork, actor: Actor, job_id: int, target: Status | str,
                  expected_version: int, given: MoveInput, now: dt.datetime) -> int:
    job = load(uow, job_id, expected_version)
    return move(uow, actor, job, target, given, now)


def move(uow: UnitOfWork, actor: Actor, job: JobRecord, target: Status | str,
         given: MoveInput, now: dt.datetime) -> int:
    """One move from the workflow table; the job's new version."""
    source = Status(job.status)
    target = Status(choice(target, "status", Status))
    transition = find_transition(source, target)
    if transition is None:
        raise IllegalTransition(
            f"Job {job.number} cannot go from {source} to {target}",
            source=str(source), target=str(target))
    if actor.role not in transition.roles:
        raise PermissionDenied(f"The {actor.role} role cannot move a job from "
                               f"{source} to {target}", code="forbidden")
    line = _check_requirements(uow, actor, job, transition, given, now)
    undone = uow.outbox.undo_within_grace(job.id, source, target, now)
    job.status = target
    job.status_changed_at = now
    if target == Status.DELIVERED:
        job.delivered_at = now
        line = replace(line, warranty_end=str(warranty_end(job, shop_timezone(uow)) or ""))
    touch(job, actor, now)
    version = uow.jobs.save(job)
    event = None if undone or transition.event is None else transition.event.value
    note(uow, job, actor, line, now, event)
    return version


def undo_last_move(uow: UnitOfWork, actor: Actor, job_id: int, expected_version: int,
                   now: dt.datetime) -> int:
    """Take back a slip: the job's last move, by the same user or a manager, within the
    message grace period. The customer hears of neither move."""
    job = load(uow, job_id, expected_version)
    last = uow.timeline.last_status_change(job.id)
    grace = dt.timedelta(seconds=int(uow.settings.get("sms.grace_seconds")))
    if last is None or last.at < now - grace:
        raise IllegalTransition(
            f"Job {job.number} has no status change from the last "
            f"{grace.seconds} seconds to undo", code="nothing_to_undo")
    if last.actor_id != actor.user_id:
        actor.require(Perm.OVERRIDE)
    before = Status(last.data["before"])
    uow.outbox.undo_within_grace(job.id, job.status, before, now)
    job.status = before
    job.status_changed_at = now
    if last.data["after"] == Status.DELIVERED:
        job.delivered_at = None
    if "promised_date_before" in last.data:
        old = last.data["promised_date_before"]
        job.promised_date = dt.date.fromisoformat(old) if old else None
    touch(job, actor, now)
    version = uow.jobs.save(job)
    note(uow, job, actor, StatusUndone(last.data["after"], before, last.id), now)
    return version


def _check_requirements(uow: UnitOfWork, actor: Actor, job: JobRecord, t: Transition,
                        given: MoveInput, now: dt.datetime) -> StatusChanged:
    """The move's timeline line, or the refusal of a requirement it does not meet; a new
    promised date is set on the job."""
    reason = promised_before = promised = None
    override_unpaid = None
    money_now = money_of(uow, job.id)
    if Requirement.ESTIMATE in t.requires and money_now.estimate <= 0:
        raise IllegalTransition(f"Job {job.number} needs an estimate with a total first",
                                code="needs_estimate")
    if Requirement.REASON in t.requires:
        reason = text(given.reason, "reason", limit=500, required=True)
    if Requirement.PROMISED_DATE in t.requires:
        if given.promised_date is None:
            raise ValidationError("Give the new promised date", code="required",
                                  field="promised_date")
        promised_before = job.promised_date.isoformat() if job.promised_date else ""
        job.promised_date = future_date(given.promised_date, "promised_date",
                                        shop_date(uow, now))
        promised = given.promised_date.isoformat()
    if Requirement.PAID_IN_FULL in t.requires and money_now.balance > 0:
        if not given.override:
            raise IllegalTransition(
                f"Job {job.number} still owes {money_now.balance}; take the payment or "
                "ask a manager to override", code="unpaid", balance=money_now.balance)
        actor.require(Perm.OVERRIDE)
        override_unpaid = money_now.balance
    return StatusChanged(t.source, t.target, reason, promised_before, promised, override_unpaid,
                         given.via or None)
