"""A placeholder's label goes with it: "[پیگیری: {shop_phone}]" is left out of the SMS a shop
with no phone sends, in both languages, in what is queued, previewed and counted; templates an
older version stored read as they did. On SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from app.customers.service import NewCustomer
from app.locale.calendar import utcnow
from app.locale.text import ltr_run
from app.notify.longest_values import parts_at_most
from app.notify.templates import MessageEvent
from db.models import MessageTemplate, OutboxMessage
from tests.db.notify.conftest import Shop

ENGLISH = NewCustomer("Sara Ahmadi", "09127654321", language="en")


def bodies(shop: Shop, job_id: int) -> dict[str, str]:
    with shop.services.db.read() as s:
        return {m.event: m.body for m in s.scalars(
            select(OutboxMessage).where(OutboxMessage.job_id == job_id)
            .order_by(OutboxMessage.id))}


def test_a_shop_without_a_phone_sends_no_bare_label_in_either_language(shop: Shop) -> None:
    shop.configure(shop__phone="")
    persian = shop.intake()
    english = shop.intake(new_customer=ENGLISH)
    for job_id in (persian, english):
        shop.to_awaiting_approval(job_id)
    fa, en = bodies(shop, persian), bodies(shop, english)
    assert fa["received"].endswith("ثبت شد.") and "پیگیری" not in fa["received"]
    assert fa["estimate_ready"].endswith("را پاسخ دهید.") and " با " not in fa["estimate_ready"]
    assert en["received"].endswith(shop.services.jobs.get(english).number + ".")
    assert "Questions" not in en["received"]
    assert en["estimate_ready"].endswith("Reply 1 to approve or 2 to decline.")
    for text in (*fa.values(), *en.values()):
        assert not any(mark in text for mark in ("[", "]", "  ", ":.")), text


def test_the_shops_phone_reads_with_its_label(shop: Shop) -> None:
    shop.configure(shop__phone="02188881234")
    persian = shop.intake()
    english = shop.intake(new_customer=ENGLISH)
    assert bodies(shop, persian)["received"].endswith("ثبت شد. پیگیری: 02188881234")
    assert bodies(shop, english)["received"].endswith(". Questions: 02188881234")


def test_a_managers_optional_part_is_saved_previewed_counted_and_sent(shop: Shop) -> None:
    body = "{customer_name}، {device} آماده است. [تلفن ما: {shop_phone}] {shop_name}"
    written_out = "{customer_name}، {device} آماده است. تلفن ما: {shop_phone} {shop_name}"
    view = shop.services.messages.save_template(shop.manager, "received", "fa", body)
    assert view.body == body
    assert view.parts == parts_at_most(written_out, "fa")  # brackets are never counted
    text, count = shop.services.messages.preview(body, "fa")
    assert "تلفن ما: 02188881234" in text and "[" not in text
    assert count == view.parts
    shop.configure(shop__phone="")
    sent = bodies(shop, shop.intake())["received"]
    assert "آماده است. تعمیرگاه" in sent and "تلفن" not in sent


def test_templates_an_older_version_stored_read_as_they_did(shop: Shop) -> None:
    shop.configure(shop__phone="")
    with shop.services.db.write() as s:
        s.merge(MessageTemplate(event=MessageEvent.RECEIVED.value, lang="fa",
                                body="پذیرش {job_number} [شنبه تا پنجشنبه] پیگیری: {shop_phone}",
                                updated_at=utcnow()))
    job_id = shop.intake()
    number = shop.services.jobs.get(job_id).number
    assert bodies(shop, job_id)["received"] == \
        f"پذیرش {ltr_run(number)} [شنبه تا پنجشنبه] پیگیری:"
    views = {(v.event, v.lang): v for v in shop.services.messages.templates()}
    assert not views[(MessageEvent.RECEIVED, "fa")].problem
