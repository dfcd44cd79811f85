"""Money taken on a job and money given back."""

from __future__ import annotations

import datetime as dt

from app.auth.roles import Actor, Perm
from app.errors import ValidationError
from app.jobs.money import PaymentKind, PayMethod, check_totals_within_limit
from app.jobs.steps import load, money_of, note
from app.jobs.timeline import PaymentTaken, Refunded
from app.jobs.workflow import Status
from app.storage.records import PaymentRecord
from app.storage.unit_of_work import UnitOfWork
from app.validation import choice, money, text


def add_payment(uow: UnitOfWork, actor: Actor, job_id: int, amount: int, method: str,
                note_: str, now: dt.datetime) -> int:
    actor.require(Perm.TAKE_PAYMENT)
    amount = money(amount, "amount", allow_zero=False)
    method = choice(method, "method", PayMethod)
    remark = text(note_, "note", limit=500)
    job = load(uow, job_id)
    if job.status == Status.CANCELLED:
        raise ValidationError(f"Job {job.number} is cancelled", code="job_closed")
    payment = PaymentRecord(job_id=job.id, at=now, kind=PaymentKind.PAYMENT, method=method,
                            amount=amount, note=remark, by_id=actor.user_id)
    check_totals_within_limit(uow.lines.for_job(job.id),
                              [*uow.payments.for_job(job.id), payment])
    payment = uow.payments.add(payment)
    note(uow, job, actor, PaymentTaken(amount, method, payment_id=payment.id), now)
    return payment.id


def refund(uow: UnitOfWork, actor: Actor, job_id: int, amount: int, method: str,
           reason: str, now: dt.datetime) -> int:
    actor.require(Perm.REFUND)
    amount = money(amount, "amount", allow_zero=False)
    method = choice(method, "method", PayMethod)
    reason = text(reason, "reason", limit=500, required=True)
    job = load(uow, job_id)
    paid = money_of(uow, job.id).net_paid
    if amount > paid:
        raise ValidationError(f"Only {paid} has been paid on job {job.number}; "
                              f"cannot refund {amount}", code="refund_too_large",
                              field="amount", paid=paid)
    payment = uow.payments.add(PaymentRecord(
        job_id=job.id, at=now, kind=PaymentKind.REFUND, method=method, amount=amount,
        note=reason, by_id=actor.user_id))
    note(uow, job, actor, Refunded(amount, method, reason, payment.id), now)
    return payment.id
