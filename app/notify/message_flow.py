"""Where an outgoing message may go from each state, and who moves it there: one table, like
the job workflow's, that every change of a message's status goes through."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.errors import IllegalTransition
from app.notify.states import MessageStatus


class Mover(StrEnum):
    DISPATCHER = "dispatcher"  # sending, retrying, settling lost answers, delivery reports
    PERSON = "person"  # a manager in the outbox: send again, cancel, "it did go out"
    JOB = "job"  # the job's own change: a move undone within the grace period


@dataclass(frozen=True)
class Move:
    source: MessageStatus
    target: MessageStatus
    by: Mover


class HasStatus(Protocol):
    status: str

    @property
    def id(self) -> int | None: ...


S, D, P, J = MessageStatus, Mover.DISPATCHER, Mover.PERSON, Mover.JOB

MOVES: tuple[Move, ...] = (
    Move(S.QUEUED, S.SENDING, D),  # claimed and handed to the gateway
    Move(S.QUEUED, S.CANCELLED, D),  # the customer opted out before it went
    Move(S.SENDING, S.SENT, D),
    Move(S.SENDING, S.DELIVERED, D),  # the provider answered "delivered" at once
    # a retry later, held back by an account problem, or not found by the provider
    Move(S.SENDING, S.QUEUED, D),
    Move(S.SENDING, S.FAILED, D),
    Move(S.SENDING, S.REVIEW, D),  # it may have gone out and nobody can tell
    Move(S.SENT, S.DELIVERED, D),
    Move(S.SENT, S.FAILED, D),  # the operator did not deliver it
    Move(S.QUEUED, S.CANCELLED, J),  # its move was undone within the grace period
    Move(S.FAILED, S.QUEUED, P),
    Move(S.CANCELLED, S.QUEUED, P),
    Move(S.REVIEW, S.QUEUED, P),
    Move(S.QUEUED, S.CANCELLED, P),
    Move(S.REVIEW, S.CANCELLED, P),
    Move(S.REVIEW, S.SENT, P),  # checked with the provider: it did go out
)

# The states a message is made in: waiting, failed (its template could not be used), or
# cancelled (a reminder that a rule holds back, kept so nothing asks for it again).
BORN = (S.QUEUED, S.FAILED, S.CANCELLED)


def allowed(source: MessageStatus | str, target: MessageStatus | str,
            by: Mover | None = None) -> bool:
    return any(m.source == source and m.target == target and (by is None or m.by == by)
               for m in MOVES)


def sources_of(target: MessageStatus, by: Mover | None = None) -> tuple[MessageStatus, ...]:
    """The states `by` may move a message to `target` from; for a WHERE that must carry them."""
    return tuple(dict.fromkeys(m.source for m in MOVES
                               if m.target == target and (by is None or m.by == by)))


def move(message: HasStatus, to: MessageStatus, by: Mover) -> None:
    """Set the status, or refuse a move the table does not have."""
    if not allowed(message.status, to, by):
        raise IllegalTransition(f"Message {message.id} cannot go from {message.status} to {to} "
                                f"(by the {by})", source=str(message.status), target=str(to))
    message.status = to
