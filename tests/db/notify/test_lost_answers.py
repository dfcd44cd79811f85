"""A send whose answer was lost is neither looked up nor sent again while the first request
may still reach the provider, and a resend carries the same id. The stand-ins slow only their
sends past the client's timeout, as a slow provider does: the message arrives after the
client gave up."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select

from app.locale.calendar import utcnow
from app.notify.enqueue import enqueue_job_message
from app.notify.sending import answer_wait
from app.notify.templates import MessageEvent
from db.models import Job, OutboxMessage
from tests.db.notify.conftest import Shop
from tests.fakes.base import FakeProvider
from tests.fakes.kavenegar import FakeKavenegar
from tests.fakes.twilio import FakeTwilio

SLOW = 2.5  # seconds a send takes at the provider; the client waits 1


def queue(shop: Shop, count: int) -> None:
    job_id = shop.intake()
    with shop.services.db.write() as s:
        job = s.get(Job, job_id)
        assert job is not None
        for n in range(count - 1):
            message = enqueue_job_message(s, job, MessageEvent.READY, utcnow())
            message.body += f" ({n})"  # distinct texts: a repeat is easy to tell apart


def outbox(shop: Shop) -> list[OutboxMessage]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def wait_for(fake: FakeProvider, count: int) -> None:
    deadline = time.monotonic() + 10
    while fake.send_count < count and time.monotonic() < deadline:
        time.sleep(0.05)


def test_slow_sends_are_not_looked_up_or_resent_while_they_may_be_in_flight(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__timeout_seconds=1)
    queue(shop, 3)
    kavenegar.send_delay = SLOW
    first = shop.dispatcher().run_once()
    assert first.sent.checking == 3
    [message] = outbox(shop)[:1]
    assert message.status == "sending" and "asks the provider" in message.error
    view = shop.services.messages.outbox(status="sending")[0]
    assert view.check_at is not None and view.check_at > utcnow() + dt.timedelta(minutes=2)
    again = shop.dispatcher().run_once()  # the very next round, the sends still on their way
    assert (again.reconciled.found, again.reconciled.requeued) == (0, 0)
    assert kavenegar.request_count("statuslocalmessageid") == 0
    wait_for(kavenegar, 3)
    kavenegar.send_delay = 0
    gateway = shop.dispatcher().gateway()
    after = shop.dispatcher(at=utcnow() + answer_wait(gateway)).run_once()
    assert after.reconciled.found == 3 and after.reconciled.requeued == 0
    assert [m.status for m in outbox(shop)] == ["sent"] * 3
    assert kavenegar.send_count == 3 and kavenegar.twice() == 0


def test_a_resend_carries_the_same_localid_and_kavenegar_refuses_the_repeat(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    """Kavenegar documents localid as stopping a repeated send: the resend after a look-up
    that missed the message sends nothing new and answers with the first message."""
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__timeout_seconds=1)
    queue(shop, 1)
    kavenegar.set_mode("accept_then_hang", count=1)
    assert shop.dispatcher().run_once().sent.checking == 1
    kavenegar.lookups_blind = True  # its look-up lags behind its sends
    later = utcnow() + dt.timedelta(minutes=5)
    report = shop.dispatcher(at=later).run_once()
    assert report.reconciled.requeued == 1 and report.sent.sent == 1
    [message] = outbox(shop)
    [accepted] = kavenegar.accepted
    assert message.status == "sent" and message.provider_id == accepted.provider_id
    sends = [r for r in kavenegar.requests if kavenegar.is_send(r)]
    assert len(sends) == 2 and sends[0].form["localid"] == sends[1].form["localid"]


def test_twilio_which_refuses_no_repeat_is_kept_safe_by_the_lease(
        shop: Shop, twilio_fake: FakeTwilio) -> None:
    """Twilio's Messages resource has no idempotency key (its OpenAPI description has none),
    so only waiting out the lease before the look-up keeps a slow send from going twice."""
    shop.use_fake("twilio", twilio_fake)
    shop.configure(sms__timeout_seconds=1)
    queue(shop, 2)
    twilio_fake.send_delay = SLOW
    assert shop.dispatcher().run_once().sent.checking == 2
    soon = shop.dispatcher().run_once()
    assert soon.reconciled.requeued == 0 and twilio_fake.send_count == 0
    wait_for(twilio_fake, 2)
    twilio_fake.send_delay = 0
    later = utcnow() + dt.timedelta(minutes=3)
    report = shop.dispatcher(at=later).run_once()
    assert report.reconciled.found == 2 and report.sent.sent == 0
    assert twilio_fake.send_count == 2 and twilio_fake.twice() == 0


def test_look_ups_of_lost_answers_run_at_the_same_time(shop: Shop,
                                                       kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    shop.configure(sms__timeout_seconds=1)
    queue(shop, 8)
    kavenegar.set_mode("accept_then_hang", count=8)
    assert shop.dispatcher().run_once().sent.checking == 8
    kavenegar.latency = 0.4
    kavenegar.max_in_flight = 0
    report = shop.dispatcher(at=utcnow() + dt.timedelta(minutes=5)).run_once()
    assert report.reconciled.found == 8
    assert kavenegar.max_in_flight >= 4  # asked side by side, not one after another
