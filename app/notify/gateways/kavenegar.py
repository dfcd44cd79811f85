"""Kavenegar (kavenegar.com), REST v1.

Every call is `POST {base_url}/v1/{API_KEY}/{action}/{method}.json`, form-encoded; the answer is
`{"return": {"status", "message"}, "entries": ...}` and any return.status other than 200 is an
error. `localid` makes a send idempotent: Kavenegar does not send again for a localid it has
seen, and `sms/statuslocalmessageid` finds the message by it after a lost answer.
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

PROVIDER = "Kavenegar"

# return.status -> (kind, alert, words). Codes from Kavenegar's REST documentation.
ERRORS: dict[int, tuple[ErrorKind, Alert | None, str]] = {
    400: (ErrorKind.PERMANENT, None, "parameters are missing or wrong"),
    401: (ErrorKind.PERMANENT, Alert.BAD_KEY, "the Kavenegar account is disabled"),
    402: (ErrorKind.TRANSIENT, None, "the operation failed"),
    403: (ErrorKind.PERMANENT, Alert.BAD_KEY, "the API key is not valid"),
    404: (ErrorKind.PERMANENT, Alert.BAD_ADDRESS, "unknown method (check the Kavenegar address)"),
    405: (ErrorKind.PERMANENT, Alert.BAD_ADDRESS, "wrong HTTP method (check the address)"),
    406: (ErrorKind.PERMANENT, None, "a required parameter is empty"),
    407: (ErrorKind.PERMANENT, Alert.BAD_KEY,
          "this computer's IP address is not allowed for the API key"),
    409: (ErrorKind.TRANSIENT, None, "the Kavenegar server cannot answer now"),
    411: (ErrorKind.PERMANENT, None, "the recipient's number is not valid"),
    412: (ErrorKind.PERMANENT, Alert.BAD_SENDER, "the sender line is not valid for this account"),
    413: (ErrorKind.PERMANENT, None, "the message is empty or too long"),
    414: (ErrorKind.PERMANENT, None, "too many records in one request"),
    416: (ErrorKind.PERMANENT, Alert.BAD_KEY,
          "this computer's IP address does not match the one registered for the key"),
    417: (ErrorKind.PERMANENT, None, "the send date is wrong or in the past"),
    418: (ErrorKind.PERMANENT, Alert.NO_CREDIT, "the Kavenegar account has no credit left"),
    422: (ErrorKind.PERMANENT, None, "the text has characters Kavenegar cannot process"),
}

# Delivery status codes of sms/status and sms/statuslocalmessageid.
STATUSES: dict[int, tuple[DeliveryStatus, str]] = {
    1: (DeliveryStatus.QUEUED, "queued at Kavenegar"),
    2: (DeliveryStatus.QUEUED, "scheduled"),
    4: (DeliveryStatus.SENT, "handed to the operator"),
    5: (DeliveryStatus.SENT, "handed to the operator"),
    6: (DeliveryStatus.FAILED, "failed to send"),
    10: (DeliveryStatus.DELIVERED, "delivered to the phone"),
    11: (DeliveryStatus.FAILED, "not delivered (phone off or out of reach)"),
    13: (DeliveryStatus.FAILED, "cancelled"),
    14: (DeliveryStatus.FAILED, "blocked by the recipient or filtered by the operator"),
    100: (DeliveryStatus.UNKNOWN, "Kavenegar does not know this message id"),
}
NOT_FOUND = 100
INBOX_PAGE = 100  # sms/receive answers at most this many per call


def numeric_local_id(local_id: str) -> str:
    """Kavenegar's SDKs carry localid as a 64-bit number; a non-numeric id of ours maps to a
    stable number so every attempt of one message uses the same localid."""
    if local_id.isdigit() and len(local_id) <= 18:
        return local_id
    return str(int(hashlib.sha256(local_id.encode()).hexdigest()[:15], 16))


class KavenegarGateway(SmsGateway):
    name = "kavenegar"
    options = (
        GatewayOption("api_key", "API key from the Kavenegar panel", required=True,
                      secret=True),
        GatewayOption("sender", "sender line number (empty: the account's default line)"),
        GatewayOption("linenumber", "line whose replies are fetched (default: the sender line)"),
        GatewayOption("base_url", "Kavenegar address", default="https://api.kavenegar.com",
                      url=True),
    )
    can_find_sent = True

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.api_key = transport.required(config, "api_key", self.name)
        self.sender = str(config.get("sender") or "").strip()
        self.linenumber = str(config.get("linenumber") or "").strip() or self.sender
        base = transport.base_url(config, "https://api.kavenegar.com", self.name)
        self.base_url = f"{base}/v1/{self.api_key}"
        self.client = transport.make_client(config, headers={"Accept": "application/json"})
        self._inbox_lock = threading.Lock()

    def send(self, sms: OutgoingSms) -> SendResult:
        form = {"receptor": transport.national_iran(sms.to), "message": sms.body,
                "localid": numeric_local_id(sms.local_id)}
        if self.sender:
            form["sender"] = self.sender
        entry = self._first(self._call("sms/send", form))
        status, _detail = _status(entry)
        cost = entry.get("cost")
        return SendResult(str(entry["messageid"]), status,
                          int(cost) if isinstance(cost, int | float) else None)

    def status(self, provider_id: str) -> DeliveryReport:
        entry = self._first(self._call("sms/status", {"messageid": provider_id}))
        status, detail = _status(entry)
        return DeliveryReport(status, detail)

    def find_sent(self, sms: OutgoingSms, since: dt.datetime) -> SendResult | None:
        # A localid is ours alone, so `since` adds nothing here.
        entries = self._call("sms/statuslocalmessageid",
                             {"localid": numeric_local_id(sms.local_id)})
        if not entries:
            return None
        entry = self._first(entries)
        if int(entry.get("status") or NOT_FOUND) == NOT_FOUND or not entry.get("messageid"):
            return None
        status, _detail = _status(entry)
        return SendResult(str(entry["messageid"]), status)

    def balance(self) -> Balance:
        info = self._call("account/info", {})
        return Balance(float(info["remaincredit"]), "rial")

    def inbound(self) -> list[InboundSms]:
        if not self.linenumber:
            return []
        found: list[InboundSms] = []
        # isread=0 makes Kavenegar mark what it returns as read, so one caller at a time.
        with self._inbox_lock:
            for _page in range(20):
                entries = self._call("sms/receive", {"linenumber": self.linenumber,
                                                     "isread": "0"}) or []
                found.extend(_inbound(entry) for entry in entries)
                if len(entries) < INBOX_PAGE:
                    break
        return found

    def _call(self, method: str, form: dict[str, str]) -> Any:
        response = transport.request(self.client, PROVIDER, "POST",
                                     f"{self.base_url}/{method}.json", data=form)
        transport.raise_for_server_trouble(response, PROVIDER)
        answer = _parse(response)
        returned = answer.get("return") or {}
        code = int(returned.get("status") or response.status_code)
        if code != 200:
            raise _error(code, str(returned.get("message") or ""))
        return answer.get("entries")

    @staticmethod
    def _first(entries: Any) -> dict[str, Any]:
        if isinstance(entries, list) and entries and isinstance(entries[0], dict):
            return entries[0]
        raise GatewayError(f"{PROVIDER} answered without the message's details",
                           kind=ErrorKind.UNKNOWN)


def _parse(response: httpx.Response) -> dict[str, Any]:
    if response.status_code >= 400 and not _looks_like_kavenegar(response):
        # Another server at the configured address: nothing was sent, no message can be.
        transport.raise_for_wrong_address(response, PROVIDER)
        raise GatewayError(f"The configured address does not answer like {PROVIDER} (HTTP "
                           f"{response.status_code}: {transport.excerpt(response.text)}); "
                           "check it", kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                           code=str(response.status_code))
    answer = transport.json_body(response, PROVIDER)
    if not isinstance(answer, dict) or "return" not in answer:
        raise GatewayError(f"{PROVIDER} answered HTTP {response.status_code} in an unknown "
                           f"form: {transport.excerpt(response.text)}", kind=ErrorKind.UNKNOWN)
    return answer


def _looks_like_kavenegar(response: httpx.Response) -> bool:
    try:
        answer = response.json()
    except ValueError:
        return False
    return isinstance(answer, dict) and isinstance(answer.get("return"), dict)


def _error(code: int, message: str) -> GatewayError:
    kind, alert, words = ERRORS.get(
        code, (ErrorKind.PERMANENT, None, "the request was refused"))
    said = f" («{message}»)" if message else ""
    return GatewayError(f"{PROVIDER}: {words}{said} [code {code}]", kind=kind, alert=alert,
                        code=str(code))


def _status(entry: dict[str, Any]) -> tuple[DeliveryStatus, str]:
    code = int(entry.get("status") or 0)
    status, words = STATUSES.get(code, (DeliveryStatus.UNKNOWN, f"status {code}"))
    text = str(entry.get("statustext") or "")
    return status, f"{words} ({text})" if text else words


def _inbound(entry: dict[str, Any]) -> InboundSms:
    at = dt.datetime.fromtimestamp(int(entry.get("date") or 0), tz=dt.UTC)
    return InboundSms(str(entry.get("sender") or ""), str(entry.get("message") or ""), at,
                      str(entry["messageid"]))
