"""Settings → SMS gateway refuses an address that is not an http(s) URL, in the desk's
language, and saves nothing; the Messages page says what the app does about a lost answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.locale.calendar import utcnow
from app.notify.sending import LOST_ANSWER
from app.notify.states import MessageStatus
from db.models import OutboxMessage
from tests.factories import intake_request, user
from tests.ui.conftest import make_desk
from ui.messages.messages_page import MessagesPage
from ui.settings.settings_page import SettingsPage
from ui.shell.i18n import apply_language


@pytest.fixture(autouse=True)
def this_pc_home(pc_home: Path) -> Path:
    return pc_home


@pytest.mark.parametrize("lang, words", [("en", "https://"), ("fa", "شروع می‌شود")])
def test_an_address_without_a_scheme_is_refused_under_its_field(
        qtbot: QtBot, shop_services: Services, lang: str, words: str) -> None:
    page = SettingsPage(make_desk(shop_services, Role.MANAGER, lang))
    qtbot.addWidget(page)
    gateway = page.gateway
    gateway.gateway.setCurrentIndex(gateway.gateway.findData("kavenegar"))
    gateway.option_fields["sms.kavenegar.api_key"].setText("some-key")
    gateway.option_fields["sms.kavenegar.base_url"].setText("api.kavenegar.com")
    assert gateway.save() is False
    shown = " ".join(label.text() for label in gateway.findChildren(type(gateway.gateway_error)))
    assert words in shown and "api.kavenegar.com" in shown
    assert shop_services.settings.get("sms.gateway") == "console"  # nothing half-saved
    assert shop_services.settings.get("sms.kavenegar.base_url") == "https://api.kavenegar.com"


def test_a_lost_answer_says_when_the_app_asks_the_provider(qtbot: QtBot,
                                                           shop_services: Services) -> None:
    job = shop_services.jobs.intake(user(shop_services, Role.RECEPTION), intake_request())
    check_at = utcnow() + dt.timedelta(minutes=2)
    with shop_services.db.write() as s:
        message = s.query(OutboxMessage).filter_by(job_id=job.id).one()
        message.status, message.claimed_by = MessageStatus.SENDING, LOST_ANSWER
        message.lease_until, message.error = check_at, "Kavenegar did not answer in time"
    page = MessagesPage(make_desk(shop_services, Role.MANAGER, "en"))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # read off the UI thread
    answer = page.model.data(page.model.index(0, 5))
    assert answer.startswith("No answer from the provider. At ") and "same id" in answer



@pytest.mark.parametrize("lang, words", [("en", "Sending waits for the SMS account"),
                                         ("fa", "ارسال منتظر است تا حساب پیامک")])
def test_a_message_held_by_a_wrong_key_says_so_in_the_desks_language(
        qtbot: QtBot, qapp: QApplication, shop_services: Services, lang: str,
        words: str) -> None:
    from app.auth.roles import SYSTEM
    from tests.fakes.kavenegar import FakeKavenegar

    for key, value in (("sms.grace_seconds", "0"), ("sms.quiet_start", "00:00"),
                       ("sms.quiet_end", "00:00"), ("sms.gateway", "kavenegar")):
        shop_services.settings.set(SYSTEM, key, value)
    with FakeKavenegar() as fake:
        for key, value in fake.gateway_config().items():
            shop_services.settings.set(SYSTEM, f"sms.kavenegar.{key}", str(value))
        shop_services.settings.set(SYSTEM, "sms.kavenegar.api_key", "not-the-key")
        shop_services.jobs.intake(user(shop_services, Role.RECEPTION), intake_request())
        dispatcher = shop_services.dispatcher()
        try:
            assert dispatcher.run_once().sent.held == 1
        finally:
            dispatcher.close()
    apply_language(qapp, lang)
    try:
        page = MessagesPage(make_desk(shop_services, Role.MANAGER, lang))
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # read off the UI thread
        answer = page.model.data(page.model.index(0, 5))
    finally:
        apply_language(qapp, "en")
    assert answer.startswith(words) and "API key is not valid" in answer
