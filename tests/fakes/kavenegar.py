"""Kavenegar's REST v1 as the gateway sees it: POST /v1/{key}/{action}/{method}.json, form body,
answers {"return": {"status", "message"}, "entries"}, with the HTTP status equal to
return.status on errors. Kavenegar documents localid as the way to stop a message being sent
twice: a reused localid sends nothing new and answers the earlier message."""

from __future__ import annotations

import itertools
import re
from typing import Any, ClassVar

from tests.fakes.base import Accepted, FakeProvider, Inbound, Recorded, Reply

API_KEY = "fake-kavenegar-key"
STATUS_TEXT = {1: "در صف ارسال", 2: "زمان بندی شده", 4: "ارسال به مخابرات", 5: "ارسال به مخابرات",
               6: "خطا در ارسال", 10: "رسیده به گیرنده", 11: "نرسیده به گیرنده", 13: "لغو شده",
               14: "بلاک شده", 100: "شناسه نامعتبر"}
PATH = re.compile(r"^/v1/(?P<key>[^/]+)/(?P<action>\w+)/(?P<method>\w+)\.json$")


def _error(code: int, message: str) -> Reply:
    return Reply.json(code, {"return": {"status": code, "message": message}, "entries": None})


class FakeKavenegar(FakeProvider):
    ERRORS: ClassVar[dict[str, Any]] = {
        "bad_key": lambda: _error(403, "کد شناسائی API-Key معتبر نمی‌باشد"),
        "account_disabled": lambda: _error(401, "حساب کاربری غیرفعال شده است"),
        "no_credit": lambda: _error(418, "اعتبار حساب شما کافی نیست"),
        "invalid_number": lambda: _error(411, "گیرنده نامعتبر است"),
        "invalid_sender": lambda: _error(412, "ارسال کننده نامعتبر است"),
        "too_long": lambda: _error(413, "پیام خالی است و یا طول پیام بیش از حد مجاز می‌باشد"),
        "ip_not_allowed": lambda: _error(407, "دسترسی به اطلاعات مورد نظر امکان پذیر نیست"),
        "busy": lambda: _error(409, "سرور قادر به پاسخگوئی نیست بعدا تلاش کنید"),
        "throttled": lambda: Reply(429, b"Too Many Requests", "text/plain"),
    }
    delivered_status = 10

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = API_KEY
        self._ids = itertools.count(8792343)
        self._by_local_id: dict[str, Accepted] = {}

    def gateway_config(self, **extra: Any) -> dict[str, Any]:
        return {"api_key": self.api_key, "sender": "10004346", "base_url": self.base_url,
                **extra}

    def is_send(self, request: Recorded) -> bool:
        return request.path.endswith("/sms/send.json")

    def route(self, request: Recorded) -> Reply:
        match = PATH.match(request.path)
        if request.method != "POST" or match is None:
            return _error(404 if match is None else 405, "متد نامشخص است")
        if match["key"] != self.api_key:
            return self.ERRORS["bad_key"]()
        form = request.form
        handler = {"sms/send": self._send, "sms/status": self._status,
                   "sms/statuslocalmessageid": self._status_local, "sms/receive": self._receive,
                   "account/info": self._info}.get(f"{match['action']}/{match['method']}")
        return handler(form) if handler else _error(404, "متد نامشخص است")

    def _send(self, form: dict[str, str]) -> Reply:
        receptor, text = form.get("receptor", ""), form.get("message", "")
        if not receptor or not text:
            return _error(400, "پارامترها ناقص هستند")
        if not re.fullmatch(r"(0|00)\d{9,14}", receptor):
            return self.ERRORS["invalid_number"]()
        local_id = form.get("localid", "")
        with self.lock:
            earlier = self._by_local_id.get(local_id) if local_id else None
            if earlier is not None:
                return self._ok([self._entry(earlier)])
            message = Accepted(self.new_id(), receptor, text, local_id,
                               form.get("sender", "10004346"), status=1)
            if local_id:
                self._by_local_id[local_id] = message
            self.accept(message)
        return self._ok([self._entry(message)])

    def _status(self, form: dict[str, str]) -> Reply:
        entries = []
        for mid in form.get("messageid", "").split(","):
            try:
                entries.append(self._entry(self.message(mid)))
            except KeyError:
                entries.append({"messageid": int(mid) if mid.isdigit() else 0, "status": 100,
                                "statustext": STATUS_TEXT[100]})
        return self._ok(entries)

    def _status_local(self, form: dict[str, str]) -> Reply:
        local_id = form.get("localid", "")
        with self.lock:
            found = None if self.lookups_blind else self._by_local_id.get(local_id)
        if found is None:
            return self._ok([{"messageid": 0, "localid": local_id, "status": 100,
                              "statustext": STATUS_TEXT[100]}])
        return self._ok([{**self._entry(found), "localid": local_id}])

    def _receive(self, form: dict[str, str]) -> Reply:
        if not form.get("linenumber") or form.get("isread") not in ("0", "1"):
            return _error(400, "پارامترها ناقص هستند")
        want_read = form["isread"] == "1"
        with self.lock:
            batch = [m for m in self.inbox
                     if m.read == want_read and (not m.to or m.to == form["linenumber"])][:100]
            for m in batch:
                m.read = True
        def number(i: int, m: Inbound) -> int:
            return i if self.inbound_ids == "per_request" else int(
                m.provider_id.removeprefix("in"))

        return self._ok([{"messageid": number(i, m), "message": m.body,
                          "sender": m.sender, "receptor": form["linenumber"],
                          "date": int(m.at.timestamp())} for i, m in enumerate(batch, 1)])

    def _info(self, form: dict[str, str]) -> Reply:
        return self._ok({"remaincredit": self.balance, "expiredate": 1893456000,
                         "type": "Master"})

    @staticmethod
    def _entry(m: Accepted) -> dict[str, Any]:
        return {"messageid": int(m.provider_id), "message": m.body, "status": m.status,
                "statustext": STATUS_TEXT.get(m.status, ""), "sender": m.sender,
                "receptor": m.to, "date": int(m.at.timestamp()), "cost": 1200}

    @staticmethod
    def _ok(entries: Any) -> Reply:
        return Reply.json(200, {"return": {"status": 200, "message": "تایید شد"},
                                "entries": entries})
