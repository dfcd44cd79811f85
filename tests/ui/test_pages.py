"""The technician's queue, customers and messages pages on a real database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.phone import national_form
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.locale.text import isolate, join_isolated, paragraph_direction
from app.notify.alerts import raise_alert
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from app.notify.states import AlertKind
from build_scripts.translations import build as build_translations
from db.models import OutboxMessage
from tests.factories import intake_request, mobile
from tests.ui.conftest import make_desk
from ui.customers.customers_page import CustomersPage
from ui.messages.messages_page import MessagesPage
from ui.queue.queue_page import QueuePage
from ui.shell.i18n import apply_language
from ui.widgets.text_direction import TextDirectionDelegate


def test_my_queue_puts_urgent_work_first_and_moves_a_job_in_one_click(
        qtbot: QtBot, shop_services: Services) -> None:
    tech = make_desk(shop_services, Role.TECHNICIAN, "en")
    reception = make_desk(shop_services, Role.RECEPTION, "en").actor
    soon = dt.date.today() + dt.timedelta(days=2)
    later = dt.date.today() + dt.timedelta(days=9)
    normal_later = shop_services.jobs.intake(reception, intake_request(
        1, technician_id=tech.actor.user_id, promised_date=later))
    urgent = shop_services.jobs.intake(reception, intake_request(
        2, technician_id=tech.actor.user_id, priority=2))
    normal_soon = shop_services.jobs.intake(reception, intake_request(
        3, technician_id=tech.actor.user_id, promised_date=soon))
    shop_services.jobs.intake(reception, intake_request(4))  # someone else's
    page = QueuePage(tech)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)  # read off the UI thread
    order = [page.model.row_at(i).id for i in range(page.model.rowCount())]
    assert order == [urgent.id, normal_soon.id, normal_later.id]
    assert page.model.data(page.model.index(0, 0)) == "!!"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: len(page.action_buttons) == 1)  # its next steps, read off it too
    [step] = page.action_buttons
    assert step.text() == "Start diagnosis"  # an action, not the status it leads to
    with qtbot.waitSignal(page.changed, timeout=5000):
        step.click()
    assert shop_services.jobs.get(urgent.id).status == Status.DIAGNOSING


def test_customer_card_shows_devices_jobs_messages_payments_and_opt_out(
        qtbot: QtBot, shop_services: Services) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(desk.actor, intake_request(5, deposit=200_000))
    page = CustomersPage(desk)
    qtbot.addWidget(page)
    page.search_box.setText(job.customer_name.split()[0])
    qtbot.waitUntil(lambda: page.results.count() >= 1)
    found = page.results.item(0)
    assert found.text() == join_isolated(" · ", [job.customer_name, national_form(mobile(5))])
    assert found.toolTip() == found.text()  # whole, however narrow the list
    page.open_customer(job.customer_id)
    qtbot.waitUntil(lambda: page.card is not None)  # read off the UI thread
    assert page.name.text() == job.customer_name
    assert "Galaxy A52" in page.devices.item(0).text()
    assert job.number in page.jobs.item(0).text()
    assert "waiting to be sent" in page.messages.item(0).text()
    assert "200,000 Toman" in page.payments.item(0).text()
    with qtbot.waitSignal(page.job_opened) as opened:
        page.jobs.itemDoubleClicked.emit(page.jobs.item(0))
    assert opened.args == [job.id]
    page.opt_out.setChecked(True)
    qtbot.waitUntil(lambda: shop_services.customers.card(job.customer_id).sms_opt_out)


def test_manager_cancels_a_queued_message_and_reception_cannot(
        qtbot: QtBot, shop_services: Services) -> None:
    manager = make_desk(shop_services, Role.MANAGER, "en")
    job = shop_services.jobs.intake(manager.actor, intake_request(6))
    page = MessagesPage(manager)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0  # nothing is read until the page is shown
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # read off the UI thread
    assert page.model.row_at(0).job_id == job.id
    assert page.tabs.count() == 3  # outbox, replies, alerts
    page.table.selectRow(0)
    assert page.cancel.isEnabled() and not page.retry.isEnabled()
    page.cancel.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1
                    and page.model.row_at(0).status == "cancelled")
    with shop_services.db.read() as s:
        assert s.scalar(select(OutboxMessage.status)) == "cancelled"
    page.table.selectRow(0)
    assert page.retry.isEnabled()
    reception = MessagesPage(make_desk(shop_services, Role.RECEPTION, "en"))
    qtbot.addWidget(reception)
    assert reception.tabs.count() == 2 and not reception.retry.isVisibleTo(reception)


def test_the_outbox_pages_off_the_ui_thread_as_it_scrolls(
        qtbot: QtBot, shop_services: Services) -> None:
    manager = make_desk(shop_services, Role.MANAGER, "en")
    for n in range(1, 131):  # each intake queues the customer's "received" message
        shop_services.jobs.intake(manager.actor, intake_request(n))
    page = MessagesPage(manager)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 100)  # the first page, read with the counts
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # while the next page is on its way
    qtbot.waitUntil(lambda: model.rowCount() == 130)
    assert not model.canFetchMore()
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 130  # newest first, no repeats


def test_empty_replies_and_alerts_say_so_and_a_persian_alert_shows_no_code(
        qtbot: QtBot, shop_services: Services) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build_translations()
    manager = make_desk(shop_services, Role.MANAGER, "en")
    page = MessagesPage(manager)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.no_replies.isVisibleTo(page.tabs.widget(1)))
    assert page.no_replies.text().startswith("No replies yet")
    assert not page.replies.isVisibleTo(page.tabs.widget(1))
    assert not page.mark_read.isVisibleTo(page.tabs.widget(1))
    assert page.no_alerts.text().startswith("No alerts")
    assert page.no_alerts.isVisibleTo(page.tabs.widget(2))

    job = shop_services.jobs.intake(manager.actor, intake_request(7))
    take_replies(shop_services.db, "kavenegar", [InboundSms(
        job.customer_mobile, "سلام، گوشی A52 آماده است؟", utcnow(), "in-7")], utcnow(),
        jobs=shop_services.jobs)
    with shop_services.db.write() as s:
        raise_alert(s, AlertKind.NO_CREDIT, "kavenegar", "Insufficient credit (418).",
                    utcnow(), None)
    apply_language(app, "fa")
    try:
        persian = MessagesPage(make_desk(shop_services, Role.MANAGER, "fa"))
        qtbot.addWidget(persian)
        persian.show()
        qtbot.waitUntil(lambda: persian.alerts.count() == 1 and persian.replies.count() == 1)
        alert = persian.alerts.item(0).text()
        assert alert == f"اعتبار تمام شده: {isolate('Insufficient credit (418).')}"
        assert "no_credit" not in alert
        assert not persian.no_alerts.isVisibleTo(persian.tabs.widget(2))
        reply = persian.replies.item(0).text()  # the sender as dialled, its body isolated
        assert reply.endswith(f" · {isolate('۰۹۱۲۰۰۰۰۰۰۷')} · "
                              f"{isolate('سلام، گوشی A52 آماده است؟')}")
        body = persian.model.index(0, 4)  # an SMS body drawn in its own direction
        assert isinstance(persian.table.itemDelegateForColumn(4), TextDirectionDelegate)
        assert paragraph_direction(str(body.data())) == "rtl"
    finally:
        apply_language(app, "en")
