"""Claiming due messages, handing them to the gateway and recording what the provider said."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.jobs.timeline import TimelineKind
from app.notify import outbox_settings
from app.notify.alerts import raise_alert
from app.notify.gateway import (
    DeliveryStatus,
    ErrorKind,
    GatewayError,
    OutgoingSms,
    SendResult,
    SmsGateway,
)
from app.notify.message_flow import Mover, move, sources_of
from app.notify.outbox_rules import may_retry, retry_due
from app.notify.states import AlertKind, MessageStatus
from app.notify.timeline import note_message
from db.models import Customer, OutboxMessage

# A message whose answer was lost, left for the reconciler to look up with the provider.
LOST_ANSWER = "(answer lost)"
# A message held back by an account-level problem; the provider's reason follows.
HELD = "waiting until sending can go on: "
DEFAULT_TIMEOUT_SECONDS = 10.0
# A provider may still act on a request some time after our client gave up waiting for it.
IN_FLIGHT_MARGIN = dt.timedelta(minutes=2)


def answer_wait(gateway: SmsGateway) -> dt.timedelta:
    """How long a request handed to this gateway may still reach the provider: its HTTP
    timeout plus a margin. No look-up or resend of that message happens before."""
    seconds = float(gateway.config.get("timeout") or DEFAULT_TIMEOUT_SECONDS)
    return dt.timedelta(seconds=seconds) + IN_FLIGHT_MARGIN


@dataclass(frozen=True)
class Claimed:
    id: int
    sms: OutgoingSms


@dataclass(frozen=True)
class Attempt:
    claimed: Claimed
    result: SendResult | None = None
    error: GatewayError | None = None


def claim_due(session: Session, gateway: str, worker: str, now: dt.datetime,
              limit: int, lease: dt.timedelta = IN_FLIGHT_MARGIN) -> list[Claimed]:
    """Mark up to `limit` due messages as ours until `now + lease`; another dispatcher skips
    the locked rows, and leaves ours alone until the lease ends."""
    rows = session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.status.in_(sources_of(MessageStatus.SENDING, Mover.DISPATCHER)),
               OutboxMessage.due_at <= now)
        .order_by(OutboxMessage.due_at, OutboxMessage.id).limit(limit)
        .with_for_update(skip_locked=True)).all()
    customer_ids = {m.customer_id for m in rows if m.customer_id is not None}
    opted_out = set(session.scalars(select(Customer.id).where(
        Customer.id.in_(customer_ids), Customer.sms_opt_out.is_(True)))) if customer_ids else set()
    claimed = []
    for message in rows:
        message.updated_at = now
        if message.customer_id in opted_out:
            move(message, MessageStatus.CANCELLED, Mover.DISPATCHER)
            message.error = "the customer opted out before it was sent"
            note_message(session, message, TimelineKind.MESSAGE_SKIPPED, now, reason="opted_out")
            continue
        move(message, MessageStatus.SENDING, Mover.DISPATCHER)
        message.claimed_by = worker
        message.claimed_at = now
        message.lease_until = now + lease
        message.attempts += 1
        message.gateway = gateway
        claimed.append(Claimed(message.id, OutgoingSms(message.to, message.body,
                                                       message.local_id)))
    return claimed


def attempt(gateway: SmsGateway, claimed: Claimed) -> Attempt:
    try:
        return Attempt(claimed, result=gateway.send(claimed.sms))
    except GatewayError as err:
        return Attempt(claimed, error=err)
    except Exception as err:  # a plugin's bug: it may have sent, so never treat it as unsent
        return Attempt(claimed, error=GatewayError(f"the gateway failed: {err!r}",
                                                   kind=ErrorKind.UNKNOWN))


@dataclass
class Outcomes:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    review: int = 0
    checking: int = 0
    held: int = 0  # put back in the queue untouched: the account, not the message, is at fault
    blocked: str = ""  # the reason sending must wait, when a blocking alert came up


def record_attempts(session: Session, gateway: SmsGateway, worker: str,
                    attempts: list[Attempt], now: dt.datetime) -> Outcomes:
    outcomes = Outcomes()
    quiet = outbox_settings.quiet_hours(session)
    max_attempts = outbox_settings.max_attempts(session)
    first_retry = outbox_settings.first_retry(session)
    # One query for the batch: a get() per message would flush the previous one's changes.
    ids = [item.claimed.id for item in attempts]
    messages = {m.id: m for m in session.scalars(
        select(OutboxMessage).where(OutboxMessage.id.in_(ids)))}
    for item in attempts:
        message = messages.get(item.claimed.id)
        if message is None or message.status != MessageStatus.SENDING \
                or message.claimed_by != worker:
            continue  # someone else settled it meanwhile
        message.updated_at = now
        if item.result is not None:
            mark_sent(session, message, item.result, now)
            outcomes.sent += 1
            continue
        err = item.error
        assert err is not None
        message.error = err.reason
        if err.alert is not None:  # the account is at fault: pause, never fail the message
            hold(message, err.reason)
            raise_alert(session, AlertKind(err.alert.value), gateway.name, err.reason, now,
                        message.id)
            outcomes.held += 1
            outcomes.blocked = err.reason
        elif err.kind == ErrorKind.TRANSIENT and may_retry(message.attempts, max_attempts):
            move(message, MessageStatus.QUEUED, Mover.DISPATCHER)
            message.claimed_by = None
            message.lease_until = None
            message.due_at = retry_due(now, message.attempts, first_retry, quiet)
            outcomes.retried += 1
        elif err.kind == ErrorKind.UNKNOWN and gateway.can_find_sent:
            wait = answer_wait(gateway)
            message.claimed_by = LOST_ANSWER
            message.lease_until = now + wait
            message.error = lost_answer_text(err.reason, wait)
            outcomes.checking += 1
        elif err.kind == ErrorKind.UNKNOWN:
            to_review(session, message, gateway.name, err.reason, now)
            outcomes.review += 1
        else:
            if err.kind == ErrorKind.TRANSIENT:
                message.error = f"gave up after {message.attempts} tries: {err.reason}"
            move(message, MessageStatus.FAILED, Mover.DISPATCHER)
            message.claimed_by = None
            message.lease_until = None
            note_message(session, message, TimelineKind.MESSAGE_FAILED, now, reason=message.error)
            outcomes.failed += 1
    return outcomes


def hold(message: OutboxMessage, reason: str) -> None:
    """Back in the queue as it was: this try does not count against the message."""
    move(message, MessageStatus.QUEUED, Mover.DISPATCHER)
    message.claimed_by = None
    message.lease_until = None
    message.attempts = max(message.attempts - 1, 0)
    message.error = f"{HELD}{reason}"


def lost_answer_text(reason: str, wait: dt.timedelta) -> str:
    minutes = max(round(wait.total_seconds() / 60), 1)
    return (f"{reason}. No answer came, so nothing is sent again yet: in about {minutes} "
            "minute(s), once the first request can no longer reach the provider, the app asks "
            "the provider whether it went out and sends it again (with the same id) only if it "
            "did not")


def mark_sent(session: Session, message: OutboxMessage, result: SendResult,
          now: dt.datetime) -> None:
    message.provider_id = result.provider_id
    message.sent_at = now
    message.error = ""
    message.claimed_by = None
    message.lease_until = None
    if result.status == DeliveryStatus.DELIVERED:
        move(message, MessageStatus.DELIVERED, Mover.DISPATCHER)
        message.delivered_at = now
    else:
        move(message, MessageStatus.SENT, Mover.DISPATCHER)
    note_message(session, message, TimelineKind.MESSAGE_SENT, now, provider_id=result.provider_id)


def to_review(session: Session, message: OutboxMessage, gateway: str, reason: str,
              now: dt.datetime) -> None:
    """It may have gone out and the provider cannot say: a person decides, nothing resends."""
    move(message, MessageStatus.REVIEW, Mover.DISPATCHER)
    message.claimed_by = None
    message.lease_until = None
    message.error = (f"{reason}; the provider cannot tell whether it was sent, so it is not "
                     "sent again until someone checks")
    note_message(session, message, TimelineKind.MESSAGE_REVIEW, now, reason=reason)
    raise_alert(session, AlertKind.NEEDS_REVIEW, gateway,
                f"Message {message.id} to {message.to} may not have been sent: {reason}", now,
                message.id)
