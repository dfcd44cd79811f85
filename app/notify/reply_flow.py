"""What a customer's reply may become: stored unmatched, then matched to a job and applied or
left for reception to read. One table, as for messages, that every outcome goes through."""

from __future__ import annotations

from typing import Protocol

from app.errors import IllegalTransition
from app.notify.states import ReplyOutcome

R = ReplyOutcome

MOVES: frozenset[tuple[ReplyOutcome, ReplyOutcome]] = frozenset({
    (R.UNMATCHED, R.UNREAD),  # matched to a job, but no plain yes or no to act on
    (R.UNMATCHED, R.APPROVED),  # a yes that approved the waiting estimate
    (R.UNMATCHED, R.DECLINED),
    (R.UNREAD, R.READ),  # reception read it
    (R.UNMATCHED, R.SCORE),  # a survey's answer, recorded on the survey
    (R.UNMATCHED, R.STOP),  # the customer's consents took the command
    (R.UNMATCHED, R.START),
    (R.UNMATCHED, R.STATUS),  # the status of their jobs went back to them
})

# A reply is stored unmatched and matched in the same transaction; one that could not be
# applied because of an error is stored unread, for a person.
BORN = (R.UNMATCHED, R.UNREAD)


class HasOutcome(Protocol):
    outcome: str

    @property
    def id(self) -> int | None: ...


def allowed(source: ReplyOutcome | str, target: ReplyOutcome | str) -> bool:
    return (source, target) in MOVES


def sources_of(target: ReplyOutcome) -> tuple[ReplyOutcome, ...]:
    return tuple(sorted(source for source, to in MOVES if to == target))


def move(reply: HasOutcome, to: ReplyOutcome) -> None:
    if not allowed(reply.outcome, to):
        raise IllegalTransition(f"Reply {reply.id} cannot go from {reply.outcome} to {to}",
                                source=str(reply.outcome), target=str(to))
    reply.outcome = to
