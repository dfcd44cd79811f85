"""A made-up provider for the generic http gateway: the API of many small SMS panels.

POST /api/send (form or JSON) or GET /api/send?…, fields to, text, ref and the key in an
`Authorization: Bearer` header or a `key` field; answers {"result": {"code", "message"},
"data": {"id"}} with code 0 on success. GET /api/status/{id} answers {"state": …}.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from tests.fakes.base import Accepted, FakeProvider, Recorded, Reply

API_KEY = "fake-generic-key"


def _result(http_status: int, code: int, message: str, data: Any = None) -> Reply:
    return Reply.json(http_status, {"result": {"code": code, "message": message},
                                    "data": data})


class FakeGenericProvider(FakeProvider):
    ERRORS: ClassVar[dict[str, Any]] = {
        "bad_key": lambda: _result(401, 401, "invalid api key"),
        "no_credit": lambda: _result(402, 402, "insufficient credit"),
        "invalid_number": lambda: _result(200, 12, "invalid recipient number"),
        "throttled": lambda: Reply(429, b"slow down", "text/plain"),
    }
    delivered_status = "DELIVRD"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.api_key = API_KEY

    def gateway_config(self, **extra: Any) -> dict[str, Any]:
        """A JSON POST setup; tests override options to try other shapes."""
        return {"url": f"{self.base_url}/api/send", "method": "POST", "body_format": "json",
                "body": '{"to": "{to}", "text": "{body}", "ref": "{local_id}"}',
                "headers": '{"Authorization": "Bearer {api_key}"}',
                "success": "result.code=0", "id_path": "data.id",
                "error_path": "result.message", "api_key": self.api_key,
                "status_url": f"{self.base_url}/api/status/{{provider_id}}",
                "status_path": "state", "delivered": "DELIVRD",
                "failed": "UNDELIV,REJECTD", **extra}

    def is_send(self, request: Recorded) -> bool:
        return request.path == "/api/send"

    def route(self, request: Recorded) -> Reply:
        fields = self._fields(request)
        key = fields.get("key") or request.headers.get("authorization", "").removeprefix(
            "Bearer ")
        if key != self.api_key:
            return self.ERRORS["bad_key"]()
        if request.path == "/api/send":
            return self._send(fields)
        found = re.fullmatch(r"/api/status/(\w+)", request.path)
        if found and request.method == "GET":
            try:
                return Reply.json(200, {"state": self.message(found[1]).status})
            except KeyError:
                return _result(404, 404, "no such message")
        return _result(404, 404, "not found")

    def _send(self, fields: dict[str, str]) -> Reply:
        if not fields.get("to") or not fields.get("text"):
            return _result(200, 11, "to and text are required")
        with self.lock:
            message = self.accept(Accepted(self.new_id("G"), fields["to"], fields["text"],
                                           fields.get("ref", ""), status="ENROUTE"))
        return _result(200, 0, "ok", {"id": message.provider_id})

    @staticmethod
    def _fields(request: Recorded) -> dict[str, str]:
        fields = {k: v[-1] for k, v in request.query.items()}
        kind = request.headers.get("content-type", "")
        if "json" in kind:
            fields.update({k: str(v) for k, v in (request.json() or {}).items()})
        elif "form" in kind:
            fields.update(request.form)
        return fields
