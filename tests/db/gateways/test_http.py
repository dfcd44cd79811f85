import pytest

from app.errors import ValidationError
from app.notify.gateway import Alert, DeliveryReport, DeliveryStatus, ErrorKind, OutgoingSms
from app.notify.gateways.http import HttpGateway
from tests.db.gateways.helpers import SMS, TO, expect_error, refused_url, within
from tests.fakes.generic import FakeGenericProvider


def gateway(fake: FakeGenericProvider, **options: object) -> HttpGateway:
    return HttpGateway(fake.gateway_config(timeout=0.5, **options))


def test_json_post_fills_the_template_and_reads_the_id(http_fake: FakeGenericProvider) -> None:
    result = gateway(http_fake).send(SMS)
    [request] = http_fake.requests
    assert request.json() == {"to": TO, "text": SMS.body, "ref": SMS.local_id}
    assert request.headers["authorization"] == f"Bearer {http_fake.api_key}"
    [accepted] = http_fake.accepted
    assert result.provider_id == accepted.provider_id and result.status == DeliveryStatus.QUEUED


def test_text_that_looks_like_json_or_a_placeholder_stays_text(
        http_fake: FakeGenericProvider) -> None:
    tricky = OutgoingSms(TO, 'say "hi", {"to": 1} and {api_key} & more', "m-9")
    gateway(http_fake).send(tricky)
    assert http_fake.requests[0].json()["text"] == tricky.body


def test_form_post(http_fake: FakeGenericProvider) -> None:
    gateway(http_fake, body_format="form",
            body='{"to": "{to_national}", "text": "{body}", "key": "{api_key}"}',
            headers="").send(SMS)
    assert http_fake.requests[0].form == {"to": "09121234567", "text": SMS.body,
                                          "key": http_fake.api_key}


def test_get_puts_url_encoded_values_in_the_url(http_fake: FakeGenericProvider) -> None:
    url = (f"{http_fake.base_url}/api/send?key={{api_key}}&to={{to}}&text={{body}}"
           f"&ref={{local_id}}")
    sms = OutgoingSms(TO, "a&b=c ?#/ سلام", "m-1")
    gateway(http_fake, method="GET", body_format="none", body="", headers="", url=url).send(sms)
    [request] = http_fake.requests
    assert request.method == "GET"
    assert request.query == {"key": [http_fake.api_key], "to": [TO], "text": [sms.body],
                             "ref": ["m-1"]}


def test_without_an_id_path_the_local_id_is_the_provider_id(
        http_fake: FakeGenericProvider) -> None:
    assert gateway(http_fake, id_path="").send(SMS).provider_id == SMS.local_id


@pytest.mark.parametrize(("mode", "kind", "alert", "words"), [
    ("bad_key", ErrorKind.PERMANENT, Alert.BAD_KEY, "invalid api key"),
    ("no_credit", ErrorKind.PERMANENT, Alert.NO_CREDIT, "insufficient credit"),
    ("invalid_number", ErrorKind.PERMANENT, None, "invalid recipient number"),
    ("throttled", ErrorKind.TRANSIENT, None, "throttling"),
    ("5xx", ErrorKind.TRANSIENT, None, "server error"),
])
def test_errors_map_to_kinds_and_alerts_with_the_providers_words(
        http_fake: FakeGenericProvider, mode: str, kind: ErrorKind, alert: Alert | None,
        words: str) -> None:
    http_fake.set_mode(mode)
    expect_error(lambda: gateway(http_fake).send(SMS), kind, alert, words)
    assert http_fake.send_count == 0


def test_hang_is_unknown_and_refused_is_transient(http_fake: FakeGenericProvider) -> None:
    http_fake.set_mode("hang")
    with within(3):
        expect_error(lambda: gateway(http_fake).send(SMS), ErrorKind.UNKNOWN)
    gw = HttpGateway({"url": refused_url() + "/send", "timeout": 0.5})
    expect_error(lambda: gw.send(SMS), ErrorKind.TRANSIENT, None, "Could not reach")


@pytest.mark.parametrize(("state", "status"), [
    ("DELIVRD", DeliveryStatus.DELIVERED), ("UNDELIV", DeliveryStatus.FAILED),
    ("REJECTD", DeliveryStatus.FAILED), ("ENROUTE", DeliveryStatus.SENT),
])
def test_status_maps_configured_states(http_fake: FakeGenericProvider, state: str,
                                       status: DeliveryStatus) -> None:
    gw = gateway(http_fake)
    sent = gw.send(SMS)
    http_fake.set_status(sent.provider_id, state)
    assert gw.status(sent.provider_id) == DeliveryReport(status, state)


def test_status_is_unknown_without_a_status_url(http_fake: FakeGenericProvider) -> None:
    report = gateway(http_fake, status_url="").status("G1")
    assert report.status == DeliveryStatus.UNKNOWN and "no status address" in report.detail


@pytest.mark.parametrize(("options", "field", "words"), [
    ({"url": ""}, "url", "needs sms.http.url"),
    ({"method": "PUT"}, "method", "GET, POST"),
    ({"body_format": "xml"}, "body_format", "form, json, none"),
    ({"method": "GET", "body_format": "json"}, "body_format", "no body"),
    ({"body": '{"to": "{to}"'}, "body", "not valid JSON"),
    ({"body": '["{to}"]'}, "body", "JSON object"),
    ({"body": '{"to": "{phone}"}'}, "body", "{phone}"),
    ({"body_format": "form", "body": '{"to": ["{to}"]}'}, "body", "plain values"),
    ({"url": "http://x/send?to={recipient}"}, "url", "{recipient}"),
    ({"headers": '{"X-Key": "{secret}"}'}, "headers", "{secret}"),
    ({"success": "return.status"}, "success", "path=value"),
    ({"status_url": "http://x/{body}"}, "status_url", "{body}"),
])
def test_bad_configuration_is_refused_with_clear_words(
        http_fake: FakeGenericProvider, options: dict[str, str], field: str,
        words: str) -> None:
    with pytest.raises(ValidationError) as err:
        gateway(http_fake, **options)
    assert err.value.field == field and words in err.value.message
