import datetime as dt
from collections.abc import Iterator

import pytest
from openapi_core.validation.request.exceptions import (
    MissingRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
)

from app.notify.gateway import Alert, DeliveryStatus, ErrorKind, OutgoingSms
from app.notify.gateways.twilio import TwilioGateway
from tests.db.gateways.helpers import SMS, TO, expect_error, refused_url, within
from tests.db.gateways.twilio_contract import validate
from tests.fakes.base import Recorded
from tests.fakes.twilio import ACCOUNT_SID, ROOT, SHOP_NUMBER, FakeTwilio

NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def twilio(twilio_fake: FakeTwilio) -> Iterator[FakeTwilio]:
    """The fake; after the test, every request the gateway made must satisfy the contract."""
    yield twilio_fake
    assert twilio_fake.requests, "the test made no request"
    for request in twilio_fake.requests:
        validate(request)


def gateway(fake: FakeTwilio, **extra: object) -> TwilioGateway:
    return TwilioGateway(fake.gateway_config(timeout=0.5, **extra))


def test_send_posts_to_from_and_body_and_returns_the_sid(twilio: FakeTwilio) -> None:
    result = gateway(twilio).send(SMS)
    [accepted] = twilio.accepted
    assert (accepted.to, accepted.body, accepted.sender) == (TO, SMS.body, SHOP_NUMBER)
    assert result.provider_id == accepted.provider_id and result.provider_id.startswith("SM")
    assert result.status == DeliveryStatus.QUEUED
    [request] = twilio.requests
    assert request.form == {"To": TO, "Body": SMS.body, "From": SHOP_NUMBER}


def test_send_through_a_messaging_service(twilio: FakeTwilio) -> None:
    service = "MG" + "ab" * 16
    gateway(twilio, from_number="", messaging_service_sid=service).send(SMS)
    assert twilio.requests[0].form == {"To": TO, "Body": SMS.body,
                                       "MessagingServiceSid": service}


def test_the_contract_rejects_a_request_it_does_not_describe() -> None:
    """The validation above has teeth: a create without To, or a bad list filter, fails."""
    headers = {"content-type": "application/x-www-form-urlencoded",
               "authorization": "Basic eDp5"}
    no_to = Recorded("POST", f"{ROOT}/Messages.json", {}, headers, b"Body=hi&From=%2B1501")
    with pytest.raises((RequestBodyValidationError, MissingRequestBody)):
        validate(no_to)
    bad_page = Recorded("GET", f"{ROOT}/Messages.json", {"PageSize": ["5000"]}, headers, b"")
    with pytest.raises(ParameterValidationError):
        validate(bad_page)
    bad_sid = Recorded("GET", "/2010-04-01/Accounts/XX12/Messages.json", {}, headers, b"")
    with pytest.raises(ParameterValidationError):
        validate(bad_sid)


@pytest.mark.parametrize(("mode", "kind", "alert", "words"), [
    ("bad_key", ErrorKind.PERMANENT, Alert.BAD_KEY, "auth token is wrong"),
    ("no_credit", ErrorKind.PERMANENT, Alert.NO_CREDIT, "balance ran out"),
    ("invalid_number", ErrorKind.PERMANENT, None, "number is not valid"),
    ("unsubscribed", ErrorKind.PERMANENT, None, "unsubscribed"),
    ("not_mobile", ErrorKind.PERMANENT, None, "not a mobile"),
    ("too_long", ErrorKind.PERMANENT, None, "1600"),
    ("throttled", ErrorKind.TRANSIENT, None, "throttling"),
    ("5xx", ErrorKind.TRANSIENT, None, "server error"),
])
def test_each_documented_error_maps_to_its_kind_alert_and_words(
        twilio: FakeTwilio, mode: str, kind: ErrorKind, alert: Alert | None,
        words: str) -> None:
    twilio.set_mode(mode)
    err = expect_error(lambda: gateway(twilio).send(SMS), kind, alert, words)
    assert err.code.isdigit() and twilio.send_count == 0


def test_a_wrong_token_is_a_bad_key(twilio: FakeTwilio) -> None:
    expect_error(lambda: gateway(twilio, auth_token="nope").send(SMS), ErrorKind.PERMANENT,
                 Alert.BAD_KEY, "20003")


def test_a_malformed_number_is_refused_by_twilio(twilio: FakeTwilio) -> None:
    expect_error(lambda: gateway(twilio).send(OutgoingSms("+1", "x", "m")),
                 ErrorKind.PERMANENT, None, "21211")


def test_hang_is_unknown_within_the_timeout(twilio: FakeTwilio) -> None:
    twilio.set_mode("hang")
    with within(3):
        expect_error(lambda: gateway(twilio).send(SMS), ErrorKind.UNKNOWN)
    assert twilio.send_count == 0


def test_a_send_whose_answer_was_lost_is_found_by_listing(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    gw.send(OutgoingSms(TO, "an older, different text", "m-0"))
    twilio.set_mode("accept_then_hang", count=1)
    expect_error(lambda: gw.send(SMS), ErrorKind.UNKNOWN)
    found = gw.find_sent(SMS, NOW - dt.timedelta(seconds=5))
    assert found is not None and found.provider_id == twilio.accepted[-1].provider_id
    listing = twilio.requests[-1]
    assert listing.method == "GET" and listing.query["To"] == [TO]
    assert listing.query["From"] == [SHOP_NUMBER]
    # no DateSent filter: a message still queued at Twilio has no date_sent and must be found
    assert "DateSent>" not in listing.query


def test_find_sent_is_none_when_nothing_matches(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    gw.send(OutgoingSms(TO, "a different text", "m-0"))
    gw.send(OutgoingSms("+15550001111", SMS.body, "m-1"))
    assert gw.find_sent(SMS, NOW - dt.timedelta(seconds=5)) is None


def test_find_sent_ignores_the_same_text_sent_before_since(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    gw.send(SMS)
    assert gw.find_sent(SMS, dt.datetime.now(dt.UTC) + dt.timedelta(minutes=10)) is None


def test_find_sent_follows_pages(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    gw.send(SMS)
    for i in range(120):
        gw.send(OutgoingSms(TO, f"filler {i}", f"f-{i}"))
    found = gw.find_sent(SMS, NOW - dt.timedelta(seconds=5))
    assert found is not None and found.provider_id == twilio.accepted[0].provider_id
    assert any(r.query.get("Page") == ["1"] for r in twilio.requests)


def test_connection_refused_is_transient() -> None:
    gw = TwilioGateway({"account_sid": ACCOUNT_SID, "auth_token": "t",
                        "from_number": SHOP_NUMBER, "base_url": refused_url()})
    expect_error(lambda: gw.send(SMS), ErrorKind.TRANSIENT, None, "Could not reach")


@pytest.mark.parametrize(("native", "status"), [
    ("queued", DeliveryStatus.QUEUED), ("sending", DeliveryStatus.QUEUED),
    ("sent", DeliveryStatus.SENT), ("delivered", DeliveryStatus.DELIVERED),
    ("undelivered", DeliveryStatus.FAILED), ("failed", DeliveryStatus.FAILED),
    ("canceled", DeliveryStatus.FAILED),
])
def test_status_maps_twilio_statuses(twilio: FakeTwilio, native: str,
                                     status: DeliveryStatus) -> None:
    gw = gateway(twilio)
    sent = gw.send(SMS)
    twilio.set_status(sent.provider_id, native)
    report = gw.status(sent.provider_id)
    assert report.status == status and native in report.detail


def test_undelivered_status_carries_twilios_error_in_words(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    sent = gw.send(SMS)
    twilio.set_status(sent.provider_id, "undelivered")
    assert "30003" in gw.status(sent.provider_id).detail


def test_balance(twilio: FakeTwilio) -> None:
    twilio.balance = 3.75
    balance = gateway(twilio).balance()
    assert balance.amount == 3.75 and balance.unit == "USD"


def test_inbound_lists_replies_to_the_shop_number_once(twilio: FakeTwilio) -> None:
    gw = gateway(twilio)
    gw.send(SMS)  # outbound messages are not replies
    twilio.add_inbound(TO, "yes")
    first = gw.inbound()
    assert [(m.sender, m.body) for m in first] == [(TO, "yes")]
    twilio.add_inbound("+15550001111", "no")
    second = gw.inbound()
    assert [(m.sender, m.body) for m in second] == [("+15550001111", "no")]
    assert gw.inbound() == []
    assert all(r.query.get("To") == [SHOP_NUMBER] for r in twilio.requests if r.method == "GET")
