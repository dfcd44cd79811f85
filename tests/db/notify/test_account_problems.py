"""Account-level problems (a wrong key, a wrong address, no credit, a TLS failure) pause
sending instead of failing the queue: one alert, every message still queued with no try
spent, and all of them sent by themselves once a later try succeeds."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from app.auth.roles import SYSTEM
from app.errors import ValidationError
from app.locale.calendar import utcnow
from app.locale.messages import error_text
from db.models import OutboxMessage, Setting
from tests.db.notify.conftest import Shop
from tests.fakes.generic import FakeGenericProvider
from tests.fakes.kavenegar import API_KEY, FakeKavenegar
from tests.fakes.twilio import FakeTwilio

MESSAGES = 12


def queue(shop: Shop, count: int = MESSAGES) -> None:
    shop.queue(count)


def statuses(shop: Shop) -> list[tuple[str, int]]:
    with shop.services.db.read() as s:
        return [(m.status, m.attempts) for m in s.scalars(select(OutboxMessage))]


def store_raw(shop: Shop, key: str, value: str) -> None:
    """A value saved before `config set` checked it (an older version, a hand edit)."""
    with shop.services.db.write() as s:
        row = s.get(Setting, key) or Setting(key=key)
        row.value, row.updated_at = json.dumps(value), utcnow()
        s.add(row)


def wrong_key(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    shop.configure(sms__kavenegar__api_key="not-the-key")
    return lambda: shop.configure(sms__kavenegar__api_key=API_KEY)


def no_scheme(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    store_raw(shop, "sms.kavenegar.base_url", fake.base_url.removeprefix("http://"))
    return lambda: shop.configure(sms__kavenegar__base_url=fake.base_url)


def answers_404(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    shop.configure(sms__kavenegar__base_url=fake.base_url + "/api")
    return lambda: shop.configure(sms__kavenegar__base_url=fake.base_url)


def unknown_host(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    shop.configure(sms__kavenegar__base_url="https://api.kavenegar.invalid")
    return lambda: shop.configure(sms__kavenegar__base_url=fake.base_url)


def tls_failure(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    shop.configure(sms__kavenegar__base_url=fake.base_url.replace("http://", "https://"))
    return lambda: shop.configure(sms__kavenegar__base_url=fake.base_url)


def no_credit(shop: Shop, fake: FakeKavenegar) -> Callable[[], None]:
    fake.set_mode("no_credit")
    fake.balance = 0

    def topped_up() -> None:
        fake.set_mode("accept")
        fake.balance = 250_000
    return topped_up


PROBLEMS = {"wrong key": (wrong_key, "bad_key"), "no scheme": (no_scheme, "bad_address"),
            "404": (answers_404, "bad_address"), "TLS": (tls_failure, "bad_address"),
            "unknown host": (unknown_host, "bad_address"),
            "no credit": (no_credit, "no_credit")}


@pytest.mark.parametrize("problem", list(PROBLEMS))
def test_an_account_problem_holds_the_queue_and_it_goes_out_once_fixed(
        shop: Shop, kavenegar: FakeKavenegar, problem: str) -> None:
    shop.use_fake("kavenegar", kavenegar)
    make, kind = PROBLEMS[problem]
    fix = make(shop, kavenegar)
    queue(shop)
    start = utcnow()
    dispatcher = shop.dispatcher(at=start)
    try:
        first = dispatcher.run_once()
        assert first.sent.failed == 0 and first.waiting.startswith("sending paused")
        assert statuses(shop) == [("queued", 0)] * MESSAGES
        assert [a.kind for a in shop.services.messages.alerts()] == [kind]
        later = shop.dispatcher(at=start + dt.timedelta(minutes=30)).run_once()
        assert later.sent.sent == 0 and statuses(shop) == [("queued", 0)] * MESSAGES
        assert len(shop.services.messages.alerts(open_only=False)) == 1  # one alert, not many
        assert kavenegar.send_count == 0
        fix()
        fixed = dispatcher.run_once()  # the same dispatcher sees the new settings at once
        if problem == "no credit":  # no setting changed: the next periodic probe finds it
            assert fixed.sent.sent == 0
            fixed = shop.dispatcher(at=start + dt.timedelta(minutes=6)).run_once()
        assert fixed.sent.sent == MESSAGES and fixed.waiting == ""
        assert statuses(shop) == [("sent", 1)] * MESSAGES and kavenegar.send_count == MESSAGES
        assert shop.services.messages.alerts() == []
    finally:
        dispatcher.close()


def test_a_test_sms_that_goes_through_lets_the_queue_go_on(shop: Shop,
                                                           kavenegar: FakeKavenegar) -> None:
    shop.use_fake("kavenegar", kavenegar)
    queue(shop, 3)
    kavenegar.set_mode("bad_key", scope="all")
    start = utcnow()
    dispatcher = shop.dispatcher(at=start)
    try:
        assert dispatcher.run_once().sent.held >= 1
        kavenegar.set_mode("accept")  # the provider re-enabled the key; no setting changed
        assert dispatcher.run_once().sent.sent == 0  # the probe is not due yet
        shop.services.messages.send_test(shop.manager, "09121234567")
        assert dispatcher.run_once().sent.sent == 3
    finally:
        dispatcher.close()


def test_without_a_balance_the_periodic_probe_sends_one_message_to_find_out(
        shop: Shop, http_fake: FakeGenericProvider) -> None:
    shop.use_fake("http", http_fake)
    queue(shop, 3)
    http_fake.set_mode("no_credit")
    start = utcnow()
    dispatcher = shop.dispatcher(at=start)
    try:
        assert dispatcher.run_once().sent.held >= 1
        http_fake.set_mode("accept")  # topped up at the provider's panel: no setting changed
        dispatcher.clock = lambda: start + dt.timedelta(minutes=1)
        assert dispatcher.run_once().sent.sent == 0  # the probe waits its 5 minutes
        dispatcher.clock = lambda: start + dt.timedelta(minutes=6)
        assert dispatcher.run_once().sent.sent == 3
        assert shop.services.messages.alerts() == [] and http_fake.send_count == 3
    finally:
        dispatcher.close()


def test_a_message_level_refusal_fails_only_that_message(shop: Shop,
                                                         twilio_fake: FakeTwilio) -> None:
    shop.use_fake("twilio", twilio_fake)
    queue(shop, 4)
    twilio_fake.set_mode("unsubscribed", count=1)
    report = shop.dispatcher(concurrency=1, batch=1).run_once()
    assert (report.sent.failed, report.sent.sent, report.waiting) == (1, 3, "")
    assert shop.services.messages.alerts() == []


def test_a_wrong_twilio_account_sid_pauses_rather_than_fails(shop: Shop,
                                                            twilio_fake: FakeTwilio) -> None:
    shop.use_fake("twilio", twilio_fake)
    shop.configure(sms__twilio__account_sid="AC" + "f" * 32)
    queue(shop, 3)
    report = shop.dispatcher().run_once()
    assert report.sent.failed == 0 and statuses(shop) == [("queued", 0)] * 3
    assert [a.kind for a in shop.services.messages.alerts()] in (["bad_key"], ["bad_address"])


def test_config_set_refuses_an_address_that_is_not_http(shop: Shop) -> None:
    for value in ("api.kavenegar.com", "ftp://api.kavenegar.com", "https://",
                  "https://api.kavenegar.com/ v1"):
        with pytest.raises(ValidationError) as refused:
            shop.services.settings.set(SYSTEM, "sms.kavenegar.base_url", value)
        assert refused.value.code == "not_http_url"
        assert "https://" in refused.value.message
        assert "https://" in error_text(refused.value, "fa")
    assert shop.services.settings.get("sms.kavenegar.base_url") == "https://api.kavenegar.com"
    shop.services.settings.set(SYSTEM, "sms.kavenegar.base_url", "http://10.0.0.5:8080")
    shop.services.settings.set(SYSTEM, "sms.http.status_url", "")


def test_the_alert_names_the_setting_when_the_gateway_cannot_be_built(shop: Shop) -> None:
    shop.configure(sms__gateway="kavenegar")  # no API key set
    queue(shop, 2)
    report = shop.dispatcher().run_once()
    assert report.waiting.startswith("sending paused") and "api_key" in report.waiting
    assert [a.kind for a in shop.services.messages.alerts()] == ["bad_settings"]
    shop.dispatcher().run_once()
    assert len(shop.services.messages.alerts()) == 1
    assert statuses(shop) == [("queued", 0)] * 2
