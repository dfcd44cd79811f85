"""The small interface every SMS gateway plugin implements."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar
from urllib.parse import urlsplit

from app.errors import ValidationError
from app.validation import received_text


class DeliveryStatus(StrEnum):
    QUEUED = "queued"  # the provider holds it and has not handed it on yet
    SENT = "sent"  # handed to the operator
    DELIVERED = "delivered"
    FAILED = "failed"  # undelivered, filtered, rejected, cancelled by the provider
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class OutgoingSms:
    to: str  # E.164, e.g. +989121234567
    body: str
    local_id: str  # our own unique id for the message; the same on every attempt


@dataclass(frozen=True)
class SendResult:
    provider_id: str
    status: DeliveryStatus
    cost: int | None = None  # in the provider's unit, where it says


@dataclass(frozen=True)
class DeliveryReport:
    status: DeliveryStatus
    detail: str = ""  # the provider's words, e.g. "filtered by the operator"


@dataclass(frozen=True)
class Balance:
    amount: float
    unit: str  # e.g. "rial", "USD"


@dataclass(frozen=True)
class InboundSms:
    sender: str  # as the provider gives it; the caller normalizes
    body: str
    received_at: dt.datetime  # aware, UTC
    provider_id: str  # unique for this provider


class ErrorKind(StrEnum):
    TRANSIENT = "transient"  # it did not go out and may later (5xx, throttled, refused)
    UNKNOWN = "unknown"  # it may have gone out (timed out after the request was sent)
    PERMANENT = "permanent"  # it will never go out as it is (bad number, blocked, no credit)


class Alert(StrEnum):
    """Account-level problems: every message would fail alike, so sending pauses (the messages
    stay queued) until a manager acts and a later try succeeds."""

    NO_CREDIT = "no_credit"
    BAD_KEY = "bad_key"
    BAD_ADDRESS = "bad_address"  # not an http(s) URL, a 404, a TLS failure
    BAD_SENDER = "bad_sender"  # the sender line or number is not the account's


class GatewayError(Exception):
    """A request the provider did not carry out, with its reason in words."""

    def __init__(self, reason: str, *, kind: ErrorKind, alert: Alert | None = None,
                 code: str = "") -> None:
        reason = received_text(reason, 2000)[0]  # a provider's words: stored and printed
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.alert = alert
        self.code = code  # the provider's own error code, if any

    @property
    def transient(self) -> bool:
        return self.kind == ErrorKind.TRANSIENT

    @property
    def account_level(self) -> bool:
        """The account or its settings are at fault, not the message."""
        return self.alert is not None


@dataclass(frozen=True)
class GatewayOption:
    """One setting a gateway needs; stored as `sms.<gateway>.<key>` in the shop settings."""

    key: str
    help: str
    required: bool = False
    secret: bool = False  # API keys and tokens: encrypted at rest, never printed
    default: str = ""
    url: bool = False  # must be an http(s) address; `config set` refuses anything else
    file: bool = False  # a file this PC writes: never one the shop is using (its database)


def http_url(value: str, field: str) -> str:
    """An http(s) address with a host, as typed; anything else is refused in words."""
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname \
            or any(c.isspace() for c in text):
        raise ValidationError(f"{field} must be an address starting with https:// or http://, "
                              f"such as https://api.example.com, not '{text}'",
                              code="not_http_url", field=field, value=text)
    return text


class SmsGateway(ABC):
    name: ClassVar[str]
    options: ClassVar[tuple[GatewayOption, ...]] = ()
    # True when find_sent can tell whether a send whose answer was lost went out.
    can_find_sent: ClassVar[bool] = False

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    @abstractmethod
    def send(self, sms: OutgoingSms) -> SendResult:
        """Hand one message to the provider, or raise GatewayError."""

    @abstractmethod
    def status(self, provider_id: str) -> DeliveryReport:
        """Where a sent message is now, or raise GatewayError."""

    def find_sent(self, sms: OutgoingSms, since: dt.datetime) -> SendResult | None:
        """The provider's record of this message if it went out (sent at or after `since`),
        None if it surely did not. Only called when can_find_sent is True."""
        raise NotImplementedError

    def balance(self) -> Balance | None:
        """Remaining credit where the provider tells it, else None."""
        return None

    def inbound(self) -> list[InboundSms]:
        """Replies received since the last call, where the provider offers them."""
        return []
