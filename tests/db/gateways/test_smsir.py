import pytest

from app.notify.gateway import Alert, DeliveryStatus, ErrorKind, OutgoingSms
from app.notify.gateways.smsir import SmsIrGateway
from tests.db.gateways.helpers import SMS, expect_error, refused_url, within
from tests.fakes.smsir import LINE, FakeSmsIr


def gateway(fake: FakeSmsIr, **extra: object) -> SmsIrGateway:
    return SmsIrGateway(fake.gateway_config(timeout=0.5, **extra))


def test_send_posts_bulk_json_with_the_line_and_returns_the_message_id(
        smsir_fake: FakeSmsIr) -> None:
    result = gateway(smsir_fake).send(SMS)
    [request] = [r for r in smsir_fake.requests if r.path == "/v1/send/bulk"]
    assert request.json() == {"lineNumber": LINE, "messageText": SMS.body,
                              "mobiles": ["09121234567"], "sendDateTime": None}
    assert request.headers["x-api-key"] == smsir_fake.api_key
    [accepted] = smsir_fake.accepted
    assert result.provider_id == accepted.provider_id
    assert result.status == DeliveryStatus.QUEUED and result.cost == 2


def test_it_cannot_find_a_lost_send_so_it_says_so() -> None:
    assert SmsIrGateway.can_find_sent is False


@pytest.mark.parametrize(("mode", "kind", "alert", "words"), [
    ("bad_key", ErrorKind.PERMANENT, Alert.BAD_KEY, "API key is not valid"),
    ("access_denied", ErrorKind.PERMANENT, Alert.BAD_KEY, "access denied"),
    ("no_credit", ErrorKind.PERMANENT, Alert.NO_CREDIT, "no credit"),
    ("invalid_number", ErrorKind.PERMANENT, None, "شماره موبایل نامعتبر"),
    ("invalid_line", ErrorKind.PERMANENT, Alert.BAD_SENDER, "شماره خط نامعتبر"),
    ("throttled", ErrorKind.TRANSIENT, None, "throttling"),
    ("5xx", ErrorKind.TRANSIENT, None, "server error"),
])
def test_each_documented_error_maps_to_its_kind_alert_and_words(
        smsir_fake: FakeSmsIr, mode: str, kind: ErrorKind, alert: Alert | None,
        words: str) -> None:
    smsir_fake.set_mode(mode)
    expect_error(lambda: gateway(smsir_fake).send(SMS), kind, alert, words)
    assert smsir_fake.send_count == 0


def test_a_wrong_key_is_refused_as_bad_key(smsir_fake: FakeSmsIr) -> None:
    expect_error(lambda: gateway(smsir_fake, api_key="wrong").send(SMS), ErrorKind.PERMANENT,
                 Alert.BAD_KEY)


def test_a_number_the_provider_rejects_is_permanent(smsir_fake: FakeSmsIr) -> None:
    sms = OutgoingSms("+9891212", "x", "m-3")
    expect_error(lambda: gateway(smsir_fake).send(sms), ErrorKind.PERMANENT, None, "status 0")


def test_hang_is_unknown_within_the_timeout_and_accept_then_hang_is_counted(
        smsir_fake: FakeSmsIr) -> None:
    smsir_fake.set_mode("hang", count=1)
    with within(3):
        expect_error(lambda: gateway(smsir_fake).send(SMS), ErrorKind.UNKNOWN)
    assert smsir_fake.send_count == 0
    smsir_fake.set_mode("accept_then_hang", count=1)
    expect_error(lambda: gateway(smsir_fake).send(SMS), ErrorKind.UNKNOWN)
    assert smsir_fake.send_count == 1


def test_connection_refused_is_transient() -> None:
    gw = SmsIrGateway({"api_key": "k", "line_number": "3000", "base_url": refused_url()})
    expect_error(lambda: gw.send(SMS), ErrorKind.TRANSIENT, None, "Could not reach")


@pytest.mark.parametrize(("state", "status"), [
    (None, DeliveryStatus.QUEUED),
    (1, DeliveryStatus.DELIVERED),
    (2, DeliveryStatus.FAILED),
    (3, DeliveryStatus.SENT),
    (4, DeliveryStatus.FAILED),
    (5, DeliveryStatus.SENT),
    (6, DeliveryStatus.FAILED),
    (7, DeliveryStatus.FAILED),
    (8, DeliveryStatus.UNKNOWN),
])
def test_delivery_states_map_to_statuses(smsir_fake: FakeSmsIr, state: int | None,
                                         status: DeliveryStatus) -> None:
    gw = gateway(smsir_fake)
    sent = gw.send(SMS)
    smsir_fake.set_status(sent.provider_id, state)
    report = gw.status(sent.provider_id)
    assert report.status == status and report.detail


def test_blacklist_is_said_in_words(smsir_fake: FakeSmsIr) -> None:
    gw = gateway(smsir_fake)
    sent = gw.send(SMS)
    smsir_fake.set_status(sent.provider_id, 7)
    assert "blacklist" in gw.status(sent.provider_id).detail


def test_balance_is_the_account_credit(smsir_fake: FakeSmsIr) -> None:
    smsir_fake.balance = 812.5
    balance = gateway(smsir_fake).balance()
    assert balance.amount == 812.5 and balance.unit == "credit"


def test_inbound_returns_each_received_message_once(smsir_fake: FakeSmsIr) -> None:
    gw = gateway(smsir_fake)
    smsir_fake.add_inbound("9121234567", "بله")
    first = gw.inbound()
    assert [(m.sender, m.body) for m in first] == [("9121234567", "بله")]
    smsir_fake.add_inbound("9351112233", "خیر")
    second = gw.inbound()
    assert [(m.sender, m.body) for m in second] == [("9351112233", "خیر")]
    assert first[0].provider_id != second[0].provider_id
    assert gw.inbound() == []
