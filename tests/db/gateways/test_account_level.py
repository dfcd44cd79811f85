"""Every built-in gateway tells an account-level problem (wrong address, a 404, a TLS failure,
a wrong sender) from a message-level one, so the dispatcher pauses instead of failing the
queue. Real HTTP to the stand-ins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.errors import ValidationError
from app.notify.gateway import Alert, ErrorKind, SmsGateway
from app.notify.gateways.http import HttpGateway
from app.notify.gateways.kavenegar import KavenegarGateway
from app.notify.gateways.smsir import SmsIrGateway
from app.notify.gateways.twilio import TwilioGateway
from tests.db.gateways.helpers import SMS, expect_error, refused_url
from tests.fakes.base import FakeProvider
from tests.fakes.generic import FakeGenericProvider
from tests.fakes.kavenegar import FakeKavenegar
from tests.fakes.smsir import FakeSmsIr
from tests.fakes.twilio import FakeTwilio

KINDS: dict[str, tuple[type[FakeProvider], type[SmsGateway], str]] = {
    "kavenegar": (FakeKavenegar, KavenegarGateway, "base_url"),
    "smsir": (FakeSmsIr, SmsIrGateway, "base_url"),
    "twilio": (FakeTwilio, TwilioGateway, "base_url"),
    "http": (FakeGenericProvider, HttpGateway, "url"),
}


def build(name: str, fake: FakeProvider, address: Callable[[str], str]) -> SmsGateway:
    _, cls, key = KINDS[name]
    config: dict[str, Any] = fake.gateway_config(timeout=2)
    config[key] = address(str(config.get(key) or fake.base_url))
    return cls(config)


@pytest.fixture(params=list(KINDS))
def provider(request: pytest.FixtureRequest) -> Any:
    fake_cls = KINDS[request.param][0]
    with fake_cls() as fake:
        yield request.param, fake


def test_an_address_that_answers_404_is_a_bad_address(provider: tuple[str, Any]) -> None:
    name, fake = provider
    gw = build(name, fake, lambda url: url.replace(fake.base_url, fake.base_url + "/nothing"))
    expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_ADDRESS)
    assert fake.send_count == 0


def test_a_tls_failure_is_a_bad_address(provider: tuple[str, Any]) -> None:
    name, fake = provider
    gw = build(name, fake, lambda url: url.replace("http://", "https://"))
    expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_ADDRESS,
                 "secure connection")


def test_a_host_name_that_does_not_resolve_is_a_bad_address(provider: tuple[str, Any]) -> None:
    """A misspelt host (or no DNS at all) pauses sending instead of using up the retries.
    `.invalid` never resolves (RFC 2606)."""
    name, fake = provider
    gw = build(name, fake, lambda url: url.replace(fake.base_url, "http://api.tamirgah.invalid"))
    expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_ADDRESS, "could not be found")


def test_a_refused_connection_is_retried_not_an_alert(provider: tuple[str, Any]) -> None:
    name, fake = provider
    gw = build(name, fake, lambda url: url.replace(fake.base_url, refused_url()))
    expect_error(lambda: gw.send(SMS), ErrorKind.TRANSIENT, None, "Could not reach")


def test_an_address_without_a_scheme_is_refused_before_any_request(
        provider: tuple[str, Any]) -> None:
    name, fake = provider
    with pytest.raises(ValidationError) as refused:
        build(name, fake, lambda url: url.removeprefix("http://"))
    assert refused.value.code == "not_http_url"
    assert fake.requests == []


def test_another_providers_server_at_the_address_is_a_bad_address() -> None:
    with FakeTwilio() as twilio, FakeKavenegar() as kavenegar:
        gw = KavenegarGateway(kavenegar.gateway_config(base_url=twilio.base_url, timeout=2))
        expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_ADDRESS)
        assert twilio.send_count == 0


@pytest.mark.parametrize("mode", ["invalid_number", "unsubscribed", "not_mobile"])
def test_twilio_message_level_refusals_raise_no_alert(mode: str) -> None:
    with FakeTwilio() as fake:
        fake.set_mode(mode)
        expect_error(lambda: TwilioGateway(fake.gateway_config(timeout=2)).send(SMS),
                     ErrorKind.PERMANENT, None)


def test_a_from_number_not_on_the_twilio_account_is_a_bad_sender(
        twilio_fake: FakeTwilio) -> None:
    gw = TwilioGateway(twilio_fake.gateway_config(timeout=2))
    gw.from_number = ""  # as with a Messaging Service SID the account no longer has
    expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_SENDER, "21603")
