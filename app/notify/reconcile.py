"""Messages left in "sending": a dispatcher died, or the provider's answer never came.

Nothing is looked up or sent again while the first request may still reach the provider: the
row's lease (the HTTP timeout plus a margin) must have run out. Then, where the provider can
look a message up (Kavenegar by localid, Twilio by recipient and text), we ask it, many at
once on the dispatcher's pool: found means sent, not found means safe to send again, with the
same id. Otherwise the message goes to a person. It is never sent again blindly.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Executor
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app.notify.gateway import GatewayError, OutgoingSms, SendResult, SmsGateway
from app.notify.message_flow import Mover, move
from app.notify.sending import answer_wait, mark_sent, to_review
from app.notify.states import MessageStatus
from db.engine import Database
from db.models import OutboxMessage

LOOKUP_MARGIN = dt.timedelta(minutes=5)  # provider clocks differ from ours
BATCH = 200


@dataclass(frozen=True)
class Stale:
    id: int
    claimed_at: dt.datetime
    lease_until: dt.datetime  # ours while we ask; the write-back checks it is still ours
    gateway: str | None
    sms: OutgoingSms


@dataclass
class Reconciled:
    found: int = 0
    requeued: int = 0
    review: int = 0
    unanswered: int = 0  # the provider could not say; asked again after the lease


def claim_stale(db: Database, gateway: SmsGateway, now: dt.datetime,
                lease: dt.timedelta) -> list[Stale]:
    """Rows whose lease ran out, leased again to us for the look-up so another dispatcher
    neither asks about them nor sends them meanwhile."""
    until = now + answer_wait(gateway)
    stale = (OutboxMessage.status == MessageStatus.SENDING,
             or_(OutboxMessage.lease_until <= now,
                 and_(OutboxMessage.lease_until.is_(None),
                      OutboxMessage.claimed_at < now - lease)))
    with db.read() as s:  # most rounds find none: no write lock for them
        if s.scalar(select(OutboxMessage.id).where(*stale).limit(1)) is None:
            return []
    with db.write() as s:
        rows = s.scalars(select(OutboxMessage).where(*stale)
                         .order_by(OutboxMessage.id).limit(BATCH)
                         .with_for_update(skip_locked=True)).all()
        leased = []
        for m in rows:
            m.lease_until = until
            leased.append(Stale(m.id, m.claimed_at or now, until, m.gateway,
                                OutgoingSms(m.to, m.body, m.local_id)))
    return leased


def reconcile(db: Database, gateway: SmsGateway, now: dt.datetime, lease: dt.timedelta,
              pool: Executor) -> Reconciled:
    stale = claim_stale(db, gateway, now, lease)
    if not stale:
        return Reconciled()

    def ask(item: Stale) -> tuple[Stale, SendResult | None, bool, bool]:
        """(item, what the provider found, goes to review, the provider could not answer)"""
        if item.gateway != gateway.name or not gateway.can_find_sent:
            return item, None, True, False
        try:
            return item, gateway.find_sent(item.sms, item.claimed_at - LOOKUP_MARGIN), False, \
                False
        except GatewayError:
            return item, None, False, True

    verdicts = list(pool.map(ask, stale))
    done = Reconciled()
    with db.write() as s:
        for item, found, review, unanswered in verdicts:
            message = s.get(OutboxMessage, item.id)
            if message is None or message.status != MessageStatus.SENDING \
                    or message.lease_until != item.lease_until:
                continue  # another dispatcher settled it
            message.updated_at = now
            if unanswered:
                done.unanswered += 1  # the lease taken above holds it until the next try
            elif review:
                to_review(s, message, gateway.name, "the send was interrupted", now)
                done.review += 1
            elif found is not None:
                mark_sent(s, message, found, now)
                done.found += 1
            else:
                move(message, MessageStatus.QUEUED, Mover.DISPATCHER)
                message.claimed_by = None
                message.lease_until = None
                message.due_at = now
                message.error = ("the provider has no record of it after the first request "
                                 "could no longer arrive, so it is sent again with the same id")
                done.requeued += 1
    return done
