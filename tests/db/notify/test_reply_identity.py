"""A reply is identified by the provider's id together with its sender, text and time: a
provider that numbers replies per request must not make a later "1" vanish, and a reply
fetched twice is stored once, with the skip counted and logged."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from tests.db.notify.conftest import Shop
from tests.fakes.kavenegar import FakeKavenegar


def national(mobile: str) -> str:
    return "0" + mobile[3:]


def test_a_second_yes_numbered_like_the_first_approves_the_second_estimate(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    kavenegar.inbound_ids = "per_request"  # every fetch numbers its replies from 1
    first = shop.intake()
    job = shop.services.jobs.get(first)
    second = shop.intake(new_customer=None, customer_id=job.customer_id, new_device=None,
                         device_id=job.device_id)
    shop.to_awaiting_approval(first)
    mobile = national(job.customer_mobile)
    kavenegar.add_inbound(mobile, "1", at=utcnow() - dt.timedelta(minutes=30))
    assert shop.dispatcher().run_once().replies.approved == 1
    assert shop.services.jobs.get(first).status == Status.APPROVED
    shop.to_awaiting_approval(second)
    kavenegar.add_inbound(mobile, "1")
    report = shop.dispatcher().run_once()
    assert report.replies.approved == 1 and report.replies.duplicates == 0
    assert shop.services.jobs.get(second).status == Status.APPROVED
    replies = shop.services.messages.replies()
    assert len(replies) == 2 and {r.job_id for r in replies} == {first, second}


def test_the_same_reply_fetched_again_is_stored_once_and_the_skip_is_recorded(
        shop: Shop, caplog: pytest.LogCaptureFixture) -> None:
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    mobile = national(shop.services.jobs.get(job_id).customer_mobile)
    at = utcnow().replace(microsecond=0)
    reply = InboundSms(mobile, "1", at, "7")
    db, jobs = shop.services.db, shop.services.jobs
    assert take_replies(db, "kavenegar", [reply], utcnow(), jobs=jobs).approved == 1
    with caplog.at_level(logging.INFO, logger="app.notify.replies"):
        again = take_replies(db, "kavenegar", [reply], utcnow(), jobs=jobs)
    assert (again.duplicates, again.approved, again.unread) == (1, 0, 0)
    assert "reply 7 received" in caplog.text and "already stored as #" in caplog.text
    assert mobile not in caplog.text
    # same id and sender, different text or time: another reply, never dropped
    other = take_replies(db, "kavenegar", [InboundSms(mobile, "کی آماده میشه؟", at, "7"),
                                           InboundSms(mobile, "1", at + dt.timedelta(
                                               seconds=1), "7")], utcnow(), jobs=jobs)
    assert other.duplicates == 0 and other.unread == 2
    assert len(shop.services.messages.replies()) == 3


def test_a_reply_that_cannot_be_applied_is_kept_unread_not_dropped(
        shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    mobile = national(shop.services.jobs.get(job_id).customer_mobile)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the workflow")  # fault injection: the real one works

    monkeypatch.setattr(shop.services.jobs, "apply_move", broken)
    taken = take_replies(shop.services.db, "kavenegar",
                         [InboundSms(mobile, "1", utcnow(), "9")], utcnow(),
                         jobs=shop.services.jobs)
    assert taken.kept_unread == 1 and taken.approved == 0
    [reply] = shop.services.messages.replies()
    assert reply.outcome == "unread" and reply.body == "1"
    assert shop.services.jobs.get(job_id).status == Status.AWAITING_APPROVAL
