"""Asking the provider where sent messages are, and writing the answer on the job's timeline."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Executor
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.jobs.timeline import TimelineKind
from app.notify.gateway import DeliveryReport, DeliveryStatus, GatewayError, SmsGateway
from app.notify.message_flow import Mover, move
from app.notify.states import MessageStatus
from app.notify.timeline import note_message
from db.engine import Database
from db.models import OutboxMessage

POLL_EVERY = dt.timedelta(minutes=2)
POLL_FOR = dt.timedelta(days=3)  # after that a report will not come

@dataclass
class Polled:
    delivered: int = 0
    failed: int = 0


def poll_delivery(db: Database, gateway: SmsGateway, now: dt.datetime, pool: Executor,
                  limit: int = 200) -> Polled:
    """Ask about messages not asked about lately. They are claimed first (polled_at set in
    the same locking transaction), so a second dispatcher skips them, as with sends."""
    due_now = (OutboxMessage.status == MessageStatus.SENT,
               OutboxMessage.gateway == gateway.name,
               OutboxMessage.provider_id.is_not(None),
               OutboxMessage.sent_at >= now - POLL_FOR,
               or_(OutboxMessage.polled_at.is_(None),
                   OutboxMessage.polled_at < now - POLL_EVERY))
    with db.read() as s:  # most rounds find none: no write lock for them
        if s.scalar(select(OutboxMessage.id).where(*due_now).limit(1)) is None:
            return Polled()
    with db.write() as s:
        rows = s.scalars(
            select(OutboxMessage).where(*due_now)
            .order_by(OutboxMessage.polled_at.is_not(None), OutboxMessage.polled_at)
            .limit(limit).with_for_update(skip_locked=True)).all()
        for m in rows:
            m.polled_at = now
        due = [(m.id, m.provider_id or "") for m in rows]
    if not due:
        return Polled()

    def ask(item: tuple[int, str]) -> tuple[int, DeliveryReport | None]:
        try:
            return item[0], gateway.status(item[1])
        except GatewayError:
            return item[0], None

    reports = list(pool.map(ask, due))
    polled = Polled()
    with db.write() as s:
        for message_id, report in reports:
            message = s.get(OutboxMessage, message_id)
            if message is None or message.status != MessageStatus.SENT:
                continue
            message.polled_at = now
            if report is None:
                continue
            if report.status == DeliveryStatus.DELIVERED:
                move(message, MessageStatus.DELIVERED, Mover.DISPATCHER)
                message.delivered_at = now
                message.updated_at = now
                note_message(s, message, TimelineKind.MESSAGE_DELIVERED, now)
                polled.delivered += 1
            elif report.status == DeliveryStatus.FAILED:
                move(message, MessageStatus.FAILED, Mover.DISPATCHER)
                message.error = report.detail or "the operator did not deliver it"
                message.updated_at = now
                note_message(s, message, TimelineKind.MESSAGE_FAILED, now, reason=message.error)
                polled.failed += 1
    return polled
