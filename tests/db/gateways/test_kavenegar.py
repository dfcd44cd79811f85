import datetime as dt

import pytest

from app.notify.gateway import Alert, DeliveryStatus, ErrorKind, OutgoingSms
from app.notify.gateways.kavenegar import KavenegarGateway, numeric_local_id
from tests.db.gateways.helpers import SMS, expect_error, refused_url, within
from tests.fakes.kavenegar import FakeKavenegar

SINCE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def gateway(fake: FakeKavenegar, **extra: object) -> KavenegarGateway:
    return KavenegarGateway(fake.gateway_config(timeout=0.5, **extra))


def test_send_posts_the_message_with_our_localid_and_returns_kavenegars_id(
        kavenegar_fake: FakeKavenegar) -> None:
    result = gateway(kavenegar_fake).send(SMS)
    [accepted] = kavenegar_fake.accepted
    assert accepted.to == "09121234567" and accepted.body == SMS.body
    assert accepted.local_id == numeric_local_id(SMS.local_id)
    assert accepted.sender == "10004346"
    assert result.provider_id == accepted.provider_id
    assert result.status == DeliveryStatus.QUEUED and result.cost == 1200


def test_a_reused_localid_is_not_sent_again_and_answers_the_first_message(
        kavenegar_fake: FakeKavenegar) -> None:
    gw = gateway(kavenegar_fake)
    first = gw.send(SMS)
    again = gw.send(SMS)
    assert again.provider_id == first.provider_id
    assert kavenegar_fake.send_count == 1


def test_numeric_local_ids_pass_through_and_others_map_to_a_stable_number() -> None:
    assert numeric_local_id("12345") == "12345"
    assert numeric_local_id("job-7/ready") == numeric_local_id("job-7/ready")
    assert numeric_local_id("job-7/ready").isdigit()
    assert numeric_local_id("job-7/ready") != numeric_local_id("job-8/ready")


@pytest.mark.parametrize(("mode", "kind", "alert", "words"), [
    ("bad_key", ErrorKind.PERMANENT, Alert.BAD_KEY, "API key is not valid"),
    ("account_disabled", ErrorKind.PERMANENT, Alert.BAD_KEY, "account is disabled"),
    ("ip_not_allowed", ErrorKind.PERMANENT, Alert.BAD_KEY, "IP address"),
    ("no_credit", ErrorKind.PERMANENT, Alert.NO_CREDIT, "no credit"),
    ("invalid_number", ErrorKind.PERMANENT, None, "number is not valid"),
    ("invalid_sender", ErrorKind.PERMANENT, Alert.BAD_SENDER, "sender line"),
    ("too_long", ErrorKind.PERMANENT, None, "too long"),
    ("busy", ErrorKind.TRANSIENT, None, "cannot answer now"),
    ("throttled", ErrorKind.TRANSIENT, None, "throttling"),
    ("5xx", ErrorKind.TRANSIENT, None, "server error"),
])
def test_each_documented_error_maps_to_its_kind_alert_and_words(
        kavenegar_fake: FakeKavenegar, mode: str, kind: ErrorKind, alert: Alert | None,
        words: str) -> None:
    kavenegar_fake.set_mode(mode)
    err = expect_error(lambda: gateway(kavenegar_fake).send(SMS), kind, alert, words)
    assert kavenegar_fake.send_count == 0
    if mode not in ("throttled", "5xx"):
        assert err.code.isdigit() and "«" in err.reason  # the provider's own words are kept


def test_a_wrong_key_in_the_url_is_a_bad_key_alert(kavenegar_fake: FakeKavenegar) -> None:
    gw = gateway(kavenegar_fake, api_key="not-the-key")
    expect_error(lambda: gw.send(SMS), ErrorKind.PERMANENT, Alert.BAD_KEY, "code 403")


def test_an_invalid_number_is_refused_by_the_provider(kavenegar_fake: FakeKavenegar) -> None:
    sms = OutgoingSms("+98912", "x", "m-2")
    expect_error(lambda: gateway(kavenegar_fake).send(sms), ErrorKind.PERMANENT, None,
                 "code 411")


def test_a_hang_is_unknown_within_the_timeout(kavenegar_fake: FakeKavenegar) -> None:
    kavenegar_fake.set_mode("hang")
    with within(3):
        expect_error(lambda: gateway(kavenegar_fake).send(SMS), ErrorKind.UNKNOWN, None,
                     "may or may not")
    assert kavenegar_fake.send_count == 0


def test_accepted_then_lost_answer_is_found_again_by_localid(
        kavenegar_fake: FakeKavenegar) -> None:
    gw = gateway(kavenegar_fake)
    kavenegar_fake.set_mode("accept_then_hang", count=1)
    expect_error(lambda: gw.send(SMS), ErrorKind.UNKNOWN)
    assert kavenegar_fake.send_count == 1
    found = gw.find_sent(SMS, SINCE)
    assert found is not None
    assert found.provider_id == kavenegar_fake.accepted[0].provider_id
    assert found.status == DeliveryStatus.QUEUED


def test_find_sent_says_none_for_a_message_kavenegar_never_saw(
        kavenegar_fake: FakeKavenegar) -> None:
    assert gateway(kavenegar_fake).find_sent(SMS, SINCE) is None


def test_connection_refused_is_transient() -> None:
    gw = KavenegarGateway({"api_key": "k", "base_url": refused_url(), "timeout": 0.5})
    expect_error(lambda: gw.send(SMS), ErrorKind.TRANSIENT, None, "Could not reach")


@pytest.mark.parametrize(("code", "status", "words"), [
    (1, DeliveryStatus.QUEUED, "queued"),
    (2, DeliveryStatus.QUEUED, "scheduled"),
    (4, DeliveryStatus.SENT, "operator"),
    (5, DeliveryStatus.SENT, "operator"),
    (6, DeliveryStatus.FAILED, "failed"),
    (10, DeliveryStatus.DELIVERED, "delivered"),
    (11, DeliveryStatus.FAILED, "not delivered"),
    (13, DeliveryStatus.FAILED, "cancelled"),
    (14, DeliveryStatus.FAILED, "filtered"),
])
def test_status_codes_map_to_delivery_statuses_with_words(
        kavenegar_fake: FakeKavenegar, code: int, status: DeliveryStatus, words: str) -> None:
    gw = gateway(kavenegar_fake)
    sent = gw.send(SMS)
    kavenegar_fake.set_status(sent.provider_id, code)
    report = gw.status(sent.provider_id)
    assert report.status == status and words in report.detail


def test_status_of_an_unknown_id_is_unknown(kavenegar_fake: FakeKavenegar) -> None:
    report = gateway(kavenegar_fake).status("4242")
    assert report.status == DeliveryStatus.UNKNOWN and "does not know" in report.detail


def test_balance_is_the_remaining_credit_in_rial(kavenegar_fake: FakeKavenegar) -> None:
    kavenegar_fake.balance = 125000
    balance = gateway(kavenegar_fake).balance()
    assert balance.amount == 125000 and balance.unit == "rial"


def test_inbound_returns_unread_replies_once(kavenegar_fake: FakeKavenegar) -> None:
    kavenegar_fake.add_inbound("09121234567", "بله")
    kavenegar_fake.add_inbound("09351112233", "کی آماده میشه؟")
    gw = gateway(kavenegar_fake)
    replies = gw.inbound()
    assert [(r.sender, r.body) for r in replies] == [("09121234567", "بله"),
                                                     ("09351112233", "کی آماده میشه؟")]
    assert all(r.received_at.tzinfo is not None for r in replies)
    assert len({r.provider_id for r in replies}) == 2
    assert gw.inbound() == []
    receive = [r for r in kavenegar_fake.requests if r.path.endswith("/sms/receive.json")]
    assert receive[0].form == {"linenumber": "10004346", "isread": "0"}


def test_many_threads_share_one_gateway(kavenegar_fake: FakeKavenegar) -> None:
    from concurrent.futures import ThreadPoolExecutor

    gw = gateway(kavenegar_fake)
    messages = [OutgoingSms(f"+98912000{i:04d}", "hi", f"m-{i}") for i in range(200)]
    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(gw.send, messages))
    assert kavenegar_fake.send_count == 200
    assert len({r.provider_id for r in results}) == 200
