"""Job services. Each public method is one transaction: validate, write, record, commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.auth.roles import Actor, Perm
from app.auth.unlock_access import may_read, open_secret, share_shop_key
from app.errors import ConflictError, IllegalTransition, PermissionDenied, ValidationError
from app.jobs.common import check_technician, load_job, shop_timezone, touch, write
from app.jobs.intake import IntakeRequest, create_job
from app.jobs.intake_checks import check_accessories, check_condition, check_estimate_range
from app.jobs.money import (
    LineKind,
    PaymentKind,
    PayMethod,
    check_line_within_limit,
    check_totals_within_limit,
    totals,
)
from app.jobs.timeline import (
    Assigned,
    Change,
    Edited,
    EstimateChanged,
    Note,
    PaymentTaken,
    Printed,
    Refunded,
    StatusChanged,
    StatusUndone,
    TimelineKind,
    UnlockViewed,
    WarrantyReturnOpened,
)
from app.jobs.views import JobDetail, job_detail, warranty_end
from app.jobs.workflow import (
    Requirement,
    Status,
    Transition,
    find_transition,
    transitions_from,
)
from app.locale.calendar import shop_today, utcnow
from app.notify.enqueue import undo_within_grace
from app.settings.service import read_setting
from app.validation import MAX_NOTE, choice, future_date, money, search_term, text, whole
from db.engine import Database
from db.models import EstimateLine, Job, JobEvent, Payment

MAX_LINES = 200
EDITABLE_FIELDS = ("problem", "priority", "promised_date", "customer_note", "condition",
                   "accessories", "warranty_days", "estimate_min", "estimate_max")


@dataclass
class LineInput:
    kind: str
    description: str
    quantity: int
    unit_price: int
    discount: int = 0


@dataclass(frozen=True)
class UnlockInfo:
    passcode: str
    pattern: str
    hidden: bool = False  # on record, but this login does not hold the shop's unlock key

    def __repr__(self) -> str:
        return "UnlockInfo(***)"


@dataclass(frozen=True)
class NextAction:
    target: Status
    allowed: bool
    reason: str
    requires: frozenset[Requirement]


class JobService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        try:
            with self.db.write() as session:
                yield session
        except StaleDataError:
            raise ConflictError("The job was changed on another workstation at the same "
                                "moment; reload it and make your change again.",
                                code="job_conflict") from None

    # --- intake and reading -------------------------------------------------------------
    def intake(self, actor: Actor, req: IntakeRequest) -> JobDetail:
        actor.require(Perm.INTAKE)
        with self._tx() as s:
            job = create_job(s, actor, req)
            s.flush()
            job_id = job.id
        return self.get(job_id)

    def get(self, job_id: int) -> JobDetail:
        with self.db.read() as s:
            job = load_job(s, job_id)
            events = s.scalars(select(JobEvent).where(JobEvent.job_id == job_id)
                               .order_by(JobEvent.id)).all()
            return job_detail(job, list(events))

    def change_mark(self, job_id: int) -> tuple[int, int]:
        """(version, newest timeline id): changes whenever anything happens to the job."""
        with self.db.read() as s:
            version = s.scalar(select(Job.version).where(Job.id == job_id)) or 0
            last = s.scalar(select(func.max(JobEvent.id)).where(JobEvent.job_id == job_id))
            return version, last or 0

    def id_for_number(self, number: str) -> int | None:
        with self.db.read() as s:
            return s.scalar(select(Job.id).where(Job.number == search_term(number).strip()))

    def may_read_unlock(self, actor: Actor) -> bool:
        """Technicians and managers; reception only where the shop allows it."""
        if actor.can(Perm.READ_UNLOCK):
            return True
        with self.db.read() as s:
            return may_read(s, actor.role)

    def reveal_unlock(self, actor: Actor, job_id: int) -> UnlockInfo:
        """The passcode and pattern, for the roles that need them; every look is on record.
        A login without the shop's unlock key gets them hidden, not an error."""
        if not self.may_read_unlock(actor):
            actor.require(Perm.READ_UNLOCK)  # raises, naming the permission
        with self._tx() as s:
            job = load_job(s, job_id)
            opened = open_secret(s, actor.keys, job.secret) if job.secret else ("", "")
            if opened is None:
                return UnlockInfo("", "", hidden=True)
            share_shop_key(s, actor.keys)  # readers who lack it get it from whoever reads
            write(s, job, actor, UnlockViewed())
            return UnlockInfo(*opened)

    # --- edits -----------------------------------------------------------------------------
    def update(self, actor: Actor, job_id: int, expected_version: int, **changes: Any) -> int:
        actor.require(Perm.EDIT_JOB)
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(f"Cannot edit {', '.join(sorted(unknown))} here",
                                  code="not_editable")
        with self._tx() as s:
            job = load_job(s, job_id, expected_version)
            values = _validated_edits(s, changes)
            diff = {k: Change(_plain(getattr(job, k)), _plain(v))
                    for k, v in values.items() if getattr(job, k) != v}
            if not diff:
                return job.version
            check_estimate_range(values.get("estimate_min", job.estimate_min),
                                 values.get("estimate_max", job.estimate_max))
            for key, value in values.items():
                setattr(job, key, value)
            touch(job, actor)
            write(s, job, actor, Edited(diff))
            s.flush()
            return job.version

    def set_estimate(self, actor: Actor, job_id: int, expected_version: int,
                     lines: list[LineInput]) -> int:
        actor.require(Perm.EDIT_ESTIMATE)
        if len(lines) > MAX_LINES:
            raise ValidationError(f"At most {MAX_LINES} estimate lines", code="too_many_lines")
        checked = [_check_line(i, line) for i, line in enumerate(lines)]
        with self._tx() as s:
            job = load_job(s, job_id, expected_version)
            if job.status in (Status.DELIVERED, Status.CANCELLED):
                raise ValidationError(f"Job {job.number} is closed; its estimate is final",
                                      code="job_closed")
            before = totals(job.lines, job.payments).estimate
            check_totals_within_limit(checked, job.payments)
            job.lines = checked
            touch(job, actor)
            s.flush()
            after = totals(job.lines, job.payments).estimate
            write(s, job, actor, EstimateChanged(Change(before, after), len(checked)))
            return job.version

    def assign(self, actor: Actor, job_id: int, expected_version: int,
               technician_id: int | None) -> int:
        if not (actor.can(Perm.ASSIGN) or technician_id == actor.user_id):
            raise PermissionDenied("Only reception or a manager assigns jobs to others",
                                   code="forbidden")
        with self._tx() as s:
            job = load_job(s, job_id, expected_version)
            new = check_technician(s, technician_id)
            if job.technician_id == new:
                return job.version
            write(s, job, actor, Assigned(Change(job.technician_id, new)))
            job.technician_id = new
            touch(job, actor)
            s.flush()
            return job.version

    def add_note(self, actor: Actor, job_id: int, note: str, *, customer_visible: bool) -> None:
        body = text(note, "note", limit=MAX_NOTE, required=True, multiline=True)
        with self._tx() as s:
            write(s, load_job(s, job_id), actor, Note(body, customer_visible))

    def record_print(self, actor: Actor, job_id: int, document: str, **details: Any) -> None:
        with self._tx() as s:
            write(s, load_job(s, job_id), actor, Printed(document, details))

    # --- money -----------------------------------------------------------------------------
    def add_payment(self, actor: Actor, job_id: int, amount: int, method: str,
                    *, note: str = "") -> int:
        actor.require(Perm.TAKE_PAYMENT)
        amount = money(amount, "amount", allow_zero=False)
        method = choice(method, "method", PayMethod)
        note = text(note, "note", limit=500)
        with self._tx() as s:
            job = load_job(s, job_id)
            if job.status == Status.CANCELLED:
                raise ValidationError(f"Job {job.number} is cancelled", code="job_closed")
            payment = Payment(job_id=job.id, at=utcnow(), kind=PaymentKind.PAYMENT, method=method,
                              amount=amount, note=note, by_id=actor.user_id)
            check_totals_within_limit(job.lines, [*job.payments, payment])
            s.add(payment)
            s.flush()
            write(s, job, actor, PaymentTaken(amount, method, payment_id=payment.id))
            return payment.id

    def refund(self, actor: Actor, job_id: int, amount: int, method: str, *, reason: str) -> int:
        actor.require(Perm.REFUND)
        amount = money(amount, "amount", allow_zero=False)
        method = choice(method, "method", PayMethod)
        reason = text(reason, "reason", limit=500, required=True)
        with self._tx() as s:
            job = load_job(s, job_id)
            paid = totals(job.lines, job.payments).net_paid
            if amount > paid:
                raise ValidationError(f"Only {paid} has been paid on job {job.number}; "
                                      f"cannot refund {amount}", code="refund_too_large",
                                      field="amount", paid=paid)
            payment = Payment(job_id=job.id, at=utcnow(), kind=PaymentKind.REFUND, method=method,
                              amount=amount, note=reason, by_id=actor.user_id)
            s.add(payment)
            s.flush()
            write(s, job, actor, Refunded(amount, method, reason, payment.id))
            return payment.id

    # --- the workflow ------------------------------------------------------------------------
    def next_actions(self, actor: Actor, job_id: int) -> list[NextAction]:
        """Every move the table offers from here, with why this actor can or cannot make it."""
        detail = self.get(job_id)
        actions = []
        for t in transitions_from(detail.status):
            reason = ""
            if actor.role not in t.roles:
                reason = f"not for the {actor.role} role"
            elif Requirement.ESTIMATE in t.requires and detail.totals.estimate <= 0:
                reason = "needs an estimate"
            elif (Requirement.PAID_IN_FULL in t.requires and detail.totals.balance > 0
                  and not actor.can(Perm.OVERRIDE)):
                reason = f"balance of {detail.totals.balance} is unpaid"
            actions.append(NextAction(t.target, not reason, reason, t.requires))
        return actions

    def change_status(self, actor: Actor, job_id: int, target: Status | str,
                      expected_version: int, *, reason: str = "",
                      promised_date: dt.date | None = None, override: bool = False) -> int:
        with self._tx() as s:
            job = load_job(s, job_id, expected_version)
            self.apply_move(s, actor, job, target, reason=reason, promised_date=promised_date,
                            override=override)
            return job.version

    def apply_move(self, s: Session, actor: Actor, job: Job, target: Status | str, *,
                   reason: str = "", promised_date: dt.date | None = None,
                   override: bool = False, via: str = "") -> None:
        """One move from the workflow table inside the caller's transaction."""
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
        data = self._check_requirements(s, actor, job, transition, reason, promised_date,
                                        override)
        if via:
            data["via"] = via
        now = utcnow()
        undone = undo_within_grace(s, job, source, target, now)
        job.status = target
        job.status_changed_at = now
        if target == Status.DELIVERED:
            job.delivered_at = now
            data["warranty_end"] = str(warranty_end(job) or "")
        touch(job, actor)
        event = None if undone or transition.event is None else transition.event.value
        write(s, job, actor, StatusChanged(source, target, **data), event)
        s.flush()

    def undo_status_change(self, actor: Actor, job_id: int, expected_version: int) -> int:
        """Take back a slip: the job's last move, by the same user or a manager, within the
        message grace period. The customer hears of neither move."""
        with self._tx() as s:
            job = load_job(s, job_id, expected_version)
            last = s.scalar(select(JobEvent).where(
                JobEvent.job_id == job.id, JobEvent.kind == TimelineKind.STATUS_CHANGED)
                .order_by(JobEvent.id.desc()).limit(1))
            grace = dt.timedelta(seconds=int(read_setting(s, "sms.grace_seconds")))
            now = utcnow()
            if last is None or last.at < now - grace:
                raise IllegalTransition(
                    f"Job {job.number} has no status change from the last "
                    f"{grace.seconds} seconds to undo", code="nothing_to_undo")
            if last.actor_id != actor.user_id:
                actor.require(Perm.OVERRIDE)
            before = Status(last.data["before"])
            undo_within_grace(s, job, job.status, before, now)
            job.status = before
            job.status_changed_at = now
            if last.data["after"] == Status.DELIVERED:
                job.delivered_at = None
            if "promised_date_before" in last.data:
                old = last.data["promised_date_before"]
                job.promised_date = dt.date.fromisoformat(old) if old else None
            touch(job, actor)
            write(s, job, actor, StatusUndone(last.data["after"], before, last.id))
            s.flush()
            return job.version

    def approve(self, actor: Actor, job_id: int, expected_version: int) -> int:
        return self.change_status(actor, job_id, Status.APPROVED, expected_version)

    def decline(self, actor: Actor, job_id: int, expected_version: int, reason: str) -> int:
        return self.change_status(actor, job_id, Status.DECLINED, expected_version,
                                  reason=reason)

    def deliver(self, actor: Actor, job_id: int, expected_version: int,
                *, override: bool = False) -> int:
        return self.change_status(actor, job_id, Status.DELIVERED, expected_version,
                                  override=override)

    def _check_requirements(self, s: Session, actor: Actor, job: Job, t: Transition,
                            reason: str, promised_date: dt.date | None,
                            override: bool) -> dict[str, Any]:
        data: dict[str, Any] = {}
        money_now = totals(job.lines, job.payments)
        if Requirement.ESTIMATE in t.requires and money_now.estimate <= 0:
            raise IllegalTransition(f"Job {job.number} needs an estimate with a total first",
                                    code="needs_estimate")
        if Requirement.REASON in t.requires:
            data["reason"] = text(reason, "reason", limit=500, required=True)
        if Requirement.PROMISED_DATE in t.requires:
            if promised_date is None:
                raise ValidationError("Give the new promised date", code="required",
                                      field="promised_date")
            today = shop_today(shop_timezone(s))
            data["promised_date_before"] = (job.promised_date.isoformat()
                                            if job.promised_date else "")
            job.promised_date = future_date(promised_date, "promised_date", today)
            data["promised_date"] = promised_date.isoformat()
        if Requirement.PAID_IN_FULL in t.requires and money_now.balance > 0:
            if not override:
                raise IllegalTransition(
                    f"Job {job.number} still owes {money_now.balance}; take the payment or "
                    "ask a manager to override", code="unpaid", balance=money_now.balance)
            actor.require(Perm.OVERRIDE)
            data["override_unpaid"] = money_now.balance
        return data

    # --- warranty ------------------------------------------------------------------------------
    def open_warranty_return(self, actor: Actor, job_id: int, problem: str,
                             *, override: bool = False) -> JobDetail:
        actor.require(Perm.INTAKE)
        with self._tx() as s:
            original = load_job(s, job_id)
            if original.status != Status.DELIVERED:
                raise ValidationError(f"Job {original.number} has not been delivered",
                                      code="not_delivered")
            end = warranty_end(original)
            today = shop_today(shop_timezone(s))
            if end is None or end < today:
                if not override:
                    raise ValidationError(f"Job {original.number}'s warranty has ended",
                                          code="warranty_ended", end=str(end))
                actor.require(Perm.OVERRIDE)
            req = IntakeRequest(problem=problem, customer_id=original.customer_id,
                                device_id=original.device_id,
                                warranty_days=original.warranty_days)
            job = create_job(s, actor, req, warranty_of=original)
            write(s, original, actor, WarrantyReturnOpened(job.number))
            s.flush()
            job_id = job.id
        return self.get(job_id)


def _check_line(index: int, line: LineInput) -> EstimateLine:
    where = f"line {index + 1}"
    quantity = whole(line.quantity, f"{where} quantity", 1, 10_000)
    price = money(line.unit_price, f"{where} unit price")
    discount = money(line.discount, f"{where} discount")
    check_line_within_limit(index, quantity, price)
    if discount > quantity * price:
        raise ValidationError(f"{where}: the discount is more than the line",
                              code="discount_too_large", field="discount")
    return EstimateLine(position=index, kind=choice(line.kind, f"{where} kind", LineKind),
                        description=text(line.description, f"{where} description",
                                         limit=500, required=True),
                        quantity=quantity, unit_price=price, discount=discount)


def _validated_edits(s: Session, changes: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "problem":
            values[key] = text(value, "problem", limit=MAX_NOTE, required=True, multiline=True)
        elif key == "customer_note":
            values[key] = text(value, "customer_note", limit=MAX_NOTE, multiline=True)
        elif key == "priority":
            values[key] = whole(value, "priority", 0, 2)
        elif key == "warranty_days":
            values[key] = whole(value, "warranty_days", 0, 3650)
        elif key == "promised_date":
            values[key] = (future_date(value, key, shop_today(shop_timezone(s)))
                           if value is not None else None)
        elif key in ("estimate_min", "estimate_max"):
            values[key] = money(value, key) if value is not None else None
        elif key == "condition":
            values[key] = check_condition(value)
        elif key == "accessories":
            values[key] = check_accessories(value)
    return values


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value
