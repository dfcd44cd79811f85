"""The small interface every SMS gateway plugin implements."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar


class DeliveryStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class OutgoingSms:
    to: str  # E.164
    body: str
    local_id: str  # our own id for the message, for providers that can look a send up by it


@dataclass(frozen=True)
class SendResult:
    provider_id: str
    status: DeliveryStatus


@dataclass(frozen=True)
class InboundSms:
    sender: str
    body: str
    received_at: dt.datetime
    provider_id: str


class GatewayError(Exception):
    """A send that did not go through. Transient errors may be retried; permanent ones not."""

    def __init__(self, reason: str, *, transient: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient


class SmsGateway(ABC):
    name: ClassVar[str]

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    @abstractmethod
    def send(self, sms: OutgoingSms) -> SendResult: ...

    @abstractmethod
    def status(self, provider_id: str) -> DeliveryStatus: ...

    def balance(self) -> int | None:
        """Remaining credit where the provider tells it, else None."""
        return None

    def inbound(self) -> list[InboundSms]:
        """Replies received since the last call, where the provider offers them."""
        return []
