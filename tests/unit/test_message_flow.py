"""The message and reply tables: every move they list is allowed, every other refused."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

import pytest

from app.errors import IllegalTransition
from app.notify import message_flow, reply_flow
from app.notify.message_flow import MOVES, Mover, allowed, move, sources_of
from app.notify.states import MessageStatus, ReplyOutcome

S = MessageStatus


@dataclass
class Message:
    status: str
    id: int | None = 7


@dataclass
class Reply:
    outcome: str
    id: int | None = 3


LISTED = {(m.source, m.target, m.by) for m in MOVES}


@pytest.mark.parametrize("source,target,by", sorted(LISTED))
def test_every_listed_move_is_made(source: S, target: S, by: Mover) -> None:
    message = Message(source)
    move(message, target, by)
    assert message.status == target
    assert allowed(source, target, by) and allowed(source, target)


@pytest.mark.parametrize("source,target,by", [
    triple for triple in product(S, S, Mover) if triple not in LISTED])
def test_every_other_move_is_refused_and_changes_nothing(source: S, target: S,
                                                         by: Mover) -> None:
    message = Message(source)
    with pytest.raises(IllegalTransition) as refused:
        move(message, target, by)
    assert message.status == source
    assert refused.value.params == {"source": source, "target": target}
    assert not allowed(source, target, by)


def test_a_person_retries_cancels_and_confirms_from_the_outbox_states() -> None:
    assert set(sources_of(S.QUEUED, Mover.PERSON)) == {S.FAILED, S.CANCELLED, S.REVIEW}
    assert set(sources_of(S.CANCELLED, Mover.PERSON)) == {S.QUEUED, S.REVIEW}
    assert sources_of(S.SENT, Mover.PERSON) == (S.REVIEW,)


def test_the_dispatcher_claims_only_waiting_messages_and_an_undo_cancels_only_those() -> None:
    assert sources_of(S.SENDING, Mover.DISPATCHER) == (S.QUEUED,)
    assert sources_of(S.CANCELLED, Mover.JOB) == (S.QUEUED,)
    assert set(sources_of(S.CANCELLED)) == {S.QUEUED, S.REVIEW}


def test_nothing_leaves_delivered_and_nothing_but_a_claim_enters_sending() -> None:
    assert not any(m.source == S.DELIVERED for m in MOVES)
    assert {m.source for m in MOVES if m.target == S.SENDING} == {S.QUEUED}
    assert set(message_flow.BORN) == {S.QUEUED, S.FAILED, S.CANCELLED}


def test_a_status_read_back_from_the_database_as_text_moves_the_same() -> None:
    message = Message("review")
    move(message, S.SENT, Mover.PERSON)
    assert message.status == "sent"


@pytest.mark.parametrize("source,target", sorted(reply_flow.MOVES))
def test_every_listed_reply_outcome_is_reached(source: ReplyOutcome,
                                               target: ReplyOutcome) -> None:
    reply = Reply(source)
    reply_flow.move(reply, target)
    assert reply.outcome == target


@pytest.mark.parametrize("source,target", [
    pair for pair in product(ReplyOutcome, ReplyOutcome) if pair not in reply_flow.MOVES])
def test_every_other_reply_outcome_is_refused(source: ReplyOutcome,
                                              target: ReplyOutcome) -> None:
    reply = Reply(source)
    with pytest.raises(IllegalTransition):
        reply_flow.move(reply, target)
    assert reply.outcome == source


def test_reply_sources() -> None:
    assert reply_flow.sources_of(ReplyOutcome.READ) == (ReplyOutcome.UNREAD,)
    assert reply_flow.sources_of(ReplyOutcome.APPROVED) == (ReplyOutcome.UNMATCHED,)
    assert reply_flow.sources_of(ReplyOutcome.UNMATCHED) == ()
