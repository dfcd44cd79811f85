"""Every move of the workflow table, allowed and refused, on the fake unit of work."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from app.auth.roles import Actor, Role
from app.errors import ConflictError, IllegalTransition, PermissionDenied, ValidationError
from app.jobs import edits, moves, payments
from app.jobs.edits import LineInput
from app.jobs.moves import MoveInput
from app.jobs.workflow import TRANSITIONS, CustomerEvent, Requirement, Status, Transition
from app.storage.records import JobRecord
from tests.fakes.unit_of_work import FakeShop

ESTIMATE = [LineInput("part", "LCD", 1, 4_000_000), LineInput("labour", "Fitting", 1, 500_000)]


def at_status(shop: FakeShop, status: Status, *, estimate: bool = True) -> JobRecord:
    """A job put straight into `status`, with an estimate and paid in full."""
    job = shop.intake()
    if estimate:
        shop.do(edits.set_estimate, shop.tech, job.id, shop.store.job(job.id).version, ESTIMATE)
        shop.do(payments.add_payment, shop.desk, job.id, 4_500_000, "cash", "")
    shop.store.tables.jobs[job.id].status = status
    return shop.store.job(job.id)


def given_for(t: Transition) -> MoveInput:
    return MoveInput(reason="customer asked" if Requirement.REASON in t.requires else "",
                     promised_date=(dt.date(2026, 3, 9) if Requirement.PROMISED_DATE in t.requires
                                    else None))


def actor_of(shop: FakeShop, role: Role) -> Actor:
    return {Role.RECEPTION: shop.desk, Role.TECHNICIAN: shop.tech, Role.MANAGER: shop.boss,
            Role.OWNER: shop.owner}[role]


@pytest.mark.parametrize("t", TRANSITIONS, ids=lambda t: f"{t.source}->{t.target}")
def test_each_move_is_made_by_each_role_it_names(t: Transition) -> None:
    for role in t.roles:
        shop = FakeShop()
        job = at_status(shop, t.source)
        version = shop.do(moves.change_status, actor_of(shop, role), job.id, t.target,
                          job.version, given_for(t))
        moved = shop.store.job(job.id)
        assert (moved.status, moved.version) == (t.target, version)
        assert version == job.version + 1
        line = shop.store.events(job.id)[-1]
        assert line.kind == "status_changed"
        assert line.data["before"] == t.source and line.data["after"] == t.target
        assert line.customer_event == (t.event.value if t.event else None)


@pytest.mark.parametrize("t", TRANSITIONS, ids=lambda t: f"{t.source}->{t.target}")
def test_each_move_is_refused_to_the_roles_it_does_not_name(t: Transition) -> None:
    for role in set(Role) - t.roles:
        shop = FakeShop()
        job = at_status(shop, t.source)
        with pytest.raises(PermissionDenied):
            shop.do(moves.change_status, actor_of(shop, role), job.id, t.target, job.version,
                    given_for(t))
        assert shop.store.job(job.id) == job


PAIRS = {(t.source, t.target) for t in TRANSITIONS}
NOT_IN_TABLE = [(a, b) for a, b in itertools.product(Status, Status) if (a, b) not in PAIRS]


@pytest.mark.parametrize("source,target", NOT_IN_TABLE, ids=lambda s: str(s))
def test_a_move_the_table_does_not_have_is_refused(source: Status, target: Status) -> None:
    shop = FakeShop()
    job = at_status(shop, source)
    events = shop.store.kinds(job.id)
    with pytest.raises(IllegalTransition) as refused:
        shop.do(moves.change_status, shop.boss, job.id, target, job.version,
                MoveInput(reason="r", promised_date=dt.date(2026, 3, 9), override=True))
    assert refused.value.params == {"source": str(source), "target": str(target)}
    assert shop.store.job(job.id) == job and shop.store.kinds(job.id) == events


def test_an_unknown_status_is_refused_as_input() -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(ValidationError):
        shop.do(moves.change_status, shop.tech, job.id, "fixed", job.version, MoveInput())


def test_the_estimate_requirement() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.DIAGNOSING, estimate=False)
    with pytest.raises(IllegalTransition) as refused:
        shop.do(moves.change_status, shop.tech, job.id, Status.AWAITING_APPROVAL, job.version,
                MoveInput())
    assert refused.value.code == "needs_estimate"
    v = shop.do(edits.set_estimate, shop.tech, job.id, job.version, ESTIMATE)
    shop.do(moves.change_status, shop.tech, job.id, Status.AWAITING_APPROVAL, v, MoveInput())
    assert shop.store.job(job.id).status == Status.AWAITING_APPROVAL


@pytest.mark.parametrize("reason", ["", "   "])
def test_the_reason_requirement(reason: str) -> None:
    shop = FakeShop()
    job = at_status(shop, Status.AWAITING_APPROVAL)
    with pytest.raises(ValidationError):
        shop.do(moves.change_status, shop.desk, job.id, Status.DECLINED, job.version,
                MoveInput(reason=reason))
    shop.do(moves.change_status, shop.desk, job.id, Status.DECLINED, job.version,
            MoveInput(reason="too dear"))
    assert shop.store.events(job.id)[-1].data["reason"] == "too dear"


def test_the_promised_date_requirement_sets_the_date_and_keeps_the_old_one() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.IN_REPAIR)
    with pytest.raises(ValidationError) as missing:
        shop.do(moves.change_status, shop.tech, job.id, Status.WAITING_PARTS, job.version,
                MoveInput())
    assert missing.value.field == "promised_date"
    with pytest.raises(ValidationError):  # yesterday, in the shop's time zone
        shop.do(moves.change_status, shop.tech, job.id, Status.WAITING_PARTS, job.version,
                MoveInput(promised_date=dt.date(2026, 3, 1)))
    shop.do(moves.change_status, shop.tech, job.id, Status.WAITING_PARTS, job.version,
            MoveInput(promised_date=dt.date(2026, 3, 2)))
    assert shop.store.job(job.id).promised_date == dt.date(2026, 3, 2)
    line = shop.store.events(job.id)[-1].data
    assert (line["promised_date_before"], line["promised_date"]) == ("", "2026-03-02")


def test_delivery_needs_the_balance_paid_or_a_managers_override() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.READY, estimate=False)
    v = shop.do(edits.set_estimate, shop.tech, job.id, job.version, ESTIMATE)
    with pytest.raises(IllegalTransition) as unpaid:
        shop.do(moves.change_status, shop.desk, job.id, Status.DELIVERED, v, MoveInput())
    assert unpaid.value.code == "unpaid" and unpaid.value.params["balance"] == 4_500_000
    with pytest.raises(PermissionDenied):
        shop.do(moves.change_status, shop.desk, job.id, Status.DELIVERED, v,
                MoveInput(override=True))
    shop.do(moves.change_status, shop.boss, job.id, Status.DELIVERED, v,
            MoveInput(override=True))
    delivered = shop.store.job(job.id)
    assert delivered.delivered_at == shop.now
    line = shop.store.events(job.id)[-1].data
    assert line["override_unpaid"] == 4_500_000 and line["warranty_end"] == "2026-04-01"


def test_a_stale_version_is_refused_with_who_changed_it() -> None:
    shop = FakeShop()
    job = shop.intake()
    shop.do(moves.change_status, shop.tech, job.id, Status.DIAGNOSING, job.version, MoveInput())
    with pytest.raises(ConflictError) as stale:
        shop.do(moves.change_status, shop.tech, job.id, Status.UNREPAIRABLE, job.version,
                MoveInput(reason="no parts"))
    assert stale.value.code == "job_conflict" and stale.value.params["by"] == "Tech"
    assert shop.store.job(job.id).status == Status.DIAGNOSING


def test_each_customer_event_is_queued_once_and_told_only_once() -> None:
    shop = FakeShop()
    job = shop.intake()
    v = shop.do(moves.change_status, shop.tech, job.id, Status.DIAGNOSING, job.version,
                MoveInput())
    v = shop.do(edits.set_estimate, shop.tech, job.id, v, ESTIMATE)
    v = shop.do(moves.change_status, shop.tech, job.id, Status.AWAITING_APPROVAL, v,
                MoveInput())
    shop.later(minutes=5)  # past the grace period: going back does not take the news back
    v = shop.do(moves.change_status, shop.tech, job.id, Status.DIAGNOSING, v, MoveInput())
    shop.later(minutes=5)
    shop.do(moves.change_status, shop.tech, job.id, Status.AWAITING_APPROVAL, v, MoveInput())
    assert [m.event for m in shop.store.messages(job.id)] == [
        CustomerEvent.RECEIVED, CustomerEvent.DIAGNOSIS_STARTED, CustomerEvent.ESTIMATE_READY]
    skipped = shop.store.events(job.id)[-1]
    assert (skipped.kind, skipped.data) == ("message_skipped", {"event": "estimate_ready",
                                                                "reason": "already_told"})


def test_an_event_switched_off_is_noted_not_queued() -> None:
    shop = FakeShop(settings={"sms.events_off": ["received"]})
    job = shop.intake()
    assert shop.store.messages(job.id) == []
    assert shop.store.kinds(job.id) == ["created", "message_skipped"]


def test_a_move_taken_back_within_the_grace_period_tells_nobody() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.IN_REPAIR)
    v = shop.do(moves.change_status, shop.tech, job.id, Status.READY, job.version, MoveInput())
    ready = shop.store.messages(job.id)[-1]
    assert (ready.event, ready.status) == (CustomerEvent.READY, "queued")
    shop.later(seconds=30)
    shop.do(moves.undo_last_move, shop.tech, job.id, v)
    assert shop.store.job(job.id).status == Status.IN_REPAIR
    assert shop.store.messages(job.id)[-1].status == "cancelled"
    assert shop.store.kinds(job.id)[-2:] == ["message_cancelled", "status_undone"]


def test_a_move_back_by_hand_within_the_grace_period_cancels_the_message() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.IN_REPAIR)
    v = shop.do(moves.change_status, shop.tech, job.id, Status.READY, job.version, MoveInput())
    shop.later(seconds=10)
    shop.do(moves.change_status, shop.tech, job.id, Status.IN_REPAIR, v, MoveInput())
    assert shop.store.messages(job.id)[-1].status == "cancelled"


def test_undo_after_the_grace_period_or_by_someone_else_is_refused() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.IN_REPAIR)
    v = shop.do(moves.change_status, shop.tech, job.id, Status.READY, job.version, MoveInput())
    other = shop.store.add_user(Role.TECHNICIAN, "other")
    with pytest.raises(PermissionDenied):
        shop.do(moves.undo_last_move, other, job.id, v)
    shop.later(seconds=61)
    with pytest.raises(IllegalTransition) as late:
        shop.do(moves.undo_last_move, shop.tech, job.id, v)
    assert late.value.code == "nothing_to_undo"


def test_undoing_a_delivery_clears_its_date_and_a_manager_may_undo_anyones_move() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.READY)
    v = shop.do(moves.change_status, shop.desk, job.id, Status.DELIVERED, job.version,
                MoveInput())
    shop.do(moves.undo_last_move, shop.boss, job.id, v)
    back = shop.store.job(job.id)
    assert back.status == Status.READY and back.delivered_at is None


def test_undo_restores_the_promised_date() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.IN_REPAIR)
    v = shop.do(moves.change_status, shop.tech, job.id, Status.WAITING_PARTS, job.version,
                MoveInput(promised_date=dt.date(2026, 3, 5)))
    shop.do(moves.undo_last_move, shop.tech, job.id, v)
    assert shop.store.job(job.id).promised_date is None


def test_next_actions_say_why_a_move_is_not_for_this_actor() -> None:
    shop = FakeShop()
    job = at_status(shop, Status.READY, estimate=False)
    shop.do(edits.set_estimate, shop.tech, job.id, job.version, ESTIMATE)
    with shop.store.unit_of_work() as uow:
        money = moves.money_of(uow, job.id)
    desk = {a.target: a for a in moves.next_actions(shop.desk, Status.READY, money)}
    boss = {a.target: a for a in moves.next_actions(shop.boss, Status.READY, money)}
    assert desk[Status.DELIVERED].reason == "balance of 4500000 is unpaid"
    assert desk[Status.IN_REPAIR].reason == "not for the reception role"
    assert boss[Status.DELIVERED].allowed
