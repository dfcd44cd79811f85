"""Customers answer the estimate SMS: yes approves, no declines, anything else waits unread."""

from __future__ import annotations

import pytest

from app.jobs.workflow import Status
from app.notify.replies import reply_intent
from tests.db.notify.conftest import Shop
from tests.fakes.kavenegar import FakeKavenegar


@pytest.mark.parametrize("body, intent", [
    ("1", "approve"), ("۱", "approve"), ("بله", "approve"), ("Yes!", "approve"),
    ("2", "decline"), ("۲", "decline"), ("خیر", "decline"), ("no", "decline"),
    ("کی آماده میشه؟", None), ("12", None), ("", None),
])
def test_reply_words(body: str, intent: str | None) -> None:
    assert reply_intent(body) == intent


def national(mobile: str) -> str:
    return "0" + mobile[3:]


def test_a_yes_reply_approves_the_estimate_and_the_customer_hears_back(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    shop.dispatcher().run_once()
    mobile = shop.services.jobs.get(job_id).customer_mobile
    kavenegar.add_inbound(national(mobile), "۱")
    report = shop.dispatcher().run_once()
    assert report.replies.approved == 1
    job = shop.services.jobs.get(job_id)
    assert job.status == Status.APPROVED
    move = [e for e in job.events if e.kind == "status_changed"][-1]
    assert move.data["via"] == "sms_reply" and move.actor == "system"
    assert [e.kind for e in job.events][-2:] == ["status_changed", "customer_reply"]
    [reply] = shop.services.messages.replies(job_id=job_id)
    assert reply.outcome == "approved" and reply.read
    assert "approved" in [m.event for m in shop.services.messages.outbox(job_id=job_id)]


def test_a_no_reply_declines_and_a_question_waits_unread_for_reception(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    first, second = shop.intake(), shop.intake()
    for job_id in (first, second):
        shop.to_awaiting_approval(job_id)
    kavenegar.add_inbound(national(shop.services.jobs.get(first).customer_mobile), "خیر")
    kavenegar.add_inbound(national(shop.services.jobs.get(second).customer_mobile),
                          "کی آماده میشه؟")
    kavenegar.add_inbound("09350000000", "سلام")
    report = shop.dispatcher().run_once()
    assert (report.replies.declined, report.replies.unread, report.replies.unmatched) == (1, 1, 1)
    assert shop.services.jobs.get(first).status == Status.DECLINED
    assert shop.services.jobs.get(second).status == Status.AWAITING_APPROVAL
    assert shop.services.messages.unread_count(second) == 1
    [question] = shop.services.messages.replies(job_id=second)
    shop.services.messages.mark_read(shop.reception, question.id)
    assert shop.services.messages.unread_count(second) == 0
    # fetched once: the same replies coming again change nothing
    assert shop.dispatcher().run_once().replies.unread == 0


def test_a_late_yes_after_the_estimate_was_withdrawn_moves_nothing(
        shop: Shop, kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    job_id = shop.intake()
    shop.to_awaiting_approval(job_id)
    shop.move(job_id, Status.DIAGNOSING)
    kavenegar.add_inbound(national(shop.services.jobs.get(job_id).customer_mobile), "yes")
    report = shop.dispatcher().run_once()
    assert report.replies.unread == 1 and report.replies.approved == 0
    assert shop.services.jobs.get(job_id).status == Status.DIAGNOSING
