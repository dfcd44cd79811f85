import datetime as dt

import pytest
from sqlalchemy import text

from app.auth.roles import Role
from app.bootstrap import Services
from app.errors import IllegalTransition, PermissionDenied, ValidationError
from app.jobs.service import LineInput
from app.jobs.workflow import CustomerEvent, Status
from tests.factories import intake_request, row_counts, user

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
    assert done.warranty_end == done.delivered_at.date() + dt.timedelta(days=30)
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
