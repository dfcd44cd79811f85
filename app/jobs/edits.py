"""Changing a job's details, its estimate and its technician; notes, prints and unlock looks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.auth.roles import Actor, Perm
from app.errors import PermissionDenied, ValidationError
from app.jobs.intake_checks import check_accessories, check_condition, check_estimate_range
from app.jobs.money import LineKind, check_line_within_limit, check_totals_within_limit
from app.jobs.steps import check_technician, load, money_of, note, shop_date, touch
from app.jobs.timeline import (
    Assigned,
    Change,
    Edited,
    EstimateChanged,
    Note,
    Printed,
    UnlockViewed,
)
from app.jobs.workflow import Status
from app.storage.records import LineRecord
from app.storage.unit_of_work import UnitOfWork
from app.validation import MAX_NOTE, choice, future_date, money, text, whole

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


def update(uow: UnitOfWork, actor: Actor, job_id: int, expected_version: int,
           changes: dict[str, Any], now: dt.datetime) -> int:
    actor.require(Perm.EDIT_JOB)
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Cannot edit {', '.join(sorted(unknown))} here",
                              code="not_editable")
    job = load(uow, job_id, expected_version)
    values = _validated_edits(changes, shop_date(uow, now))
    diff = {k: Change(_plain(getattr(job, k)), _plain(v))
            for k, v in values.items() if getattr(job, k) != v}
    if not diff:
        return job.version
    check_estimate_range(values.get("estimate_min", job.estimate_min),
                         values.get("estimate_max", job.estimate_max))
    for key, value in values.items():
        setattr(job, key, value)
    touch(job, actor, now)
    note(uow, job, actor, Edited(diff), now)
    return uow.jobs.save(job)


def set_estimate(uow: UnitOfWork, actor: Actor, job_id: int, expected_version: int,
                 lines: list[LineInput], now: dt.datetime) -> int:
    actor.require(Perm.EDIT_ESTIMATE)
    if len(lines) > MAX_LINES:
        raise ValidationError(f"At most {MAX_LINES} estimate lines", code="too_many_lines")
    checked = [check_line(i, line) for i, line in enumerate(lines)]
    job = load(uow, job_id, expected_version)
    if job.status in (Status.DELIVERED, Status.CANCELLED):
        raise ValidationError(f"Job {job.number} is closed; its estimate is final",
                              code="job_closed")
    before = money_of(uow, job.id).estimate
    check_totals_within_limit(checked, uow.payments.for_job(job.id))
    uow.lines.replace(job.id, checked)
    touch(job, actor, now)
    version = uow.jobs.save(job)
    after = money_of(uow, job.id).estimate
    note(uow, job, actor, EstimateChanged(Change(before, after), len(checked)), now)
    return version


def assign(uow: UnitOfWork, actor: Actor, job_id: int, expected_version: int,
           technician_id: int | None, now: dt.datetime) -> int:
    if not (actor.can(Perm.ASSIGN) or technician_id == actor.user_id):
        raise PermissionDenied("Only reception or a manager assigns jobs to others",
                               code="forbidden")
    job = load(uow, job_id, expected_version)
    new = check_technician(uow, technician_id)
    if job.technician_id == new:
        return job.version
    note(uow, job, actor, Assigned(Change(job.technician_id, new)), now)
    job.technician_id = new
    touch(job, actor, now)
    return uow.jobs.save(job)


def add_note(uow: UnitOfWork, actor: Actor, job_id: int, text_: str, *,
             customer_visible: bool, now: dt.datetime) -> None:
    body = text(text_, "note", limit=MAX_NOTE, required=True, multiline=True)
    note(uow, load(uow, job_id), actor, Note(body, customer_visible), now)


def record_print(uow: UnitOfWork, actor: Actor, job_id: int, document: str,
                 details: dict[str, Any], now: dt.datetime) -> None:
    note(uow, load(uow, job_id), actor, Printed(document, details), now)


def reveal_unlock(uow: UnitOfWork, actor: Actor, job_id: int,
                  now: dt.datetime) -> tuple[str, str] | None:
    """The passcode and pattern, or None for a login without the shop's unlock key; every
    look is on the timeline. The caller has checked the actor may read them."""
    job = load(uow, job_id)
    opened = uow.unlock.reveal(job.id, actor.keys)
    if opened is not None:
        note(uow, job, actor, UnlockViewed(), now)
    return opened


def may_read_unlock(uow: UnitOfWork, actor: Actor) -> bool:
    """Technicians and managers; reception only where the shop allows it."""
    return actor.can(Perm.READ_UNLOCK) or uow.unlock.may_read(actor.role)


def check_line(index: int, line: LineInput) -> LineRecord:
    where = f"line {index + 1}"
    quantity = whole(line.quantity, f"{where} quantity", 1, 10_000)
    price = money(line.unit_price, f"{where} unit price")
    discount = money(line.discount, f"{where} discount")
    check_line_within_limit(index, quantity, price)
    if discount > quantity * price:
        raise ValidationError(f"{where}: the discount is more than the line",
                              code="discount_too_large", field="discount")
    return LineRecord(position=index, kind=choice(line.kind, f"{where} kind", LineKind),
                      description=text(line.description, f"{where} description",
                                       limit=500, required=True),
                      quantity=quantity, unit_price=price, discount=discount)


def _validated_edits(changes: dict[str, Any], today: dt.date) -> dict[str, Any]:
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
            values[key] = future_date(value, key, today) if value is not None else None
        elif key in ("estimate_min", "estimate_max"):
            values[key] = money(value, key) if value is not None else None
        elif key == "condition":
            values[key] = check_condition(value)
        elif key == "accessories":
            values[key] = check_accessories(value)
    return values


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value

