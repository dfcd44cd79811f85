"""SMS.ir, REST v1 (api.sms.ir).

Requests carry the key in the `X-API-KEY` header and JSON bodies; answers are
`{"status", "message", "data"}` with status 1 on success. Failures come as HTTP 400 (refused),
401 (bad key), 403 (access denied), 429 (throttled) or 5xx. The API has no id of ours on a
message, so a send whose answer was lost cannot be looked up: can_find_sent is False.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from typing import Any

import httpx

from app.notify.gateway import (
    Alert,
    Balance,
    DeliveryReport,
    DeliveryStatus,
    ErrorKind,
    GatewayError,
    GatewayOption,
    InboundSms,
    OutgoingSms,
    SendResult,
    SmsGateway,
)
from app.notify.gateways import transport

PROVIDER = "SMS.ir"
SUCCESS = 1
# deliveryState of GET /v1/send/{messageId}; null while the operator has not reported.
STATES: dict[int, tuple[DeliveryStatus, str]] = {
    1: (DeliveryStatus.DELIVERED, "delivered to the phone"),
    2: (DeliveryStatus.FAILED, "not delivered to the phone"),
    3: (DeliveryStatus.SENT, "reached the telecom operator"),
    4: (DeliveryStatus.FAILED, "did not reach the telecom operator"),
    5: (DeliveryStatus.SENT, "reached the operator"),
    6: (DeliveryStatus.FAILED, "failed"),
    7: (DeliveryStatus.FAILED, "the number is on the operator's blacklist"),
    8: (DeliveryStatus.UNKNOWN, "unknown"),
}
CREDIT_WORDS = ("اعتبار", "credit")  # SMS.ir's own words for a credit problem
LINE_WORDS = ("شماره خط", "line")  # …and for a sender line that is not the account's
INBOX_PAGE = 100
SEEN_LIMIT = 5000


class SmsIrGateway(SmsGateway):
    name = "smsir"
    options = (
        GatewayOption("api_key", "API key (X-API-KEY) from the SMS.ir panel", required=True,
                      secret=True),
        GatewayOption("line_number", "sender line number, e.g. 30007732000000", required=True),
        GatewayOption("base_url", "SMS.ir address", default="https://api.sms.ir",
                      url=True),
    )
    can_find_sent = False

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        api_key = transport.required(config, "api_key", self.name)
        line = transport.required(config, "line_number", self.name)
        self.line_number: int | str = int(line) if line.isdigit() else line
        self.base_url = transport.base_url(config, "https://api.sms.ir", self.name)
        self.client = transport.make_client(
            config, headers={"X-API-KEY": api_key, "Accept": "application/json"})
        self._seen: dict[str, None] = {}  # inbound ids already returned, oldest first
        self._seen_lock = threading.Lock()

    def send(self, sms: OutgoingSms) -> SendResult:
        payload = {"lineNumber": self.line_number, "messageText": sms.body,
                   "mobiles": [transport.national_iran(sms.to)], "sendDateTime": None}
        data = self._call("POST", "/v1/send/bulk", json=payload)
        ids = data.get("messageIds") if isinstance(data, dict) else None
        if not ids or ids[0] is None:
            raise GatewayError(f"{PROVIDER} accepted the request but returned no message id",
                               kind=ErrorKind.UNKNOWN)
        cost = data.get("cost")
        return SendResult(str(ids[0]), DeliveryStatus.QUEUED,
                          round(cost) if isinstance(cost, int | float) else None)

    def status(self, provider_id: str) -> DeliveryReport:
        data = self._call("GET", f"/v1/send/{provider_id}")
        if not isinstance(data, dict):
            return DeliveryReport(DeliveryStatus.UNKNOWN, f"{PROVIDER} has no such message")
        state = data.get("deliveryState")
        if state is None:
            return DeliveryReport(DeliveryStatus.QUEUED, "waiting for the operator's report")
        status, words = STATES.get(int(state), (DeliveryStatus.UNKNOWN, f"state {state}"))
        return DeliveryReport(status, words)

    def balance(self) -> Balance:
        data = self._call("GET", "/v1/credit")
        return Balance(float(data), "credit")

    def inbound(self) -> list[InboundSms]:
        """Today's received messages (GET /v1/receive/live) not returned before. SMS.ir gives
        received messages no id, so one is made of sender, time and text."""
        found: list[InboundSms] = []
        with self._seen_lock:
            for page in range(1, 11):
                data = self._call("GET", "/v1/receive/live",
                                  params={"pageNumber": page, "pageSize": INBOX_PAGE,
                                          "sortByNewest": "false"}) or []
                for item in data:
                    sms = _inbound(item)
                    if sms.provider_id not in self._seen:
                        self._seen[sms.provider_id] = None
                        found.append(sms)
                if len(data) < INBOX_PAGE:
                    break
            while len(self._seen) > SEEN_LIMIT:
                del self._seen[next(iter(self._seen))]
        return found

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        response = transport.request(self.client, PROVIDER, method, self.base_url + path,
                                     **kwargs)
        transport.raise_for_server_trouble(response, PROVIDER)
        transport.raise_for_wrong_address(response, PROVIDER)
        answer = _answer(response)
        status = answer.get("status")
        if response.status_code != 200 or status != SUCCESS:
            raise _error(response.status_code, status, str(answer.get("message") or ""))
        return answer.get("data")


def _answer(response: httpx.Response) -> dict[str, Any]:
    if response.status_code >= 400 and not _json_object(response):
        raise GatewayError(f"The configured address does not answer like {PROVIDER} (HTTP "
                           f"{response.status_code}: {transport.excerpt(response.text)}); "
                           "check it", kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                           code=str(response.status_code))
    answer = transport.json_body(response, PROVIDER)
    if not isinstance(answer, dict):
        raise GatewayError(f"{PROVIDER} answered HTTP {response.status_code} in an unknown "
                           f"form: {transport.excerpt(response.text)}", kind=ErrorKind.UNKNOWN)
    return answer


def _json_object(response: httpx.Response) -> bool:
    try:
        return isinstance(response.json(), dict)
    except ValueError:
        return False


def _error(http_status: int, status: Any, message: str) -> GatewayError:
    said = f" («{message}»)" if message else ""
    code = str(status if status is not None else http_status)
    if http_status == 401:
        return GatewayError(f"{PROVIDER}: the API key is not valid{said}",
                            kind=ErrorKind.PERMANENT, alert=Alert.BAD_KEY, code=code)
    if http_status == 403:
        return GatewayError(f"{PROVIDER}: access denied for this API key (is this computer's "
                            f"IP address allowed?){said}", kind=ErrorKind.PERMANENT,
                            alert=Alert.BAD_KEY, code=code)
    if any(word in message.lower() for word in CREDIT_WORDS):
        return GatewayError(f"{PROVIDER}: the account has no credit left{said}",
                            kind=ErrorKind.PERMANENT, alert=Alert.NO_CREDIT, code=code)
    if any(word in message.lower() for word in LINE_WORDS):
        return GatewayError(f"{PROVIDER}: the sender line is not valid for this account{said}",
                            kind=ErrorKind.PERMANENT, alert=Alert.BAD_SENDER, code=code)
    return GatewayError(f"{PROVIDER} refused the request{said} [status {code}]",
                        kind=ErrorKind.PERMANENT, code=code)


def _inbound(item: dict[str, Any]) -> InboundSms:
    sender = str(item.get("mobile") or "")
    text = str(item.get("messageText") or "")
    stamp = int(item.get("receivedDateTime") or 0)
    digest = hashlib.sha256(f"{sender}|{stamp}|{text}".encode()).hexdigest()[:16]
    return InboundSms(sender, text, dt.datetime.fromtimestamp(stamp, tz=dt.UTC),
                      f"{stamp}-{digest}")
