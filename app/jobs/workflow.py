"""The status workflow as one table: who may move a job where, what it needs, what it tells."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.auth.roles import Role


class Status(StrEnum):
    RECEIVED = "received"
    DIAGNOSING = "diagnosing"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    DECLINED = "declined"
    IN_REPAIR = "in_repair"
    WAITING_PARTS = "waiting_parts"
    SENT_OUT = "sent_out"
    UNREPAIRABLE = "unrepairable"
    READY = "ready"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class Requirement(StrEnum):
    ESTIMATE = "estimate"  # at least one estimate line with a total above zero
    PROMISED_DATE = "promised_date"  # a new promised date, today or later, given with the move
    PAID_IN_FULL = "paid_in_full"  # balance zero, or a manager's override
    REASON = "reason"  # a few words on why, kept on the timeline


class CustomerEvent(StrEnum):
    """Events the customer hears about; the notifications layer turns them into messages."""

    RECEIVED = "received"
    DIAGNOSIS_STARTED = "diagnosis_started"
    ESTIMATE_READY = "estimate_ready"
    APPROVED = "approved"
    WAITING_PARTS = "waiting_parts"
    SENT_OUT = "sent_out"
    READY = "ready_for_pickup"
    DELIVERED = "delivered"
    UNREPAIRABLE = "unrepairable"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Transition:
    source: Status
    target: Status
    roles: frozenset[Role]
    requires: frozenset[Requirement] = frozenset()
    event: CustomerEvent | None = None


R, T, M, OWN = Role.RECEPTION, Role.TECHNICIAN, Role.MANAGER, Role.OWNER
S = Status
ANYONE = frozenset({R, T, M, OWN})
BENCH = frozenset({T, M, OWN})
DESK = frozenset({R, M, OWN})
CANCELLABLE = (S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.APPROVED, S.IN_REPAIR,
               S.WAITING_PARTS)


def _t(source: Status, target: Status, roles: frozenset[Role],
       requires: tuple[Requirement, ...] = (), event: CustomerEvent | None = None) -> Transition:
    return Transition(source, target, roles, frozenset(requires), event)


REQ = Requirement
EV = CustomerEvent

TRANSITIONS: tuple[Transition, ...] = (
    _t(S.RECEIVED, S.DIAGNOSING, BENCH, event=EV.DIAGNOSIS_STARTED),
    _t(S.DIAGNOSING, S.AWAITING_APPROVAL, BENCH, (REQ.ESTIMATE,), EV.ESTIMATE_READY),
    _t(S.AWAITING_APPROVAL, S.DIAGNOSING, BENCH),  # estimate withdrawn to be revised
    _t(S.AWAITING_APPROVAL, S.APPROVED, ANYONE, (REQ.ESTIMATE,), EV.APPROVED),
    _t(S.AWAITING_APPROVAL, S.DECLINED, ANYONE, (REQ.REASON,)),
    _t(S.APPROVED, S.IN_REPAIR, BENCH),
    _t(S.APPROVED, S.WAITING_PARTS, BENCH, (REQ.PROMISED_DATE,), EV.WAITING_PARTS),
    _t(S.IN_REPAIR, S.WAITING_PARTS, BENCH, (REQ.PROMISED_DATE,), EV.WAITING_PARTS),
    _t(S.WAITING_PARTS, S.IN_REPAIR, BENCH),
    _t(S.DIAGNOSING, S.SENT_OUT, BENCH, (REQ.REASON,), EV.SENT_OUT),
    _t(S.APPROVED, S.SENT_OUT, BENCH, (REQ.REASON,), EV.SENT_OUT),
    _t(S.IN_REPAIR, S.SENT_OUT, BENCH, (REQ.REASON,), EV.SENT_OUT),
    _t(S.SENT_OUT, S.IN_REPAIR, BENCH),
    _t(S.SENT_OUT, S.READY, BENCH, event=EV.READY),
    _t(S.SENT_OUT, S.UNREPAIRABLE, BENCH, (REQ.REASON,), EV.UNREPAIRABLE),
    _t(S.DIAGNOSING, S.UNREPAIRABLE, BENCH, (REQ.REASON,), EV.UNREPAIRABLE),
    _t(S.IN_REPAIR, S.UNREPAIRABLE, BENCH, (REQ.REASON,), EV.UNREPAIRABLE),
    _t(S.IN_REPAIR, S.READY, BENCH, event=EV.READY),
    _t(S.UNREPAIRABLE, S.READY, ANYONE, event=EV.READY),  # handed back as is
    _t(S.DECLINED, S.READY, ANYONE, event=EV.READY),
    _t(S.READY, S.IN_REPAIR, BENCH),  # a fault found before pickup
    _t(S.READY, S.DELIVERED, DESK, (REQ.PAID_IN_FULL,), EV.DELIVERED),
    *(_t(source, S.CANCELLED, DESK, (REQ.REASON,), EV.CANCELLED) for source in CANCELLABLE),
)

_BY_PAIR = {(t.source, t.target): t for t in TRANSITIONS}
TERMINAL = frozenset({S.DELIVERED, S.CANCELLED})
OPEN_STATUSES = frozenset(Status) - TERMINAL


def find_transition(source: Status, target: Status) -> Transition | None:
    return _BY_PAIR.get((source, target))


def transitions_from(source: Status) -> list[Transition]:
    return [t for t in TRANSITIONS if t.source == source]
