"""The kinds of line a job's timeline holds, and one typed payload per kind.

The payload's `data()` is exactly the JSON stored in job_events.data (same keys, same order,
optional keys left out when absent), so rows written before the types existed read the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class TimelineKind(StrEnum):
    # written by app/jobs
    CREATED = "created"
    EDITED = "edited"
    ESTIMATE_CHANGED = "estimate_changed"
    ASSIGNED = "assigned"
    NOTE = "note"
    PRINTED = "printed"
    PAYMENT = "payment"
    REFUND = "refund"
    STATUS_CHANGED = "status_changed"
    STATUS_UNDONE = "status_undone"
    UNLOCK_VIEWED = "unlock_viewed"
    UNLOCK_DELETED = "unlock_deleted"
    WARRANTY_RETURN_OPENED = "warranty_return_opened"
    # written by app/notify
    MESSAGE_SKIPPED = "message_skipped"
    MESSAGE_FAILED = "message_failed"
    MESSAGE_SENT = "message_sent"
    MESSAGE_DELIVERED = "message_delivered"
    MESSAGE_REVIEW = "message_review"
    MESSAGE_RETRIED = "message_retried"
    MESSAGE_CANCELLED = "message_cancelled"
    MESSAGE_RESEND = "message_resend"
    CUSTOMER_REPLY = "customer_reply"
    # written by app/care
    SURVEY = "survey"
    CARE_TASK = "care_task"


Json = dict[str, Any]


def _some(**values: Any) -> Json:
    """The keys whose value is given (not None), in the order given."""
    return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class Created:
    kind = TimelineKind.CREATED
    status: str
    number: str
    warranty_of: str | None = None  # the number of the job this one is a warranty return of

    def data(self) -> Json:
        return _some(status=self.status, number=self.number, warranty_of=self.warranty_of)


@dataclass(frozen=True)
class Change:
    before: Any
    after: Any

    def data(self) -> Json:
        return {"before": self.before, "after": self.after}


@dataclass(frozen=True)
class Edited:
    kind = TimelineKind.EDITED
    changes: dict[str, Change]  # field name → its value before and after (dates as ISO text)

    def data(self) -> Json:
        return {name: change.data() for name, change in self.changes.items()}


@dataclass(frozen=True)
class EstimateChanged:
    kind = TimelineKind.ESTIMATE_CHANGED
    total: Change
    lines: int

    def data(self) -> Json:
        return {"total": self.total.data(), "lines": self.lines}


@dataclass(frozen=True)
class Assigned:
    kind = TimelineKind.ASSIGNED
    technician_id: Change

    def data(self) -> Json:
        return {"technician_id": self.technician_id.data()}


@dataclass(frozen=True)
class Note:
    kind = TimelineKind.NOTE
    text: str
    customer_visible: bool

    def data(self) -> Json:
        return {"text": self.text, "customer_visible": self.customer_visible}


@dataclass(frozen=True)
class Printed:
    kind = TimelineKind.PRINTED
    document: str
    details: Json = field(default_factory=dict)  # printer= or file=, and what the paper showed

    def data(self) -> Json:
        return {"document": self.document, **self.details}


@dataclass(frozen=True)
class PaymentTaken:
    kind = TimelineKind.PAYMENT
    amount: int
    method: str
    payment_id: int | None = None  # not on an intake deposit's line
    deposit: bool | None = None  # True on an intake deposit's line, absent otherwise

    def data(self) -> Json:
        return _some(amount=self.amount, method=self.method, payment_id=self.payment_id,
                     deposit=self.deposit)


@dataclass(frozen=True)
class Refunded:
    kind = TimelineKind.REFUND
    amount: int
    method: str
    reason: str
    payment_id: int

    def data(self) -> Json:
        return {"amount": self.amount, "method": self.method, "reason": self.reason,
                "payment_id": self.payment_id}


@dataclass(frozen=True)
class StatusChanged:
    kind = TimelineKind.STATUS_CHANGED
    before: str
    after: str
    reason: str | None = None
    promised_date_before: str | None = None  # ISO date, "" when there was none
    promised_date: str | None = None  # ISO date
    override_unpaid: int | None = None  # the balance a manager let go unpaid
    via: str | None = None  # "sms_reply" when the customer's reply made the move
    warranty_end: str | None = None  # on delivery: ISO date, "" without a warranty

    def data(self) -> Json:
        return _some(before=self.before, after=self.after, reason=self.reason,
                     promised_date_before=self.promised_date_before,
                     promised_date=self.promised_date, override_unpaid=self.override_unpaid,
                     via=self.via, warranty_end=self.warranty_end)


@dataclass(frozen=True)
class StatusUndone:
    kind = TimelineKind.STATUS_UNDONE
    before: str
    after: str
    undid_event: int

    def data(self) -> Json:
        return {"before": self.before, "after": self.after, "undid_event": self.undid_event}


@dataclass(frozen=True)
class UnlockViewed:
    kind = TimelineKind.UNLOCK_VIEWED

    def data(self) -> Json:
        return {}


@dataclass(frozen=True)
class UnlockDeleted:
    kind = TimelineKind.UNLOCK_DELETED
    days: int
    after_cancel: bool = False  # counted from the cancellation, not from delivery

    def data(self) -> Json:
        return {"days_after_cancel" if self.after_cancel else "days_after_delivery": self.days}


@dataclass(frozen=True)
class WarrantyReturnOpened:
    kind = TimelineKind.WARRANTY_RETURN_OPENED
    new_job: str

    def data(self) -> Json:
        return {"new_job": self.new_job}


@dataclass(frozen=True)
class MessageStep:
    """A message's step (sent, delivered, failed, retried, …) on its job's timeline."""

    kind: TimelineKind
    message_id: int
    event: str
    status: str
    extra: Json = field(default_factory=dict)  # reason=, by=, provider_id=, confirmed_by=

    def data(self) -> Json:
        return {"message_id": self.message_id, "event": self.event, "status": self.status,
                **self.extra}


@dataclass(frozen=True)
class MessageSkipped:
    """A customer event nobody was told of, and why (event_off, opted_out, …)."""

    kind = TimelineKind.MESSAGE_SKIPPED
    event: str
    reason: str

    def data(self) -> Json:
        return {"event": self.event, "reason": self.reason}


@dataclass(frozen=True)
class MessageUndone:
    """A waiting message cancelled because the move that caused it was taken back."""

    kind = TimelineKind.MESSAGE_CANCELLED
    message_id: int
    event: str
    reason: str = "undone"

    def data(self) -> Json:
        return {"message_id": self.message_id, "event": self.event, "reason": self.reason}


@dataclass(frozen=True)
class CustomerReply:
    kind = TimelineKind.CUSTOMER_REPLY
    inbound_id: int
    body: str
    applied: str | None = None  # the outcome when the reply moved the job
    not_applied: str | None = None  # why a yes or no could not move it

    def data(self) -> Json:
        return _some(inbound_id=self.inbound_id, body=self.body, applied=self.applied,
                     not_applied=self.not_applied)


@dataclass(frozen=True)
class SurveyStep:
    """A survey asked, skipped (and why), answered (the score) or explained (the comment)."""

    kind = TimelineKind.SURVEY
    survey_id: int
    state: str  # asked, skipped, answered, explained
    reason: str | None = None
    score: int | None = None
    comment: str | None = None

    def data(self) -> Json:
        return _some(survey_id=self.survey_id, state=self.state, reason=self.reason,
                     score=self.score, comment=self.comment)


@dataclass(frozen=True)
class CareTaskStep:
    """A follow-up opened, assigned, snoozed, escalated or closed."""

    kind = TimelineKind.CARE_TASK
    task_id: int
    task_kind: str
    action: str  # opened, assigned, snoozed, escalated, done
    detail: str | None = None  # the outcome, the assignee's name, whom it escalated to
    note: str | None = None

    def data(self) -> Json:
        return _some(task_id=self.task_id, task_kind=self.task_kind, action=self.action,
                     detail=self.detail, note=self.note)


Payload = (Created | Edited | EstimateChanged | Assigned | Note | Printed | PaymentTaken
           | Refunded | StatusChanged | StatusUndone | UnlockViewed | UnlockDeleted
           | WarrantyReturnOpened | MessageStep | MessageSkipped | MessageUndone
           | CustomerReply | SurveyStep | CareTaskStep)
