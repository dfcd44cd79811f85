"""Messages left in "sending": a dispatcher died, or the provider's answer never came.

Where the provider can look a message up (Kavenegar by localid, Twilio by recipient and
text) we ask it: found means sent, not found means safe to send again. Otherwise the message
goes to a person. It is never sent again blindly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.notify.gateway import GatewayError, OutgoingSms, SendResult, SmsGateway
from app.notify.sending import LOST_ANSWER, mark_sent, to_review
from app.notify.states import MessageStatus
from db.engine import Database
from db.models import OutboxMessage

LOOKUP_MARGIN = dt.timedelta(minutes=5)  # provider clocks differ from ours


@dataclass(frozen=True)
class Stale:
    id: int
    claimed_at: dt.datetime
    gateway: str | None
    sms: OutgoingSms


@dataclass
class Reconciled:
    found: int = 0
    requeued: int = 0
    review: int = 0


def reconcile(db: Database, gateway: SmsGateway, now: dt.datetime,
              lease: dt.timedelta) -> Reconciled:
    with db.read() as s:
        stale = [Stale(m.id, m.claimed_at or now, m.gateway, OutgoingSms(m.to, m.body, m.local_id))
                 for m in s.scalars(select(OutboxMessage).where(
                     OutboxMessage.status == MessageStatus.SENDING,
                     or_(OutboxMessage.claimed_by == LOST_ANSWER,
                         OutboxMessage.claimed_at < now - lease))
                     .order_by(OutboxMessage.id).limit(200))]
    verdicts: list[tuple[Stale, SendResult | None, bool]] = []
    for item in stale:
        if item.gateway != gateway.name or not gateway.can_find_sent:
            verdicts.append((item, None, True))
            continue
        try:
            found = gateway.find_sent(item.sms, item.claimed_at - LOOKUP_MARGIN)
        except GatewayError:
            continue  # the provider cannot answer now; ask again next round
        verdicts.append((item, found, False))
    done = Reconciled()
    with db.write() as s:
        for item, found, review in verdicts:
            message = s.get(OutboxMessage, item.id)
            if message is None or message.status != MessageStatus.SENDING \
                    or message.claimed_at != item.claimed_at:
                continue  # another dispatcher settled it
            message.updated_at = now
            if review:
                to_review(s, message, gateway.name, "the send was interrupted", now)
                done.review += 1
            elif found is not None:
                mark_sent(s, message, found, now)
                done.found += 1
            else:
                message.status = MessageStatus.QUEUED
                message.claimed_by = None
                message.due_at = now
                message.error = "the provider has no record of it, so it is sent again"
                done.requeued += 1
    return done
