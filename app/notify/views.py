"""Read-only snapshots of messages, replies, alerts and templates for the UI and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.notify.sending import HELD, LOST_ANSWER
from app.notify.sms_parts import PartCount
from app.notify.states import MessageStatus
from db.models import InboundMessage, OutboxMessage, SmsAlert


@dataclass(frozen=True)
class MessageView:
    id: int
    job_id: int | None
    event: str
    to: str
    lang: str
    body: str
    parts: int
    status: str
    created_at: dt.datetime
    due_at: dt.datetime
    attempts: int
    gateway: str | None
    provider_id: str | None
    sent_at: dt.datetime | None
    delivered_at: dt.datetime | None
    error: str
    # Its answer was lost: when the app asks the provider whether it went out (and sends it
    # again, with the same id, only if it did not).
    check_at: dt.datetime | None = None
    # Held back by an account-level problem (see the alerts): the provider's reason.
    held_by: str | None = None

    @classmethod
    def of(cls, m: OutboxMessage) -> MessageView:
        lost = m.status == MessageStatus.SENDING and m.claimed_by == LOST_ANSWER
        return cls(m.id, m.job_id, m.event, m.to, m.lang, m.body, m.parts, m.status,
                   m.created_at, m.due_at, m.attempts, m.gateway, m.provider_id, m.sent_at,
                   m.delivered_at, m.error, m.lease_until if lost else None,
                   m.error.removeprefix(HELD) if m.status == MessageStatus.QUEUED
                   and m.error.startswith(HELD) else None)


@dataclass(frozen=True)
class ReplyView:
    id: int
    job_id: int | None
    customer_id: int | None
    sender: str
    body: str
    received_at: dt.datetime
    outcome: str
    read: bool

    @classmethod
    def of(cls, r: InboundMessage) -> ReplyView:
        return cls(r.id, r.job_id, r.customer_id, r.sender, r.body, r.received_at, r.outcome,
                   r.read_at is not None)


@dataclass(frozen=True)
class AlertView:
    id: int
    at: dt.datetime
    kind: str
    gateway: str
    reason: str
    message_id: int | None
    resolved: bool

    @classmethod
    def of(cls, a: SmsAlert) -> AlertView:
        return cls(a.id, a.at, a.kind, a.gateway, a.reason, a.message_id,
                   a.resolved_at is not None)


@dataclass(frozen=True)
class TemplateView:
    event: str
    lang: str
    body: str
    is_default: bool
    enabled: bool
    parts: PartCount
    problem: str = ""  # why a stored template cannot be used (an older version saved it)
