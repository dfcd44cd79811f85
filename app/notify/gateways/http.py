"""A generic HTTP gateway for any provider without a plugin of its own, set up by options:
a URL template, GET or POST, a form or JSON body template, headers, and a success rule.

Templates may hold {to} {to_national} {body} {local_id} {api_key} {sender}; the status URL may
also hold {provider_id}. Values are URL-encoded in URLs and put in raw elsewhere (JSON bodies are
built as data, never by pasting text), so a message cannot change the request's shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from app.errors import ValidationError
from app.notify.gateway import (
    Alert,
    DeliveryReport,
    DeliveryStatus,
    ErrorKind,
    GatewayError,
    GatewayOption,
    OutgoingSms,
    SendResult,
    SmsGateway,
    http_url,
)
from app.notify.gateways import transport

PLACEHOLDER = re.compile(r"\{(\w+)\}")
SEND_FIELDS = frozenset({"to", "to_national", "body", "local_id", "api_key", "sender"})
STATUS_FIELDS = frozenset({"provider_id", "api_key", "sender"})
MISSING = object()


class HttpGateway(SmsGateway):
    name = "http"
    options = (
        GatewayOption("url", "send address; may hold {to} {to_national} {body} {local_id} "
                             "{api_key} {sender}", required=True, url=True),
        GatewayOption("method", "GET or POST", default="POST"),
        GatewayOption("body_format", "form, json or none", default="form"),
        GatewayOption("body", 'JSON object template, e.g. {"to": "{to}", "text": "{body}"}'),
        GatewayOption("headers", 'JSON object template, e.g. {"Authorization": "Bearer '
                                 '{api_key}"}'),
        GatewayOption("success", "rule on the JSON answer besides HTTP 2xx, e.g. "
                                 "return.status=200"),
        GatewayOption("id_path", "where the answer holds the message id, e.g. entries.0.id"),
        GatewayOption("error_path", "where an answer holds the provider's error text"),
        GatewayOption("status_url", "delivery status address; may hold {provider_id}",
                      url=True),
        GatewayOption("status_path", "where the status answer holds the state"),
        GatewayOption("delivered", "states meaning delivered, comma separated",
                      default="delivered"),
        GatewayOption("failed", "states meaning failed, comma separated", default="failed"),
        GatewayOption("api_key", "the provider's key, for {api_key}", secret=True),
        GatewayOption("sender", "sender line or name, for {sender}"),
    )

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.provider = "The SMS provider"
        self.url = http_url(transport.required(config, "url", self.name), "sms.http.url")
        _check_placeholders("url", self.url, SEND_FIELDS)
        self.method = _choice(config, "method", ("GET", "POST"), "POST").upper()
        default_format = "form" if self.method == "POST" else "none"
        self.body_format = _choice(config, "body_format", ("form", "json", "none"),
                                   default_format).lower()
        if self.method == "GET" and self.body_format != "none":
            raise ValidationError("A GET request has no body: set body_format to none and "
                                  "put the fields in the url", code="gateway_option_invalid",
                                  field="body_format")
        self.body = _json_object(config, "body") if self.body_format != "none" else {}
        if self.body_format == "form" and any(isinstance(v, dict | list)
                                              for v in self.body.values()):
            raise ValidationError("A form body holds only plain values, not lists or objects",
                                  code="gateway_option_invalid", field="body")
        _check_placeholders("body", json.dumps(self.body), SEND_FIELDS)
        self.headers = {str(k): str(v) for k, v in _json_object(config, "headers").items()}
        _check_placeholders("headers", json.dumps(self.headers), SEND_FIELDS | STATUS_FIELDS)
        self.success = _rule(str(config.get("success") or "").strip())
        self.id_path = str(config.get("id_path") or "").strip()
        self.error_path = str(config.get("error_path") or "").strip()
        self.status_url = str(config.get("status_url") or "").strip()
        if self.status_url:
            http_url(self.status_url, "sms.http.status_url")
        _check_placeholders("status_url", self.status_url, STATUS_FIELDS)
        self.status_path = str(config.get("status_path") or "").strip()
        self.delivered = _words(config.get("delivered") or "delivered")
        self.failed = _words(config.get("failed") or "failed")
        self.api_key = str(config.get("api_key") or "")
        self.sender = str(config.get("sender") or "")
        self.client = transport.make_client(config)

    def send(self, sms: OutgoingSms) -> SendResult:
        values = {"to": sms.to, "to_national": transport.national_iran(sms.to),
                  "body": sms.body, "local_id": sms.local_id, "api_key": self.api_key,
                  "sender": self.sender}
        kwargs: dict[str, Any] = {"headers": {k: _fill(v, values, str)
                                              for k, v in self.headers.items()}}
        body = _fill_data(self.body, values)
        if self.body_format == "json":
            kwargs["json"] = body
        elif self.body_format == "form":
            kwargs["data"] = {k: "" if v is None else str(v) for k, v in body.items()}
        url = _fill(self.url, values, _url_part)
        response = transport.request(self.client, self.provider, self.method, url, **kwargs)
        answer = self._answer(response, needs_json=bool(self.success or self.id_path))
        if self.success and _text(_at(answer, self.success[0])) != self.success[1]:
            raise GatewayError(f"{self.provider} refused the message{self._said(answer)}",
                               kind=ErrorKind.PERMANENT,
                               code=_text(_at(answer, self.success[0])))
        provider_id = sms.local_id
        if self.id_path:
            found = _at(answer, self.id_path)
            if found is MISSING or found in (None, ""):
                raise GatewayError(f"{self.provider} accepted the message but its answer has "
                                   f"no id at {self.id_path}", kind=ErrorKind.UNKNOWN)
            provider_id = str(found)
        return SendResult(provider_id, DeliveryStatus.QUEUED)

    def status(self, provider_id: str) -> DeliveryReport:
        if not self.status_url:
            return DeliveryReport(DeliveryStatus.UNKNOWN, "no status address is configured")
        values = {"provider_id": provider_id, "api_key": self.api_key, "sender": self.sender}
        response = transport.request(
            self.client, self.provider, "GET", _fill(self.status_url, values, _url_part),
            headers={k: _fill(v, values, str) for k, v in self.headers.items()
                     if not set(PLACEHOLDER.findall(v)) - STATUS_FIELDS})
        answer = self._answer(response, needs_json=bool(self.status_path))
        state = str(_at(answer, self.status_path)) if self.status_path else response.text.strip()
        if state.lower() in self.delivered:
            return DeliveryReport(DeliveryStatus.DELIVERED, state)
        if state.lower() in self.failed:
            return DeliveryReport(DeliveryStatus.FAILED, state)
        return DeliveryReport(DeliveryStatus.SENT, state)

    def _answer(self, response: httpx.Response, *, needs_json: bool) -> Any:
        transport.raise_for_server_trouble(response, self.provider)
        answer = _maybe_json(response)
        said = self._said(answer) or f" («{transport.excerpt(response.text)}»)"
        if response.status_code in (401, 403):
            raise GatewayError(f"{self.provider} refused the API key (HTTP "
                               f"{response.status_code}){said}", kind=ErrorKind.PERMANENT,
                               alert=Alert.BAD_KEY, code=str(response.status_code))
        transport.raise_for_wrong_address(response, self.provider, said)
        if response.status_code == 402:
            raise GatewayError(f"{self.provider} says the account has no credit{said}",
                               kind=ErrorKind.PERMANENT, alert=Alert.NO_CREDIT, code="402")
        if not 200 <= response.status_code < 300:
            raise GatewayError(f"{self.provider} refused the request (HTTP "
                               f"{response.status_code}){said}", kind=ErrorKind.PERMANENT,
                               code=str(response.status_code))
        if needs_json and answer is MISSING:
            raise GatewayError(f"{self.provider} answered with something that is not JSON: "
                               f"{transport.excerpt(response.text)}", kind=ErrorKind.UNKNOWN)
        return answer

    def _said(self, answer: Any) -> str:
        if not self.error_path or answer is MISSING:
            return ""
        text = _at(answer, self.error_path)
        return "" if text is MISSING or text in (None, "") else f" («{text}»)"


def _choice(config: dict[str, Any], key: str, allowed: tuple[str, ...], default: str) -> str:
    value = str(config.get(key) or default).strip()
    if value.lower() not in {a.lower() for a in allowed}:
        raise ValidationError(f"sms.http.{key} must be one of {', '.join(allowed)}, not "
                              f"'{value}'", code="gateway_option_invalid", field=key)
    return value


def _json_object(config: dict[str, Any], key: str) -> dict[str, Any]:
    text = str(config.get(key) or "").strip()
    if not text:
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"sms.http.{key} is not valid JSON: {exc.msg} at character "
                              f"{exc.pos}", code="gateway_option_invalid", field=key) from exc
    if not isinstance(value, dict):
        raise ValidationError(f"sms.http.{key} must be a JSON object {{...}}",
                              code="gateway_option_invalid", field=key)
    return value


def _check_placeholders(key: str, template: str, allowed: frozenset[str]) -> None:
    unknown = sorted(set(PLACEHOLDER.findall(template)) - allowed)
    if unknown:
        raise ValidationError(f"sms.http.{key} has unknown placeholders "
                              f"{', '.join('{' + u + '}' for u in unknown)}; known: "
                              f"{', '.join('{' + a + '}' for a in sorted(allowed))}",
                              code="gateway_option_invalid", field=key)


def _rule(text: str) -> tuple[str, str] | None:
    if not text:
        return None
    path, sep, value = text.partition("=")
    if not sep or not path.strip():
        raise ValidationError("sms.http.success must look like path=value, e.g. "
                              "return.status=200", code="gateway_option_invalid",
                              field="success")
    return path.strip(), value.strip()


def _words(text: str) -> set[str]:
    return {w.strip().lower() for w in str(text).split(",") if w.strip()}


def _fill(template: str, values: dict[str, str], encode: Callable[[str], str]) -> str:
    return PLACEHOLDER.sub(lambda m: encode(values[m[1]]) if m[1] in values else m[0],
                           template)


def _fill_data(value: Any, values: dict[str, str]) -> Any:
    if isinstance(value, str):
        return _fill(value, values, str)
    if isinstance(value, dict):
        return {k: _fill_data(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill_data(v, values) for v in value]
    return value


def _url_part(value: str) -> str:
    return quote(value, safe="")


def _maybe_json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return MISSING


def _text(value: Any) -> str:
    """A JSON value as a rule compares it: 200 -> "200", true -> "true"."""
    if value is MISSING:
        return ""
    return json.dumps(value) if isinstance(value, bool) or value is None else str(value)


def _at(data: Any, path: str) -> Any:
    """`a.b.0.c`: keys of objects and indices of lists."""
    for part in path.split("."):
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return MISSING
    return data
