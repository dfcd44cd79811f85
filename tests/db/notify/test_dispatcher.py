"""The dispatcher over real HTTP to a stand-in Kavenegar or SMS.ir: sends, retries, failures,
alerts, lost answers and crashes, with the provider's own count of what it accepted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.locale.calendar import utcnow
from app.notify.gateways.kavenegar import numeric_local_id
from app.notify.sending import claim_due
from db.models import JobEvent, OutboxMessage
from tests.db.notify.conftest import Shop
from tests.fakes.kavenegar import FakeKavenegar
from tests.fakes.smsir import FakeSmsIr


def outbox(shop: Shop) -> list[OutboxMessage]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def kinds(shop: Shop, job_id: int) -> list[str]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(JobEvent.kind).where(JobEvent.job_id == job_id)
                              .order_by(JobEvent.id)))


def test_sent_then_delivered_is_written_on_the_timeline(shop: Shop,
                                                        kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    job_id = shop.intake()
    report = shop.dispatcher().run_once()
    assert report.sent.sent == 1 and kavenegar.send_count == 1
    [accepted] = kavenegar.accepted
    [message] = outbox(shop)
    assert (message.status, message.provider_id) == ("sent", accepted.provider_id)
    assert accepted.local_id == numeric_local_id(message.local_id)
    assert accepted.to == "0" + message.to[3:]
    kavenegar.mark_delivered(accepted.provider_id)
    later = utcnow() + dt.timedelta(minutes=3)
    assert shop.dispatcher(at=later).run_once().polled.delivered == 1
    assert outbox(shop)[0].status == "delivered"
    assert kinds(shop, job_id)[-2:] == ["message_sent", "message_delivered"]


def test_transient_errors_are_retried_with_backoff_then_sent(shop: Shop,
                                                             kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.intake()
    kavenegar.set_mode("5xx", count=2)
    start = utcnow()
    shop.dispatcher(at=start).run_once()
    first = outbox(shop)[0]
    assert (first.status, first.attempts) == ("queued", 1)
    assert first.due_at == start + dt.timedelta(seconds=30)
    assert "5" in first.error or "server" in first.error.lower()
    shop.dispatcher(at=start + dt.timedelta(seconds=10)).run_once()  # not due yet
    assert outbox(shop)[0].attempts == 1
    second_try = start + dt.timedelta(seconds=31)
    shop.dispatcher(at=second_try).run_once()
    second = outbox(shop)[0]
    assert (second.status, second.attempts) == ("queued", 2)
    assert second.due_at == second_try + dt.timedelta(seconds=60)
    shop.dispatcher(at=second_try + dt.timedelta(seconds=61)).run_once()
    assert outbox(shop)[0].status == "sent" and kavenegar.send_count == 1


def test_transient_errors_give_up_after_the_last_attempt(shop: Shop,
                                                         kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__max_attempts=2)
    shop.intake()
    kavenegar.set_mode("throttled")
    now = utcnow()
    shop.dispatcher(at=now).run_once()
    shop.dispatcher(at=now + dt.timedelta(minutes=1)).run_once()
    [message] = outbox(shop)
    assert message.status == "failed" and message.error.startswith("gave up after 2 tries")


def test_a_permanent_error_fails_at_once_with_the_reason_in_words(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    job_id = shop.intake()
    kavenegar.set_mode("invalid_number")
    report = shop.dispatcher().run_once()
    [message] = outbox(shop)
    assert report.sent.failed == 1 and message.status == "failed" and message.attempts == 1
    assert "number" in message.error.lower() or "گیرنده" in message.error
    assert kinds(shop, job_id)[-1] == "message_failed"
    assert shop.services.messages.alerts() == []  # one bad number is not the manager's alarm
    shop.dispatcher(at=utcnow() + dt.timedelta(hours=2)).run_once()
    assert kavenegar.send_count == 0 and outbox(shop)[0].attempts == 1


def test_no_credit_alerts_the_manager_and_holds_every_message_until_credit_is_back(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    for _ in range(3):
        shop.intake()
    kavenegar.set_mode("no_credit")
    kavenegar.balance = 0
    report = shop.dispatcher(batch=1, concurrency=1).run_once()
    assert (report.sent.failed, report.sent.held) == (0, 1)
    assert report.waiting.startswith("sending paused")
    [alert] = shop.services.messages.alerts()
    assert alert.kind == "no_credit"
    assert [(m.status, m.attempts) for m in outbox(shop)] == [("queued", 0)] * 3
    again = shop.dispatcher().run_once()  # the balance probe says 0: nothing is tried
    assert again.waiting.startswith("sending paused") and again.sent.sent == 0
    assert len(shop.services.messages.alerts()) == 1
    kavenegar.set_mode("accept")
    kavenegar.balance = 500_000
    assert shop.dispatcher().run_once().sent.sent == 3
    assert shop.services.messages.alerts() == [] and kavenegar.send_count == 3


def test_a_bad_key_raises_its_own_alert(shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.intake()
    kavenegar.set_mode("bad_key", scope="all")
    shop.dispatcher().run_once()
    assert [a.kind for a in shop.services.messages.alerts()] == ["bad_key"]


def test_a_lost_answer_is_looked_up_and_never_sent_twice(shop: Shop,
                                                         kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__timeout_seconds=1)
    shop.intake()
    kavenegar.set_mode("accept_then_hang", count=1)
    report = shop.dispatcher().run_once()
    assert report.sent.checking == 1 and kavenegar.send_count == 1
    assert outbox(shop)[0].status == "sending"
    assert shop.dispatcher().run_once().reconciled.found == 0  # it may still be on its way
    report = shop.dispatcher(at=utcnow() + dt.timedelta(minutes=3, seconds=2)).run_once()
    assert report.reconciled.found == 1
    [message] = outbox(shop)
    assert message.status == "sent" and message.provider_id == kavenegar.accepted[0].provider_id
    shop.dispatcher(at=utcnow() + dt.timedelta(hours=1)).run_once()
    assert kavenegar.send_count == 1


def test_a_crash_between_send_and_record_sends_once(shop: Shop,
                                                    kavenegar: FakeKavenegar) -> None:
    """The dispatcher dies after the provider accepted but before the database heard."""
    shop.use_fake("kavenegar", kavenegar)
    shop.intake()
    shop.intake()
    dead = shop.dispatcher()
    gateway = dead.gateway()
    with shop.services.db.write() as s:
        claimed = claim_due(s, gateway.name, "dead-worker", utcnow(), 10)
    gateway.send(claimed[0].sms)  # the first went out; then the process died
    assert kavenegar.send_count == 1
    # Within the lease another dispatcher leaves them alone: the first may still be running.
    assert shop.dispatcher().run_once().reconciled.found == 0
    after_lease = utcnow() + dt.timedelta(minutes=3)
    report = shop.dispatcher(at=after_lease).run_once()
    assert (report.reconciled.found, report.reconciled.requeued) == (1, 1)
    assert report.sent.sent == 1  # the one that never went out, sent now
    assert kavenegar.send_count == 2
    assert sorted(m.status for m in outbox(shop)) == ["sent", "sent"]
    assert len({m.local_id for m in kavenegar.accepted}) == 2


def test_without_a_lookup_a_doubtful_message_waits_for_a_person(shop: Shop,
                                                                 smsir: FakeSmsIr) -> None:
    shop.use_fake("smsir", smsir)
    shop.configure(sms__timeout_seconds=1)
    job_id = shop.intake()
    smsir.set_mode("accept_then_hang", count=1)
    report = shop.dispatcher().run_once()
    assert report.sent.review == 1 and smsir.send_count == 1
    [message] = outbox(shop)
    assert message.status == "review" and "not sent again" in message.error
    assert [a.kind for a in shop.services.messages.alerts()] == ["needs_review"]
    assert kinds(shop, job_id)[-1] == "message_review"
    shop.dispatcher(at=utcnow() + dt.timedelta(hours=3)).run_once()
    assert smsir.send_count == 1
    shop.services.messages.mark_sent(shop.manager, message.id)
    assert outbox(shop)[0].status == "sent"


def test_manager_cancels_a_waiting_message(shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__grace_seconds=60)
    shop.intake()
    message = outbox(shop)[0]
    assert shop.services.messages.cancel(shop.manager, message.id).status == "cancelled"
    shop.dispatcher(at=utcnow() + dt.timedelta(minutes=5)).run_once()
    assert kavenegar.send_count == 0
