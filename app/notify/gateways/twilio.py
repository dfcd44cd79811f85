"""Twilio Programmable Messaging, API 2010-04-01.

`POST /2010-04-01/Accounts/{AccountSid}/Messages.json` with basic auth (account SID, auth
token) and form fields To, From or MessagingServiceSid, Body. Sending is not idempotent, so a
send whose answer was lost is looked up by listing our messages to that number and matching
the text (find_sent). Errors answer `{"code", "message", "more_info", "status"}`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
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

PROVIDER = "Twilio"
API = "/2010-04-01/Accounts/{sid}"
STATUSES = {
    "accepted": DeliveryStatus.QUEUED, "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED, "sending": DeliveryStatus.QUEUED,
    "sent": DeliveryStatus.SENT, "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED, "failed": DeliveryStatus.FAILED,
    "undelivered": DeliveryStatus.FAILED, "canceled": DeliveryStatus.FAILED,
}
# Twilio error codes (twilio.com/docs/api/errors) that need words or an alert of their own.
NO_CREDIT_CODES = {10001, 20005}  # account not active, typically out of funds
BAD_KEY_CODES = {20003}
# The From number or Messaging Service is not the account's: no message can go out.
BAD_SENDER_CODES = {21212, 21601, 21603, 21606}
NOT_FOUND_CODES = {20404}  # a wrong account SID or address
THROTTLED_CODES = {20429}
ERROR_WORDS = {
    21211: "the recipient's number is not valid",
    21214: "the recipient's number cannot be reached",
    21408: "sending to this region is not enabled on the account",
    21610: "the recipient has unsubscribed (replied STOP) and is blocked",
    21612: "Twilio cannot route to this number",
    21614: "the recipient's number is not a mobile number",
    21617: "the message is longer than 1600 characters",
}
# Twilio stamps its clock, ours may differ a little; a match must not be older than this.
CLOCK_SLACK = dt.timedelta(minutes=2)
PAGE_SIZE = 100
MAX_PAGES = 10


class TwilioGateway(SmsGateway):
    name = "twilio"
    options = (
        GatewayOption("account_sid", "Account SID (AC…)", required=True),
        GatewayOption("auth_token", "Auth token", required=True, secret=True),
        GatewayOption("from_number", "the shop's Twilio number in E.164, e.g. +15017122661 "
                                     "(needed for replies and lost-send lookups)"),
        GatewayOption("messaging_service_sid", "Messaging Service SID (MG…), used instead of "
                                               "from_number"),
        GatewayOption("base_url", "Twilio address", default="https://api.twilio.com",
                      url=True),
    )
    can_find_sent = True

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.account_sid = transport.required(config, "account_sid", self.name)
        token = transport.required(config, "auth_token", self.name)
        self.from_number = str(config.get("from_number") or "").strip()
        self.service_sid = str(config.get("messaging_service_sid") or "").strip()
        if not self.from_number and not self.service_sid:
            transport.required(config, "from_number", self.name)
        base = transport.base_url(config, "https://api.twilio.com", self.name)
        self.base_url = base
        self.api = base + API.format(sid=self.account_sid)
        self.client = transport.make_client(config, auth=(self.account_sid, token),
                                            headers={"Accept": "application/json"})
        self._inbox_lock = threading.Lock()
        self._seen: dict[str, dt.datetime] = {}  # inbound sids already returned
        self._inbox_from = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)

    def send(self, sms: OutgoingSms) -> SendResult:
        form = {"To": sms.to, "Body": sms.body}
        if self.service_sid:
            form["MessagingServiceSid"] = self.service_sid
        if self.from_number:
            form["From"] = self.from_number
        message = self._call("POST", f"{self.api}/Messages.json", data=form)
        return SendResult(str(message["sid"]), _status(message))

    def status(self, provider_id: str) -> DeliveryReport:
        message = self._call("GET", f"{self.api}/Messages/{provider_id}.json")
        detail = str(message.get("status") or "")
        if message.get("error_code"):
            detail += f": error {message['error_code']} {message.get('error_message') or ''}"
        return DeliveryReport(_status(message), detail.strip())

    def find_sent(self, sms: OutgoingSms, since: dt.datetime) -> SendResult | None:
        # No DateSent filter: a message Twilio still holds in its queue has no date_sent yet,
        # and missing it would mean sending twice. The list comes newest first.
        query = {"To": sms.to, "PageSize": str(PAGE_SIZE)}
        if self.from_number:
            query["From"] = self.from_number
        for message in self._list(query):
            created = _when(message.get("date_created")) or _when(message.get("date_sent"))
            if (str(message.get("direction", "")).startswith("outbound")
                    and message.get("body") == sms.body
                    and (created is None or created >= since - CLOCK_SLACK)):
                return SendResult(str(message["sid"]), _status(message))
        return None

    def balance(self) -> Balance:
        answer = self._call("GET", f"{self.api}/Balance.json")
        return Balance(float(answer["balance"]), str(answer.get("currency") or "USD"))

    def inbound(self) -> list[InboundSms]:
        """Messages received on from_number since the last call (the first call looks back a
        day; callers drop ids they already have)."""
        if not self.from_number:
            return []
        with self._inbox_lock:
            started = dt.datetime.now(dt.UTC)
            query = {"To": self.from_number,
                     "DateSent>": _day_start(self._inbox_from),
                     "PageSize": str(PAGE_SIZE)}
            found = [_inbound(m) for m in self._list(query)
                     if m.get("direction") == "inbound" and m.get("sid") not in self._seen]
            self._seen.update((m.provider_id, m.received_at) for m in found)
            self._inbox_from = started - CLOCK_SLACK
            # The filter is by day: keep every sid that a query from that day can return.
            floor = dt.datetime.combine(self._inbox_from.date(), dt.time(), dt.UTC)
            self._seen = {sid: at for sid, at in self._seen.items() if at >= floor}
        return sorted(found, key=lambda m: m.received_at)

    def _list(self, query: dict[str, str]) -> list[dict[str, Any]]:
        messages: list[dict[str, Any]] = []
        url: str | None = f"{self.api}/Messages.json"
        params: dict[str, str] | None = query
        for _page in range(MAX_PAGES):
            if url is None:
                break
            page = self._call("GET", url, params=params)
            messages.extend(page.get("messages") or [])
            next_uri = page.get("next_page_uri")
            url, params = (self.base_url + next_uri, None) if next_uri else (None, None)
        return messages

    def _call(self, method: str, url: str, **kwargs: Any) -> dict[str, Any]:
        response = transport.request(self.client, PROVIDER, method, url, **kwargs)
        if response.status_code < 300:
            answer = transport.json_body(response, PROVIDER)
            if not isinstance(answer, dict):
                raise GatewayError(f"{PROVIDER} answered in an unknown form: "
                                   f"{transport.excerpt(response.text)}", kind=ErrorKind.UNKNOWN)
            return answer
        raise _error(response)


def _error(response: httpx.Response) -> GatewayError:
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    answer = answer if isinstance(answer, dict) else {}
    code = int(answer.get("code") or 0)
    message = str(answer.get("message") or "")
    said = f" («{message}»)" if message else ""
    tag = f" [error {code}]" if code else f" [HTTP {response.status_code}]"
    code_text = str(code or response.status_code)
    if code in NO_CREDIT_CODES:
        return GatewayError(f"{PROVIDER}: the account is not active, usually because its "
                            f"balance ran out{said}{tag}", kind=ErrorKind.PERMANENT,
                            alert=Alert.NO_CREDIT, code=code_text)
    if code in BAD_KEY_CODES or response.status_code == 401:
        return GatewayError(f"{PROVIDER}: the account SID or auth token is wrong{said}{tag}",
                            kind=ErrorKind.PERMANENT, alert=Alert.BAD_KEY, code=code_text)
    if code in THROTTLED_CODES or response.status_code == 429:
        return GatewayError(f"{PROVIDER} is throttling requests{said}; will try again later",
                            kind=ErrorKind.TRANSIENT, code=code_text)
    if response.status_code >= 500:
        return GatewayError(f"{PROVIDER} had a server error (HTTP {response.status_code})"
                            f"{said}; will try again later", kind=ErrorKind.TRANSIENT,
                            code=code_text)
    if code in NOT_FOUND_CODES or response.status_code in (404, 405) or not answer:
        return GatewayError(f"{PROVIDER} has no such address for this account (HTTP "
                            f"{response.status_code}); check the account SID and the address"
                            f"{said}{tag}", kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                            code=code_text)
    if code in BAD_SENDER_CODES:
        return GatewayError(f"{PROVIDER}: the From number or Messaging Service is not one this "
                            f"account can send from{said}{tag}", kind=ErrorKind.PERMANENT,
                            alert=Alert.BAD_SENDER, code=code_text)
    words = ERROR_WORDS.get(code, "the request was refused")
    return GatewayError(f"{PROVIDER}: {words}{said}{tag}", kind=ErrorKind.PERMANENT,
                        code=code_text)


def _status(message: dict[str, Any]) -> DeliveryStatus:
    return STATUSES.get(str(message.get("status") or ""), DeliveryStatus.UNKNOWN)


def _day_start(moment: dt.datetime) -> str:
    """The DateSent filters compare days; the contract types them as date-time."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT00:00:00Z")


def _when(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value)).astimezone(dt.UTC)
    except (TypeError, ValueError):
        return None


def _inbound(message: dict[str, Any]) -> InboundSms:
    at = (_when(message.get("date_sent")) or _when(message.get("date_created"))
          or dt.datetime.now(dt.UTC))
    return InboundSms(str(message.get("from") or ""), str(message.get("body") or ""), at,
                      str(message["sid"]))
