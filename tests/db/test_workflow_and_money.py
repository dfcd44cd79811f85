import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from sqlalchemy import select, text

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.customers.new import NewCustomer, NewDevice
from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.jobs import edits, moves, payments, warranty
from app.jobs.intake import IntakeRequest, create_job
from app.jobs.moves import MoveInput
from app.jobs.service import LineInput
from app.jobs.workflow import CustomerEvent, Status
from app.locale.calendar import shop_day
from app.storage.sql import SqlUnitOfWork
from app.storage.unit_of_work import UnitOfWorkFactory
from db.models import Job, OutboxMessage
from tests.factories import intake_request, row_counts, user
from tests.fakes.unit_of_work import START, FakeShop

T = TypeVar("T")

LINES = [LineInput("part", "LCD Galaxy A52", 1, 4_500_000),
         LineInput("labour", "تعویض صفحه", 1, 800_000, discount=300_000)]


@pytest.fixture
def team(services: Services) -> dict:
    return {"desk": user(services, Role.RECEPTION), "tech": user(services, Role.TECHNICIAN),
            "boss": user(services, Role.MANAGER)}


def _to_ready(services: Services, team: dict) -> tuple[int, int]:
    job = services.jobs.intake(team["desk"], intake_request(deposit=1_000_000))
    tech = team["tech"]
    v = services.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    v = services.jobs.set_estimate(tech, job.id, v, LINES)
    v = services.jobs.change_status(tech, job.id, Status.AWAITING_APPROVAL, v)
    v = services.jobs.approve(team["desk"], job.id, v)
    v = services.jobs.change_status(tech, job.id, Status.IN_REPAIR, v)
    v = services.jobs.change_status(tech, job.id, Status.WAITING_PARTS, v,
                                    promised_date=dt.date.today() + dt.timedelta(days=3))
    v = services.jobs.change_status(tech, job.id, Status.IN_REPAIR, v)
    v = services.jobs.change_status(tech, job.id, Status.READY, v)
    return job.id, v


def test_full_path_to_delivery_records_events_and_warranty(services: Services,
                                                           team: dict) -> None:
    job_id, v = _to_ready(services, team)
    ready = services.jobs.get(job_id)
    assert ready.totals.estimate == 5_000_000 and ready.totals.balance == 4_000_000
    services.jobs.add_payment(team["desk"], job_id, 4_000_000, "card")
    services.jobs.deliver(team["desk"], job_id, v)
    done = services.jobs.get(job_id)
    assert done.status == Status.DELIVERED and done.totals.balance == 0
    assert done.warranty_end == shop_day(done.delivered_at) + dt.timedelta(days=30)
    events = [e.customer_event for e in done.events if e.customer_event]
    assert events == [CustomerEvent.RECEIVED, CustomerEvent.DIAGNOSIS_STARTED,
                      CustomerEvent.ESTIMATE_READY, CustomerEvent.APPROVED,
                      CustomerEvent.WAITING_PARTS, CustomerEvent.READY,
                      CustomerEvent.DELIVERED]
    estimate_event = next(e for e in done.events if e.kind == "estimate_changed")
    assert estimate_event.data["total"] == {"before": 0, "after": 5_000_000}


def test_illegal_transition_is_refused_and_changes_nothing(services: Services,
                                                           team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    before = row_counts(services)
    with pytest.raises(IllegalTransition) as err:
        services.jobs.change_status(team["boss"], job.id, Status.READY, job.version)
    assert "received" in err.value.message and "ready" in err.value.message
    assert row_counts(services) == before
    assert services.jobs.get(job.id).version == job.version


def test_role_and_requirement_checks(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    with pytest.raises(PermissionDenied):
        services.jobs.change_status(team["desk"], job.id, Status.DIAGNOSING, job.version)
    v = services.jobs.change_status(team["tech"], job.id, Status.DIAGNOSING, job.version)
    with pytest.raises(IllegalTransition) as err:
        services.jobs.change_status(team["tech"], job.id, Status.AWAITING_APPROVAL, v)
    assert err.value.code == "needs_estimate"
    with pytest.raises(PermissionDenied):
        services.jobs.set_estimate(team["desk"], job.id, v, LINES)
    with pytest.raises(ValidationError) as reason:
        services.jobs.change_status(team["desk"], job.id, Status.CANCELLED, v)
    assert reason.value.code == "required"
    services.jobs.change_status(team["desk"], job.id, Status.CANCELLED, v,
                                reason="customer changed mind")
    assert services.jobs.get(job.id).status == Status.CANCELLED


def test_waiting_for_parts_needs_a_future_promised_date(services: Services,
                                                        team: dict) -> None:
    job_id, _ = _to_ready(services, team)
    job = services.jobs.get(job_id)
    v = services.jobs.change_status(team["tech"], job_id, Status.IN_REPAIR, job.version)
    for bad, code in ((None, "required"), (dt.date(2021, 5, 1), "date_past")):
        with pytest.raises(ValidationError) as err:
            services.jobs.change_status(team["tech"], job_id, Status.WAITING_PARTS, v,
                                        promised_date=bad)
        assert err.value.code == code
    assert services.jobs.get(job_id).status == Status.IN_REPAIR


def test_delivery_needs_full_payment_or_a_managers_override(services: Services,
                                                            team: dict) -> None:
    job_id, v = _to_ready(services, team)
    with pytest.raises(IllegalTransition) as err:
        services.jobs.deliver(team["desk"], job_id, v)
    assert err.value.code == "unpaid" and err.value.params["balance"] == 4_000_000
    with pytest.raises(PermissionDenied):
        services.jobs.deliver(team["desk"], job_id, v, override=True)
    assert services.jobs.get(job_id).status == Status.READY
    services.jobs.deliver(team["boss"], job_id, v, override=True)
    done = services.jobs.get(job_id)
    assert done.status == Status.DELIVERED
    assert done.events[-1].data["override_unpaid"] == 4_000_000


def test_payments_and_refunds(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request(deposit=500_000))
    services.jobs.add_payment(team["desk"], job.id, 250_000, "transfer")
    with pytest.raises(PermissionDenied):
        services.jobs.refund(team["desk"], job.id, 100_000, "cash", reason="x")
    with pytest.raises(ValidationError) as err:
        services.jobs.refund(team["boss"], job.id, 900_000, "cash", reason="too much")
    assert err.value.code == "refund_too_large"
    services.jobs.refund(team["boss"], job.id, 150_000, "cash", reason="part cheaper")
    with pytest.raises(PermissionDenied):
        services.jobs.add_payment(team["tech"], job.id, 1, "cash")
    for bad in (0, -100, 99.5):
        with pytest.raises(ValidationError):
            services.jobs.add_payment(team["desk"], job.id, bad, "cash")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.jobs.add_payment(team["desk"], job.id, 100, "bitcoin")
    detail = services.jobs.get(job.id)
    assert detail.totals.paid == 750_000 and detail.totals.refunded == 150_000
    assert [p.kind for p in detail.payments] == ["payment", "payment", "refund"]
    assert [e.kind for e in detail.events].count("refund") == 1


def test_bad_estimate_lines_are_refused_whole(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    v = services.jobs.change_status(team["tech"], job.id, Status.DIAGNOSING, job.version)
    v = services.jobs.set_estimate(team["tech"], job.id, v, LINES)
    for bad in (LineInput("part", "x", 0, 100), LineInput("part", "x", 1, -5),
                LineInput("gift", "x", 1, 5), LineInput("part", "", 1, 5),
                LineInput("part", "x", 1, 100, discount=101)):
        with pytest.raises(ValidationError):
            services.jobs.set_estimate(team["tech"], job.id, v, [LINES[0], bad])
    assert services.jobs.get(job.id).totals.estimate == 5_000_000


def test_thirty_lines_and_billions(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    lines = [LineInput("part", f"قطعه {i}", 3, 2_500_000_000) for i in range(30)]
    services.jobs.set_estimate(team["tech"], job.id, job.version, lines)
    assert services.jobs.get(job.id).totals.estimate == 30 * 3 * 2_500_000_000


def test_edit_records_before_and_after(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    new_date = dt.date.today() + dt.timedelta(days=5)
    services.jobs.update(team["desk"], job.id, job.version, priority=2,
                         promised_date=new_date, problem=job.problem)
    edited = services.jobs.get(job.id).events[-1]
    assert edited.kind == "edited"
    assert edited.data == {"priority": {"before": 0, "after": 2},
                           "promised_date": {"before": None, "after": new_date.isoformat()}}
    with pytest.raises(ValidationError):
        services.jobs.update(team["desk"], job.id, job.version + 1, number="X")
    current = services.jobs.get(job.id)
    services.jobs.update(team["desk"], job.id, current.version, estimate_min=500_000,
                         estimate_max=900_000)
    with pytest.raises(ValidationError) as err:
        services.jobs.update(team["desk"], job.id, current.version + 1, estimate_min=950_000)
    assert err.value.code == "estimate_range"
    assert services.jobs.get(job.id).estimate_min == 500_000


def test_warranty_return_opens_a_linked_job(services: Services, team: dict) -> None:
    job_id, v = _to_ready(services, team)
    with pytest.raises(ValidationError):
        services.jobs.open_warranty_return(team["desk"], job_id, "again")
    services.jobs.add_payment(team["desk"], job_id, 4_000_000, "cash")
    services.jobs.deliver(team["desk"], job_id, v)
    back = services.jobs.open_warranty_return(team["desk"], job_id, "صفحه دوباره خاموش شد")
    original = services.jobs.get(job_id)
    assert back.warranty_of_id == job_id and back.device_id == original.device_id
    assert back.status == Status.RECEIVED and back.number != original.number
    assert original.events[-1].kind == "warranty_return_opened"
    assert original.events[-1].data == {"new_job": back.number}


def test_timeline_is_append_only_in_the_database(services: Services, team: dict) -> None:
    job = services.jobs.intake(team["desk"], intake_request())
    for sql in ("UPDATE job_events SET kind = 'x'", "DELETE FROM job_events"):
        with pytest.raises(Exception, match="append-only"), services.db.write() as s:
            s.execute(text(sql))
    assert len(services.jobs.get(job.id).events) == 1


def test_next_actions_explain_what_is_not_allowed(services: Services, team: dict) -> None:
    job_id, _ = _to_ready(services, team)
    desk = {a.target: a for a in services.jobs.next_actions(team["desk"], job_id)}
    assert not desk[Status.DELIVERED].allowed
    assert "unpaid" in desk[Status.DELIVERED].reason
    assert not desk[Status.IN_REPAIR].allowed and "role" in desk[Status.IN_REPAIR].reason
    boss = {a.target: a for a in services.jobs.next_actions(team["boss"], job_id)}
    assert boss[Status.DELIVERED].allowed


# --- the fake unit of work keeps step with the SQL one ------------------------------------------
def _story(unit_of_work: UnitOfWorkFactory, desk: Actor, tech: Actor, boss: Actor) -> int:
    """Intake → estimate → approve → repair (with parts, and a slip taken back) → pay → deliver,
    then a warranty return; every step at a fixed time, in its own unit of work."""
    now = iter(START + dt.timedelta(seconds=s) for s in itertools.count(0, 20))

    def do(operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with unit_of_work() as uow:
            return operation(uow, *args, **kwargs, now=next(now))

    req = IntakeRequest(problem="Cracked screen", deposit=1_000_000, passcode="2580",
                        new_customer=NewCustomer(name="Sara Ahmadi", mobile="09121234567"),
                        new_device=NewDevice(kind="phone", brand="Samsung", model="A52"),
                        condition={"screen": "cracked"}, accessories=["charger"])
    job = do(create_job, desk, req)
    v = do(moves.change_status, tech, job.id, Status.DIAGNOSING, job.version, MoveInput())
    v = do(edits.assign, desk, job.id, v, tech.user_id)
    v = do(edits.set_estimate, tech, job.id, v, LINES)
    v = do(moves.change_status, tech, job.id, Status.AWAITING_APPROVAL, v, MoveInput())
    v = do(moves.change_status, desk, job.id, Status.APPROVED, v, MoveInput())
    v = do(moves.change_status, tech, job.id, Status.IN_REPAIR, v, MoveInput())
    v = do(moves.change_status, tech, job.id, Status.WAITING_PARTS, v,
           MoveInput(promised_date=dt.date(2026, 3, 5)))
    v = do(moves.change_status, tech, job.id, Status.IN_REPAIR, v, MoveInput())
    v = do(moves.change_status, tech, job.id, Status.READY, v, MoveInput())
    v = do(moves.change_status, tech, job.id, Status.IN_REPAIR, v, MoveInput())  # a slip…
    v = do(moves.undo_last_move, tech, job.id, v)  # …taken back at once
    do(edits.add_note, tech, job.id, "Tested for an hour", customer_visible=True)
    v = do(edits.update, desk, job.id, v, {"customer_note": "Calls after 5", "priority": 1})
    assert do(edits.update, desk, job.id, v, {"priority": 1}) == v  # nothing to change
    do(payments.add_payment, desk, job.id, 4_500_000, "card", "")
    do(payments.refund, boss, job.id, 500_000, "cash", "overpaid")
    do(moves.change_status, desk, job.id, Status.DELIVERED, v, MoveInput())
    return do(warranty.open_warranty_return, desk, job.id, "Flickers again").id


def _what_happened(unit_of_work: UnitOfWorkFactory, job_ids: list[int],
                   names: dict[int | None, str]) -> list[Any]:
    """The jobs as a shop sees them, with ids of rows (which differ by store) left out."""
    ids = ("payment_id", "undid_event", "message_id")
    seen: list[Any] = []
    with unit_of_work() as uow:
        for job_id in job_ids:
            job = uow.jobs.get(job_id)
            row = {k: v for k, v in vars(job).items()
                   if k not in ("id", "customer_id", "device_id", "warranty_of_id")}
            for key in ("created_by_id", "updated_by_id", "technician_id"):
                row[key] = names.get(row[key])
            seen.append(row)
            seen.append([(e.kind, e.at, names.get(e.actor_id), e.customer_event,
                          {k: "#" if k in ids else _named(k, v, names)
                           for k, v in e.data.items()})
                         for e in uow.timeline.for_job(job_id)])
            seen.append([(p.kind, p.method, p.amount, p.is_deposit, p.note, p.at,
                          names.get(p.by_id)) for p in uow.payments.for_job(job_id)])
            seen.append(uow.lines.for_job(job_id))
            seen.append(uow.unlock.reveal(job_id, None))
    return seen


def _named(key: str, value: Any, names: dict[int | None, str]) -> Any:
    if key == "technician_id":
        return {side: names.get(user_id) for side, user_id in value.items()}
    return value


def test_the_fake_unit_of_work_tells_the_same_story_as_the_database(services: Services,
                                                                      team: dict) -> None:
    desk, tech, boss = team["desk"], team["tech"], team["boss"]
    sql: UnitOfWorkFactory = lambda: SqlUnitOfWork(services.db)  # noqa: E731
    new = _story(sql, desk, tech, boss)
    names = {desk.user_id: "desk", tech.user_id: "tech", boss.user_id: "boss"}
    with services.db.read() as s:
        original = s.scalar(select(Job.warranty_of_id).where(Job.id == new))
        messages = [(m.job_id == original, m.event, m.status)
                    for m in s.scalars(select(OutboxMessage).order_by(OutboxMessage.id))]

    shop = FakeShop()
    fake_new = _story(shop.store.unit_of_work, shop.desk, shop.tech, shop.boss)
    fake_names = {shop.desk.user_id: "desk", shop.tech.user_id: "tech",
                  shop.boss.user_id: "boss"}
    fake_original = shop.store.job(fake_new).warranty_of_id
    assert original is not None and fake_original is not None
    fake_messages = [(m.job_id == fake_original, m.event, m.status)
                     for m in sorted(shop.store.tables.messages.values(), key=lambda m: m.id)]

    seen = _what_happened(sql, [original, new], names)
    assert seen == _what_happened(shop.store.unit_of_work, [fake_original, fake_new],
                                  fake_names)
    assert messages == fake_messages
    assert [e[0] for e in seen[1]][-4:] == ["payment", "refund", "status_changed",
                                           "warranty_return_opened"]
    assert (True, "ready_for_pickup", "cancelled") in messages  # the slip took it back
    assert messages[-1] == (False, "received", "queued")  # the warranty return's
