"""Which events become messages, in the same transaction, and which are held back and why."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.errors import DomainError, PermissionDenied
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from db.models import JobEvent, OutboxMessage
from tests.db.notify.conftest import Shop
from tests.factories import row_counts

TEHRAN = ZoneInfo("Asia/Tehran")


def messages(shop: Shop, job_id: int) -> list[OutboxMessage]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == job_id)
                              .order_by(OutboxMessage.id)))


def timeline(shop: Shop, job_id: int, kind: str) -> list[dict[str, object]]:
    with shop.services.db.read() as s:
        return [e.data for e in s.scalars(select(JobEvent).where(
            JobEvent.job_id == job_id, JobEvent.kind == kind).order_by(JobEvent.id))]


def test_intake_queues_the_received_message_in_the_customers_language(shop: Shop) -> None:
    job_id = shop.intake()
    job = shop.services.jobs.get(job_id)
    [message] = messages(shop, job_id)
    assert (message.event, message.status, message.lang) == ("received", "queued", "fa")
    assert job.number in message.body and "Galaxy A52" in message.body
    assert message.to == job.customer_mobile and message.parts == 2


def test_a_refused_change_writes_no_message(shop: Shop) -> None:
    job_id = shop.intake()
    before = row_counts(shop.services)
    with pytest.raises(DomainError):
        shop.move(job_id, Status.READY)  # not allowed from received
    assert row_counts(shop.services) == before


def test_estimate_message_carries_the_amount_in_persian_digits(shop: Shop) -> None:
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id, 2_500_000)
    estimate = next(m for m in messages(shop, job_id) if m.event == "estimate_ready")
    assert "۲٬۵۰۰٬۰۰۰ تومان" in estimate.body and "۱" in estimate.body


def test_opted_out_customer_gets_nothing_and_the_skip_is_on_the_timeline(shop: Shop) -> None:
    job_id = shop.intake()
    customer_id = shop.services.jobs.get(job_id).customer_id
    shop.services.customers.set_sms_opt_out(shop.reception, customer_id, True)
    shop.move(job_id, Status.DIAGNOSING)
    assert [m.event for m in messages(shop, job_id)] == ["received"]
    assert timeline(shop, job_id, "message_skipped") == [
        {"event": "diagnosis_started", "reason": "opted_out"}]


def test_opt_out_after_queueing_cancels_the_waiting_message(shop: Shop) -> None:
    job_id = shop.intake()
    customer_id = shop.services.jobs.get(job_id).customer_id
    shop.services.customers.set_sms_opt_out(shop.reception, customer_id, True)
    report = shop.dispatcher().run_once()
    assert report.sent.sent == 0
    assert [m.status for m in messages(shop, job_id)] == ["cancelled"]


def test_a_switched_off_event_sends_nothing(shop: Shop) -> None:
    shop.services.messages.set_enabled(shop.manager, "received", False)
    job_id = shop.intake()
    assert messages(shop, job_id) == []
    assert timeline(shop, job_id, "message_skipped")[0]["reason"] == "event_off"


def test_returning_to_a_status_does_not_resend_unless_the_manager_asks(shop: Shop) -> None:
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    shop.move(job_id, Status.DIAGNOSING)  # estimate withdrawn to be revised
    shop.move(job_id, Status.AWAITING_APPROVAL)
    events = [m.event for m in messages(shop, job_id)]
    assert events.count("estimate_ready") == 1
    assert timeline(shop, job_id, "message_skipped")[-1]["reason"] == "already_told"
    with pytest.raises(PermissionDenied):
        shop.services.messages.resend(shop.reception, job_id, "estimate_ready")
    shop.services.messages.resend(shop.manager, job_id, "estimate_ready")
    assert [m.event for m in messages(shop, job_id)].count("estimate_ready") == 2


def test_a_slip_undone_within_the_grace_period_sends_nothing(shop: Shop) -> None:
    shop.configure(sms__grace_seconds=60)
    job_id = shop.intake()
    shop.move(job_id, Status.DIAGNOSING)
    version = shop.services.jobs.get(job_id).version
    shop.services.jobs.undo_status_change(shop.tech, job_id, version)
    assert shop.services.jobs.get(job_id).status == Status.RECEIVED
    later = utcnow() + dt.timedelta(minutes=5)
    shop.dispatcher(at=later).run_once()
    by_event = {m.event: m.status for m in messages(shop, job_id)}
    assert by_event == {"received": "delivered", "diagnosis_started": "cancelled"}


def test_a_move_back_within_grace_cancels_the_waiting_message(shop: Shop) -> None:
    shop.configure(sms__grace_seconds=60)
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    shop.move(job_id, Status.DIAGNOSING)  # the estimate went out by mistake
    estimate = next(m for m in messages(shop, job_id) if m.event == "estimate_ready")
    assert estimate.status == "cancelled"
    assert timeline(shop, job_id, "message_cancelled")[0]["reason"] == "undone"


def test_undo_is_refused_after_the_grace_period_and_for_someone_elses_move(
        shop: Shop) -> None:
    shop.configure(sms__grace_seconds=60)
    job_id = shop.intake()
    shop.move(job_id, Status.DIAGNOSING)
    version = shop.services.jobs.get(job_id).version
    with pytest.raises(PermissionDenied):
        shop.services.jobs.undo_status_change(shop.reception, job_id, version)
    shop.configure(sms__grace_seconds=0)
    with pytest.raises(DomainError) as err:
        shop.services.jobs.undo_status_change(shop.tech, job_id, version)
    assert err.value.code == "nothing_to_undo"
    assert shop.services.jobs.get(job_id).status == Status.DIAGNOSING


def test_messages_wait_for_the_grace_period_before_going_out(shop: Shop) -> None:
    shop.configure(sms__grace_seconds=60)
    job_id = shop.intake()
    assert shop.dispatcher().run_once().sent.sent == 0
    assert shop.dispatcher(at=utcnow() + dt.timedelta(seconds=61)).run_once().sent.sent == 1
    assert messages(shop, job_id)[0].status in ("sent", "delivered")


def test_quiet_hours_hold_messages_until_morning(shop: Shop) -> None:
    shop.configure(sms__quiet_start="21:00", sms__quiet_end="09:00")
    job_id = shop.intake()
    [message] = messages(shop, job_id)
    assert not 21 <= message.due_at.astimezone(TEHRAN).hour < 24
    night = dt.datetime.combine(utcnow().astimezone(TEHRAN).date() + dt.timedelta(days=1),
                                dt.time(23, 30), tzinfo=TEHRAN)
    report = shop.dispatcher(at=night).run_once()
    assert report.waiting == "quiet hours" and report.sent.sent == 0
    morning = night + dt.timedelta(hours=10)  # 09:30
    assert shop.dispatcher(at=morning).run_once().sent.sent == 1


def test_pickup_reminders_respect_the_count_and_the_per_customer_cap(shop: Shop) -> None:
    shop.configure(sms__reminder_days=7, sms__reminder_max=2, sms__cap_count=1)
    job_id = shop.intake()
    shop.move(job_id, Status.DIAGNOSING)
    shop.move(job_id, Status.UNREPAIRABLE, reason="the board is dead")
    shop.move(job_id, Status.READY)
    from app.notify.reminders import queue_reminders

    now = utcnow()
    assert queue_reminders(shop.services.db, now + dt.timedelta(days=6)) == 0
    assert queue_reminders(shop.services.db, now + dt.timedelta(days=8)) == 1
    assert queue_reminders(shop.services.db, now + dt.timedelta(days=9)) == 0
    # the second would be due, but the cap of one non-transactional message holds it back
    assert queue_reminders(shop.services.db, now + dt.timedelta(days=16)) == 0
    reminders = [m for m in messages(shop, job_id) if m.event == "pickup_reminder"]
    assert [m.status for m in reminders] == ["queued", "cancelled"]
    assert not reminders[0].transactional
    assert timeline(shop, job_id, "message_skipped")[-1]["reason"] == "cap_reached"
    assert queue_reminders(shop.services.db, now + dt.timedelta(days=30)) == 0
