"""Intake, edits, notes, assignment, unlock looks and warranty returns, on the fake unit of
work; and the fake itself: rollback and optimistic conflicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.auth.roles import Role
from app.auth.unlock_access import SessionKeys
from app.customers.new import NewCustomer, NewDevice
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.jobs import edits, moves, warranty
from app.jobs.intake import create_job
from app.jobs.moves import MoveInput
from app.jobs.workflow import CustomerEvent, Status
from tests.fakes.unit_of_work import FakeShop


def test_intake_makes_customer_device_job_deposit_and_tells_the_customer() -> None:
    shop = FakeShop()
    job = shop.intake(deposit=500_000, deposit_method="card", passcode="1234",
                      condition={"screen": "cracked"}, accessories=["charger", " ", "charger"])
    stored = shop.store.job(job.id)
    assert stored.number == "1404-00001" and stored.status == Status.RECEIVED
    assert stored.accessories == ["charger"] and stored.warranty_days == 30
    assert stored.created_at == shop.now and stored.version == 1
    assert shop.store.kinds(job.id) == ["created", "payment"]
    assert shop.store.events(job.id)[1].data == {"amount": 500_000, "method": "card",
                                                 "deposit": True}
    assert [m.event for m in shop.store.messages(job.id)] == [CustomerEvent.RECEIVED]
    assert shop.store.tables.secrets[job.id] == ("1234", "")
    assert shop.intake().number == "1404-00002"


@pytest.mark.parametrize("overrides,code", [
    ({"problem": "  "}, "required"),
    ({"condition": {"screen": "melted"}}, "bad_condition_value"),
    ({"condition": {"smell": "ok"}}, "bad_condition"),
    ({"pattern": "1-2"}, "bad_pattern"),
    ({"passcode": "x" * 65}, "too_long"),
    ({"priority": 3}, None),
    ({"estimate_min": 9, "estimate_max": 5}, "estimate_range"),
    ({"deposit_method": "cheque"}, None),
    ({"promised_date": dt.date(2026, 3, 1)}, None),
    ({"technician_id": 1}, "unknown_technician"),  # the reception user
    ({"new_customer": None}, "customer_required"),
    ({"new_device": None}, "device_required"),
    ({"new_customer": NewCustomer(name="A", mobile="12")}, None),
    ({"new_device": NewDevice(kind="phone", brand="", model="X")}, None),
])
def test_bad_intake_input_is_refused_before_anything_is_written(overrides: dict[str, Any],
                                                                 code: str | None) -> None:
    shop = FakeShop()
    with pytest.raises(ValidationError) as refused:
        shop.intake(**overrides)
    assert code is None or refused.value.code == code
    assert shop.store.tables.jobs == {} and shop.store.tables.customers == {}


def test_intake_for_a_known_customer_and_device() -> None:
    shop = FakeShop()
    first = shop.intake()
    again = shop.intake(new_customer=None, customer_id=first.customer_id, new_device=None,
                        device_id=first.device_id, technician_id=shop.tech.user_id)
    assert (again.customer_id, again.device_id) == (first.customer_id, first.device_id)
    assert again.technician_id == shop.tech.user_id
    with pytest.raises(NotFound):
        shop.intake(new_customer=None, customer_id=99, new_device=None, device_id=1)
    other = shop.intake()
    with pytest.raises(ValidationError) as not_theirs:
        shop.intake(new_customer=None, customer_id=other.customer_id, new_device=None,
                    device_id=first.device_id)
    assert not_theirs.value.code == "device_not_customers"


def test_a_mobile_already_on_record_is_refused() -> None:
    shop = FakeShop()
    shop.intake(new_customer=NewCustomer(name="A", mobile="09121234567"))
    with pytest.raises(ValidationError) as taken:
        shop.intake(new_customer=NewCustomer(name="B", mobile="+989121234567"))
    assert taken.value.code == "mobile_taken"


def test_only_reception_and_managers_take_jobs_in() -> None:
    shop = FakeShop()
    with pytest.raises(PermissionDenied):
        shop.intake(shop.tech)
    assert shop.intake(shop.boss).created_by_id == shop.boss.user_id


def test_edits_record_what_changed_and_refuse_unknown_fields() -> None:
    shop = FakeShop()
    job = shop.intake()
    v = shop.do(edits.update, shop.desk, job.id, job.version,
                {"problem": "No power", "promised_date": dt.date(2026, 3, 4), "priority": 2})
    assert v == job.version + 1
    assert shop.store.events(job.id)[-1].data == {
        "problem": {"before": "Cracked screen", "after": "No power"},
        "promised_date": {"before": None, "after": "2026-03-04"},
        "priority": {"before": 0, "after": 2}}
    assert shop.do(edits.update, shop.desk, job.id, v, {"priority": 2}) == v  # no change
    with pytest.raises(ValidationError) as unknown:
        shop.do(edits.update, shop.desk, job.id, v, {"status": "ready"})
    assert unknown.value.code == "not_editable"
    with pytest.raises(ValidationError):
        shop.do(edits.update, shop.desk, job.id, v, {"estimate_min": 10, "estimate_max": 5})
    with pytest.raises(ConflictError):
        shop.do(edits.update, shop.desk, job.id, job.version, {"priority": 1})


def test_notes_go_on_the_timeline_and_need_text() -> None:
    shop = FakeShop()
    job = shop.intake()
    shop.do(edits.add_note, shop.tech, job.id, "Board corroded", customer_visible=False)
    assert shop.store.events(job.id)[-1].data == {"text": "Board corroded",
                                                  "customer_visible": False}
    with pytest.raises(ValidationError):
        shop.do(edits.add_note, shop.tech, job.id, "  ", customer_visible=True)
    with pytest.raises(NotFound):
        shop.do(edits.add_note, shop.tech, 999, "x", customer_visible=True)
    assert shop.store.job(job.id).version == job.version  # a note does not bump the job


def test_assignment_rules() -> None:
    shop = FakeShop()
    job = shop.intake()
    v = shop.do(edits.assign, shop.desk, job.id, job.version, shop.tech.user_id)
    assert shop.store.job(job.id).technician_id == shop.tech.user_id
    assert shop.store.events(job.id)[-1].data == {
        "technician_id": {"before": None, "after": shop.tech.user_id}}
    assert shop.do(edits.assign, shop.desk, job.id, v, shop.tech.user_id) == v
    other = shop.store.add_user(Role.TECHNICIAN, "other")
    with pytest.raises(PermissionDenied):  # a technician takes jobs, but gives none away
        shop.do(edits.assign, shop.tech, job.id, v, other.user_id)
    v = shop.do(edits.assign, other, job.id, v, other.user_id)
    gone = shop.store.add_user(Role.TECHNICIAN, "gone", active=False)
    with pytest.raises(ValidationError) as unknown:
        shop.do(edits.assign, shop.boss, job.id, v, gone.user_id)
    assert unknown.value.code == "unknown_technician"
    shop.do(edits.assign, shop.boss, job.id, v, None)
    assert shop.store.job(job.id).technician_id is None


def test_unlock_looks_are_recorded_and_a_login_without_keys_sees_nothing() -> None:
    shop = FakeShop()
    job = shop.intake(passcode="0000", pattern="1-2-3-6")
    assert shop.do(edits.reveal_unlock, shop.tech, job.id) is None  # no keys in this login
    assert "unlock_viewed" not in shop.store.kinds(job.id)
    keys = SessionKeys(shop.tech.user_id or 0, X25519PrivateKey.generate())
    tech = replace(shop.tech, keys=keys)
    assert shop.do(edits.reveal_unlock, tech, job.id) == ("0000", "1-2-3-6")
    assert shop.store.kinds(job.id)[-1] == "unlock_viewed"
    with shop.store.unit_of_work() as uow:
        assert edits.may_read_unlock(uow, shop.tech)
        assert not edits.may_read_unlock(uow, shop.desk)
    shop.store.settings["jobs.reception_sees_unlock"] = "yes"
    with shop.store.unit_of_work() as uow:
        assert edits.may_read_unlock(uow, shop.desk)


def _delivered(shop: FakeShop) -> int:
    job = shop.intake()
    shop.store.tables.jobs[job.id] = replace(
        shop.store.job(job.id), status=Status.DELIVERED, delivered_at=shop.now)
    return job.id


def test_a_warranty_return_is_a_new_job_pointing_at_the_old_one() -> None:
    shop = FakeShop()
    original = _delivered(shop)
    shop.later(days=10)
    new = shop.do(warranty.open_warranty_return, shop.desk, original, "Screen flickers")
    stored = shop.store.job(new.id)
    old = shop.store.job(original)
    assert stored.warranty_of_id == original and stored.customer_id == old.customer_id
    assert shop.store.events(new.id)[0].data["warranty_of"] == old.number
    assert shop.store.events(original)[-1].data == {"new_job": stored.number}


def test_a_warranty_return_after_the_warranty_needs_a_manager() -> None:
    shop = FakeShop()
    original = _delivered(shop)
    shop.later(days=31)
    with pytest.raises(ValidationError) as ended:
        shop.do(warranty.open_warranty_return, shop.desk, original, "Again")
    assert ended.value.code == "warranty_ended"
    with pytest.raises(PermissionDenied):
        shop.do(warranty.open_warranty_return, shop.desk, original, "Again", override=True)
    shop.do(warranty.open_warranty_return, shop.boss, original, "Again", override=True)


def test_only_a_delivered_job_comes_back_under_warranty() -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(ValidationError) as refused:
        shop.do(warranty.open_warranty_return, shop.desk, job.id, "x")
    assert refused.value.code == "not_delivered"


def test_a_failed_unit_of_work_leaves_nothing_behind() -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(RuntimeError), shop.store.unit_of_work() as uow:
        moves.change_status(uow, shop.tech, job.id, Status.DIAGNOSING, job.version,
                            MoveInput(), shop.now)
        create_job(uow, shop.desk, shop.request(), shop.now)
        raise RuntimeError("power cut")
    assert shop.store.job(job.id) == job
    assert len(shop.store.tables.jobs) == 1 and shop.store.kinds(job.id) == ["created"]
    assert shop.intake().number == "1404-00002"  # the number was not used up


def test_two_units_of_work_saving_one_job_at_once_the_second_fails() -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(ConflictError) as conflict, shop.store.unit_of_work() as first:
        moves.change_status(first, shop.tech, job.id, Status.DIAGNOSING, job.version,
                            MoveInput(), shop.now)
        with shop.store.unit_of_work() as second:
            edits.update(second, shop.desk, job.id, job.version, {"priority": 1},
                         shop.now)
    assert conflict.value.code == "job_conflict"
    assert shop.store.job(job.id).priority == 1  # the one that committed first stands
    assert shop.store.job(job.id).status == Status.RECEIVED
