"""Twilio's 2010-04-01 Messages and Balance resources as the gateway sees them: basic auth,
form bodies, JSON answers, errors as {"code", "message", "more_info", "status"}. Every request is
kept in `requests` so tests can validate it against Twilio's OpenAPI description."""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import itertools
import re
from typing import Any, ClassVar
from urllib.parse import urlencode

from tests.fakes.base import Accepted, FakeProvider, Inbound, Recorded, Reply

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "fake-twilio-token"
SHOP_NUMBER = "+15017122661"
ROOT = f"/2010-04-01/Accounts/{ACCOUNT_SID}"


def _error(http_status: int, code: int, message: str) -> Reply:
    return Reply.json(http_status, {"code": code, "message": message, "status": http_status,
                                    "more_info": f"https://www.twilio.com/docs/errors/{code}"})


def _rfc2822(at: dt.datetime) -> str:
    return email.utils.format_datetime(at.astimezone(dt.UTC))


class FakeTwilio(FakeProvider):
    ERRORS: ClassVar[dict[str, Any]] = {
        "bad_key": lambda: _error(401, 20003, "Authenticate"),
        "no_credit": lambda: _error(401, 20005, "Account not active"),
        "invalid_number": lambda: _error(400, 21211, "Invalid 'To' Phone Number"),
        "unsubscribed": lambda: _error(400, 21610, "Attempt to send to unsubscribed recipient"),
        "not_mobile": lambda: _error(400, 21614, "'To' number is not a valid mobile number"),
        "too_long": lambda: _error(400, 21617,
                                   "The concatenated message body exceeds the 1600 limit"),
        "throttled": lambda: _error(429, 20429, "Too Many Requests"),
    }
    delivered_status = "delivered"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.balance = 12.5
        self._ids = itertools.count(1)

    def gateway_config(self, **extra: Any) -> dict[str, Any]:
        return {"account_sid": ACCOUNT_SID, "auth_token": AUTH_TOKEN,
                "from_number": SHOP_NUMBER, "base_url": self.base_url, **extra}

    def new_id(self, prefix: str = "SM") -> str:
        return f"{prefix}{next(self._ids):032x}"

    def add_inbound(self, sender: str, body: str, *, at: dt.datetime | None = None) -> str:
        with self.lock:
            item = Inbound(self.new_id("SM"), sender, body, at or dt.datetime.now(dt.UTC),
                           to=SHOP_NUMBER)
            self.inbox.append(item)
            return item.provider_id

    def is_send(self, request: Recorded) -> bool:
        return request.method == "POST" and request.path == f"{ROOT}/Messages.json"

    def server_error(self) -> Reply:
        return _error(500, 20500, "Internal Server Error")

    def route(self, request: Recorded) -> Reply:
        expected = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
        if request.headers.get("authorization") != f"Basic {expected}":
            return self.ERRORS["bad_key"]()
        if request.method == "POST" and request.path == f"{ROOT}/Messages.json":
            return self._create(request.form)
        if request.method == "GET" and request.path == f"{ROOT}/Messages.json":
            return self._list(request.query)
        if request.method == "GET" and request.path == f"{ROOT}/Balance.json":
            return Reply.json(200, {"account_sid": ACCOUNT_SID, "balance": f"{self.balance}",
                                    "currency": "USD"})
        found = re.fullmatch(rf"{ROOT}/Messages/(\w+)\.json", request.path)
        if request.method == "GET" and found:
            try:
                return Reply.json(200, self._resource(self.message(found[1])))
            except KeyError:
                return _error(404, 20404, "The requested resource was not found")
        return _error(404, 20404, "The requested resource was not found")

    def _create(self, form: dict[str, str]) -> Reply:
        to, body = form.get("To", ""), form.get("Body", "")
        if not to:
            return _error(400, 21604, "A 'To' phone number is required.")
        if not re.fullmatch(r"\+[1-9]\d{7,14}", to):
            return self.ERRORS["invalid_number"]()
        if not form.get("From") and not form.get("MessagingServiceSid"):
            return _error(400, 21603, "A 'From' phone number is required.")
        with self.lock:
            message = self.accept(Accepted(self.new_id(), to, body,
                                           sender=form.get("From", SHOP_NUMBER),
                                           status="queued"))
        return Reply.json(201, self._resource(message))

    def _list(self, query: dict[str, list[str]]) -> Reply:
        q = {k: v[-1] for k, v in query.items()}
        with self.lock:
            rows = [] if self.lookups_blind else [self._resource(m) for m in self.accepted]
            rows += [self._inbound_resource(m) for m in self.inbox]
        rows = [r for r in rows if _matches(r, q)]
        rows.sort(key=lambda r: email.utils.parsedate_to_datetime(r["date_created"]),
                  reverse=True)
        size = int(q.get("PageSize", "50"))
        page = int(q.get("Page", "0"))
        chunk = rows[page * size:(page + 1) * size]
        more = (page + 1) * size < len(rows)
        keep = urlencode({k: v for k, v in q.items() if k not in ("Page", "PageToken")})
        next_uri = (f"{ROOT}/Messages.json?{keep}&Page={page + 1}&PageToken=PA{page + 1}"
                    if more else None)
        return Reply.json(200, {"messages": chunk, "page": page, "page_size": size,
                                "next_page_uri": next_uri, "start": page * size,
                                "end": page * size + len(chunk),
                                "uri": f"{ROOT}/Messages.json",
                                "first_page_uri": f"{ROOT}/Messages.json",
                                "previous_page_uri": None})

    def _resource(self, m: Accepted) -> dict[str, Any]:
        return {"sid": m.provider_id, "account_sid": ACCOUNT_SID, "to": m.to, "from": m.sender,
                "body": m.body, "status": m.status, "direction": "outbound-api",
                "date_created": _rfc2822(m.at), "date_sent": _rfc2822(m.at),
                "date_updated": _rfc2822(m.at), "error_code": 30003 if m.status == "undelivered"
                else None, "error_message": "Unreachable destination handset"
                if m.status == "undelivered" else None, "num_segments": "1",
                "price": None, "price_unit": "USD", "api_version": "2010-04-01",
                "uri": f"{ROOT}/Messages/{m.provider_id}.json"}

    @staticmethod
    def _inbound_resource(m: Inbound) -> dict[str, Any]:
        return {"sid": m.provider_id, "account_sid": ACCOUNT_SID, "to": m.to, "from": m.sender,
                "body": m.body, "status": "received", "direction": "inbound",
                "date_created": _rfc2822(m.at), "date_sent": _rfc2822(m.at),
                "date_updated": _rfc2822(m.at), "error_code": None, "error_message": None}


def _matches(row: dict[str, Any], q: dict[str, str]) -> bool:
    sent = email.utils.parsedate_to_datetime(row["date_sent"]).date().isoformat()
    return ((not q.get("To") or row["to"] == q["To"])
            and (not q.get("From") or row["from"] == q["From"])
            and (not q.get("DateSent") or sent == q["DateSent"][:10])
            and (not q.get("DateSent>") or sent >= q["DateSent>"][:10])
            and (not q.get("DateSent<") or sent <= q["DateSent<"][:10]))
