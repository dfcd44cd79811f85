"""The desk's template editor: a formatted placeholder is refused in the manager's language and
nothing is saved; the part count is that of the longest real message; a template an older
version stored, which cannot be used, is marked in the list, and its failed message raises an
alert the Messages page names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.locale.calendar import utcnow
from app.locale.text import isolate
from app.notify.states import MessageStatus
from app.notify.templates import MessageEvent
from build_scripts.translations import build
from db.models import MessageTemplate
from tests.factories import intake_request, user
from tests.ui.conftest import make_desk
from tests.ui.test_settings import open_page
from ui.messages.messages_page import MessagesPage
from ui.shell.i18n import apply_language


@pytest.fixture(autouse=True)
def this_pc_home(pc_home: Path) -> Path:
    return pc_home


def test_a_formatted_placeholder_is_refused_in_persian_and_nothing_is_saved(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services, lang="fa")
    templates = page.templates
    templates.select(MessageEvent.RECEIVED, "fa")
    templates.editor.setPlainText("پذیرش {job_number:*>9999} ثبت شد.")
    assert templates.error.text().startswith(
        f"«{isolate('{job_number:*>9999}')}» جای‌نگهدار ساده نیست")
    assert templates.parts.text() == ""
    templates.save_button.click()
    stored = {(v.event, v.lang): v for v in shop_services.messages.templates()}
    assert stored[(MessageEvent.RECEIVED, "fa")].is_default
    assert templates.done.text() == ""


def test_the_live_count_is_that_of_the_message_with_long_values(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    templates = page.templates
    templates.select(MessageEvent.READY, "en")
    body = "Dear {customer_name}, {device} (job {job_number}) is ready at {shop_name}."
    templates.editor.setPlainText(body)  # 75 characters as typed: one part
    assert templates.parts.text().startswith("2 SMS · 179 characters · 153 per part")
    assert "longest real message" in templates.parts_note.text()
    assert "Samsung Galaxy A52" in templates.preview.text()  # the preview stays a sample


def test_a_stored_template_that_cannot_be_used_is_marked_and_explained(
        qtbot: QtBot, shop_services: Services) -> None:
    with shop_services.db.write() as s:
        s.add(MessageTemplate(event=MessageEvent.DELIVERED.value, lang="en",
                              body="Delivered: {job_number:d}", updated_at=utcnow()))
    page = open_page(qtbot, shop_services)
    templates = page.templates
    marked = [templates.list.item(row).text() for row in range(templates.list.count())
              if templates.list.item(row).text().endswith("⚠")]
    assert marked == ["Delivered — English ✎ ⚠"]
    templates.select(MessageEvent.DELIVERED, "en")
    assert templates.editor.toPlainText() == "Delivered: {job_number:d}"
    assert "{job_number:d} is not a placeholder" in templates.error.text()


def test_the_manager_sees_the_failed_message_and_a_named_alert_in_persian(
        qtbot: QtBot, shop_services: Services) -> None:
    with shop_services.db.write() as s:
        s.add(MessageTemplate(event=MessageEvent.RECEIVED.value, lang="fa",
                              body="پذیرش {job_number:d}", updated_at=utcnow()))
    job = shop_services.jobs.intake(user(shop_services, Role.RECEPTION), intake_request())
    assert job.number  # the intake saved
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build()  # the catalogue from the .ts sources as they are now
    apply_language(app, "fa")
    try:
        page = MessagesPage(make_desk(shop_services, Role.MANAGER, "fa"))
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.alerts.count() == 1)  # read off the UI thread
        [alert] = [page.alerts.item(row).text() for row in range(page.alerts.count())]
        assert alert.startswith("یک قالب پیامک قابل استفاده نیست: \u2068The Persian template")
        [message] = shop_services.messages.outbox(job_id=job.id)
        assert message.status == MessageStatus.FAILED and "{job_number:d}" in message.error
    finally:
        apply_language(app, "en")
