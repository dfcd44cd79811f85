"""SMS.ir's REST v1 as the gateway sees it: X-API-KEY header, JSON bodies, answers
{"status", "message", "data"} with status 1 on success and HTTP 400/401/403/429/5xx on failure."""

from __future__ import annotations

import itertools
import re
from typing import Any, ClassVar

from tests.fakes.base import Accepted, FakeProvider, Recorded, Reply

API_KEY = "fake-smsir-key"
LINE = 30007732000000


def _error(http_status: int, message: str, status: int = 0) -> Reply:
    return Reply.json(http_status, {"status": status, "message": message, "data": None})


class FakeSmsIr(FakeProvider):
    ERRORS: ClassVar[dict[str, Any]] = {
        "bad_key": lambda: _error(401, "کلید وب سرویس نامعتبر است"),
        "access_denied": lambda: _error(403, "دسترسی به این وب سرویس امکان پذیر نیست"),
        "no_credit": lambda: _error(400, "اعتبار حساب شما کافی نیست"),
        "invalid_number": lambda: _error(400, "شماره موبایل نامعتبر است"),
        "invalid_line": lambda: _error(400, "شماره خط نامعتبر است"),
        "throttled": lambda: _error(429, "تعداد درخواست ها بیش از حد مجاز است"),
    }
    delivered_status = 1

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = API_KEY
        self._ids = itertools.count(100_000_001)

    def gateway_config(self, **extra: Any) -> dict[str, Any]:
        return {"api_key": self.api_key, "line_number": str(LINE), "base_url": self.base_url,
                **extra}

    def is_send(self, request: Recorded) -> bool:
        return request.path.rstrip("/") == "/v1/send/bulk"

    def server_error(self) -> Reply:
        return _error(500, "خطای داخلی سرور")

    def route(self, request: Recorded) -> Reply:
        if request.headers.get("x-api-key") != self.api_key:
            return self.ERRORS["bad_key"]()
        path = request.path.rstrip("/")
        if request.method == "POST" and path == "/v1/send/bulk":
            return self._send(request.json())
        if request.method == "GET" and path == "/v1/credit":
            return self._ok(self.balance)
        if request.method == "GET" and path == "/v1/receive/live":
            return self._receive(request.query)
        found = re.fullmatch(r"/v1/send/(\d+)", path)
        if request.method == "GET" and found:
            return self._report(found[1])
        return _error(404, "یافت نشد")

    def _send(self, body: dict[str, Any]) -> Reply:
        mobiles, text = body.get("mobiles") or [], body.get("messageText") or ""
        if body.get("lineNumber") != LINE:
            return self.ERRORS["invalid_line"]()
        if not text or not mobiles:
            return _error(400, "پارامترها ناقص هستند")
        if not all(re.fullmatch(r"09\d{9}", str(m)) for m in mobiles):
            return self.ERRORS["invalid_number"]()
        with self.lock:
            messages = [self.accept(Accepted(self.new_id(), str(m), text,
                                             sender=str(LINE), status=None))
                        for m in mobiles]
        return self._ok({"packId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                         "messageIds": [int(m.provider_id) for m in messages],
                         "cost": 1.5 * len(messages)})

    def _report(self, message_id: str) -> Reply:
        try:
            m = self.message(message_id)
        except KeyError:
            return self._ok(None)
        return self._ok({"messageId": int(m.provider_id), "mobile": int(m.to),
                         "messageText": m.body, "sendDateTime": int(m.at.timestamp()),
                         "lineNumber": LINE, "cost": 1.5, "deliveryState": m.status,
                         "deliveryDateTime": None})

    def _receive(self, query: dict[str, list[str]]) -> Reply:
        page = int(query.get("pageNumber", ["1"])[0])
        size = int(query.get("pageSize", ["10"])[0])
        with self.lock:
            items = self.inbox[(page - 1) * size: page * size]
        return self._ok([{"messageText": m.body, "number": LINE, "mobile": int(m.sender),
                          "receivedDateTime": int(m.at.timestamp())} for m in items])

    @staticmethod
    def _ok(data: Any) -> Reply:
        return Reply.json(200, {"status": 1, "message": "موفق", "data": data})
