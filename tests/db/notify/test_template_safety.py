"""A message template can never stop an intake or a move: a bad one is refused when saved, and
one already stored (by an older version, straight into the database) fails its message in
words, with one alert, while the change itself saves. On SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from app.customers.service import NewCustomer
from app.errors import ValidationError
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.notify.states import AlertKind, MessageStatus
from app.notify.templates import MessageEvent
from db.models import JobEvent, MessageTemplate, OutboxMessage, SmsAlert
from tests.db.notify.conftest import Shop
from tests.e2e.test_cli import tamirgah
from tests.factories import row_counts

BROKEN = "{customer_name} عزیز، پذیرش {job_number:d} ثبت شد."


def store_directly(shop: Shop, event: str, lang: str, body: str) -> None:
    """What an older version could leave in the database: no check on the way in."""
    with shop.services.db.write() as s:
        s.merge(MessageTemplate(event=event, lang=lang, body=body, updated_at=utcnow()))


def outbox(shop: Shop, job_id: int) -> list[OutboxMessage]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.job_id == job_id)
                              .order_by(OutboxMessage.id)))


def open_alerts(shop: Shop) -> list[SmsAlert]:
    with shop.services.db.read() as s:
        return list(s.scalars(select(SmsAlert).where(SmsAlert.resolved_at.is_(None))))


@pytest.mark.parametrize("body", [
    "پذیرش {job_number:d}", "Job {job_number:*>9999}", "{job_number!r}", "{job_number.real}",
    "{job_number[0]}", "{ job_number }", "{}", "{0}", "{job_number:}", "{job_number",
    "job_number}", "{job_number:{shop_name}}",
])
def test_saving_anything_but_bare_placeholders_is_refused_and_changes_nothing(
        shop: Shop, body: str) -> None:
    before = row_counts(shop.services)
    with pytest.raises(ValidationError) as err:
        shop.services.messages.save_template(shop.manager, "received", "fa", body)
    assert err.value.code in ("template_placeholder_form", "template_braces",
                              "unknown_placeholder")
    assert err.value.localized("fa") != err.value.message  # said in Persian too
    assert row_counts(shop.services) == before


def test_a_stored_bad_template_fails_its_message_and_the_intake_still_saves(
        shop: Shop) -> None:
    store_directly(shop, "received", "fa", BROKEN)
    first = shop.intake()
    second = shop.intake()
    for job_id in (first, second):
        job = shop.services.jobs.get(job_id)
        assert job.status == Status.RECEIVED
        [message] = outbox(shop, job_id)
        assert message.status == MessageStatus.FAILED and message.body == ""
        assert "Persian template for 'received' cannot be used" in message.error
        assert "{job_number:d}" in message.error
        with shop.services.db.read() as s:
            failed = s.scalars(select(JobEvent).where(JobEvent.job_id == job_id,
                                                      JobEvent.kind == "message_failed")).all()
            assert [e.data["reason"] for e in failed] == [message.error]
    [alert] = open_alerts(shop)  # one per broken template, not one per intake
    assert alert.kind == AlertKind.BAD_TEMPLATE and "Message templates" in alert.reason
    assert shop.dispatcher().run_once().sent.sent == 0  # nothing half-made goes out


def test_a_status_change_saves_though_its_template_is_broken(shop: Shop) -> None:
    job_id = shop.intake()
    store_directly(shop, "diagnosis_started", "fa", "{nam} {device}")
    shop.move(job_id, Status.DIAGNOSING)
    assert shop.services.jobs.get(job_id).status == Status.DIAGNOSING
    diagnosis = outbox(shop, job_id)[-1]
    assert (diagnosis.event, diagnosis.status) == ("diagnosis_started", MessageStatus.FAILED)
    assert "Unknown placeholder {nam}" in diagnosis.error


def test_retrying_after_the_fix_makes_the_message_from_the_fixed_template(
        shop: Shop) -> None:
    store_directly(shop, "received", "en", "Job {job_number:d}")
    job_id = shop.intake(new_customer=NewCustomer("Sara Ahmadi", "09127654321", language="en"))
    [message] = outbox(shop, job_id)
    assert message.status == MessageStatus.FAILED
    before = row_counts(shop.services)
    with pytest.raises(ValidationError) as err:
        shop.services.messages.retry(shop.manager, message.id)
    assert err.value.code == "template_still_broken"
    assert row_counts(shop.services) == before
    assert outbox(shop, job_id)[-1].status == MessageStatus.FAILED
    shop.services.messages.save_template(shop.manager, "received", "en", "Job {job_number}")
    again = shop.services.messages.retry(shop.manager, message.id)
    number = shop.services.jobs.get(job_id).number
    assert again.status == MessageStatus.QUEUED and again.body == f"Job {number}"
    assert again.parts == 1


def test_the_template_list_shows_a_stored_bad_template_with_its_reason(shop: Shop) -> None:
    store_directly(shop, MessageEvent.READY.value, "en", "Ready: {amount_due:,}")
    views = {(v.event, v.lang): v for v in shop.services.messages.templates()}
    broken = views[(MessageEvent.READY, "en")]
    assert "{amount_due:,} is not a placeholder" in broken.problem
    assert all(not v.problem for key, v in views.items() if key != (MessageEvent.READY, "en"))


@pytest.mark.parametrize("shop_name", [
    "تعمیرگاه تخصصی موبایل و لپ‌تاپ پارسیان الکترونیک",
    "مرکز تعمیرات تخصصی گوشی همراه، تبلت، لپ‌تاپ و کنسول بازی پارسیان الکترونیک شعبهٔ "
    "مرکزی خیابان ولیعصر بالاتر از میدان ونک"])  # longer than the sample: its own counts
def test_the_real_message_never_costs_more_parts_than_the_count_shown(shop: Shop,
                                                                     shop_name: str) -> None:
    shop.configure(shop__name=shop_name)
    shown = {(v.event, v.lang): v.parts.parts for v in shop.services.messages.templates()}
    job_id = shop.intake(new_customer=NewCustomer("سیده فاطمه‌الزهرا میرحسینی طباطبایی‌نژاد",
                                                  "09127654321"))
    shop.to_awaiting_approval(job_id, 99_999_999_999)
    for message in outbox(shop, job_id):
        assert 0 < message.parts <= shown[(message.event, message.lang)], message.body


def test_the_cli_refuses_a_formatted_placeholder_and_lists_a_stored_bad_one(
        tmp_path: Path) -> None:
    bad = tamirgah("sms", "template", "received", "fa", "--set", "پذیرش {job_number:d}",
                   home=tmp_path)
    assert bad.returncode == 2 and "{job_number:d} is not a placeholder" in bad.stderr
    assert "Traceback" not in bad.stderr
    engine = create_engine(f"sqlite:///{tmp_path / 'tamirgah.db'}")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO message_templates (event, lang, body, updated_at) "
                          "VALUES ('received', 'fa', :body, '2026-11-30 08:00:00')"),
                     {"body": BROKEN})
    engine.dispose()
    listing = tamirgah("sms", "templates", home=tmp_path)
    assert listing.returncode == 0
    assert "cannot be used: {job_number:d} is not a placeholder" in listing.stdout
    ready = "Dear {customer_name}, {device} (job {job_number}) is ready at {shop_name}. " \
            "Due: {amount_due}."
    wide = tamirgah("sms", "template", "received", "en", "--set", ready, home=tmp_path)
    # 103 characters as typed, one part; 206 with long values, two: the count says two
    assert wide.returncode == 0, wide.stderr
    assert "saved: 2 part(s), GSM-7, 206 characters" in wide.stdout
