"""Turning a job's customer event into an outbox row, inside the transaction that caused it.
The decisions (when it is due, whether the customer is told) are outbox_rules.py's; this
module reads the facts they need and writes the row."""

from __future__ import annotations

import datetime as dt
import logging
import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.jobs.timeline import TimelineKind
from app.notify import outbox_settings
from app.notify.alerts import raise_alert
from app.notify.context import job_values
from app.notify.message_flow import Mover, move, sources_of
from app.notify.outbox_rules import (
    SKIP_WORDS,
    Audience,
    LastMove,
    SkipReason,
    first_due,
    first_status,
    is_transactional,
    parts_of,
    skip_reason,
    undoes,
)
from app.notify.states import TOLD, AlertKind, MessageStatus
from app.notify.templates import NON_TRANSACTIONAL, MessageEvent, default_body, render
from app.notify.timeline import note_message, note_on_job
from app.settings.service import read_setting
from db.models import Job, JobEvent, MessageTemplate, OutboxMessage, SmsAlert

log = logging.getLogger(__name__)


def on_customer_event(session: Session, job: Job, cause: JobEvent,
                      event: str) -> OutboxMessage | None:
    """Queue the message for `event`, or say on the timeline why the customer is not told."""
    reason = _skip_reason(session, job, event, cause.at)
    if reason:
        note_on_job(session, job.id, TimelineKind.MESSAGE_SKIPPED,
                    {"event": event, "reason": reason}, cause.at)
        return None
    return enqueue_job_message(session, job, event, cause.at, cause_event_id=cause.id)


def queue_or_skip(session: Session, job: Job, event: str, now: dt.datetime, *,
                  extra: dict[str, str] | None = None,
                  repeats: bool = False) -> tuple[OutboxMessage | None, SkipReason | None]:
    """A message the care work sends about a job (a survey, a status answer, a new promised
    date) under the same rules as every other: the row, or why the customer is not told
    (also said on the job's timeline)."""
    reason = _skip_reason(session, job, event, now, repeats=repeats)
    if reason:
        note_on_job(session, job.id, TimelineKind.MESSAGE_SKIPPED,
                    {"event": event, "reason": reason}, now)
        return None, reason
    return enqueue_job_message(session, job, event, now, extra=extra), None


def enqueue_job_message(session: Session, job: Job, event: str, now: dt.datetime, *,
                        cause_event_id: int | None = None,
                        held_back: SkipReason | None = None,
                        extra: dict[str, str] | None = None) -> OutboxMessage:
    """The message row; one that cannot be rendered is kept as failed, with the reason and an
    alert, so a broken template never stops the intake or move that caused it. One a rule
    holds back (`held_back`) is kept as cancelled."""
    customer = job.customer
    lang = customer.language if customer.language in ("fa", "en") else "fa"
    body, problem = render_job_message(session, job, event, lang, now, extra)
    message = OutboxMessage(
        local_id=uuid.uuid4().hex, job_id=job.id, customer_id=customer.id,
        cause_event_id=cause_event_id, event=event,
        transactional=is_transactional(event, NON_TRANSACTIONAL), to=customer.mobile,
        lang=lang, body=body, parts=parts_of(body),
        status=first_status(problem, held_back), created_at=now,
        due_at=first_due(now, outbox_settings.grace(session),
                         outbox_settings.quiet_hours(session)),
        attempts=0, error=SKIP_WORDS[held_back] if held_back else problem, updated_at=now)
    session.add(message)
    session.flush()
    if problem and not held_back:
        note_message(session, message, TimelineKind.MESSAGE_FAILED, now, reason=problem)
    if problem:
        _alert_once(session, problem, now, message.id)
    return message


def render_job_message(session: Session, job: Job, event: str, lang: str,
                       now: dt.datetime,
                       extra: dict[str, str] | None = None) -> tuple[str, str]:
    """(text, "") or ("", why it cannot be made, in words); `extra` holds the values of
    placeholders only some messages have (open_jobs, review_link)."""
    body = template_body(session, event, lang)
    try:
        return render(body, {**job_values(session, job, lang, now), **(extra or {})}), ""
    except SQLAlchemyError:
        raise  # the transaction itself is broken: the change cannot save anyway
    except DomainError as err:
        why = err.message
    except Exception as err:  # a message must never stop the change that caused it
        log.exception("message %s (%s) for job %s could not be rendered", event, lang, job.id)
        why = f"{type(err).__name__}: {err}"
    language = "Persian" if lang == "fa" else "English"
    return "", (f"The {language} template for '{event}' cannot be used ({why}); fix it in "
                "Settings → Message templates, then retry this message")


def _alert_once(session: Session, problem: str, now: dt.datetime, message_id: int) -> None:
    """One open alert per broken template, however many messages it fails."""
    already = session.scalar(select(SmsAlert.id).where(
        SmsAlert.kind == AlertKind.BAD_TEMPLATE, SmsAlert.reason == problem,
        SmsAlert.resolved_at.is_(None)).limit(1))
    if already is None:
        raise_alert(session, AlertKind.BAD_TEMPLATE, str(read_setting(session, "sms.gateway")),
                    problem, now, message_id)


def undo_within_grace(session: Session, job: Job, source: str, target: str,
                      now: dt.datetime) -> bool:
    """True when moving `source` → `target` takes back the job's last move within the grace
    period; that move's message, if still waiting, is cancelled, and this move tells nobody."""
    last = session.scalar(
        select(JobEvent).where(JobEvent.job_id == job.id, JobEvent.kind == "status_changed")
        .order_by(JobEvent.id.desc()).limit(1))
    previous = None if last is None else LastMove(
        str(last.data.get("before") or ""), str(last.data.get("after") or ""), last.at)
    if last is None or not undoes(previous, source, target, now,
                                  outbox_settings.grace(session)):
        return False
    waiting = session.scalars(select(OutboxMessage).where(
        OutboxMessage.cause_event_id == last.id,
        OutboxMessage.status.in_(sources_of(MessageStatus.CANCELLED, Mover.JOB)))).all()
    for message in waiting:
        move(message, MessageStatus.CANCELLED, Mover.JOB)
        message.error = "the status change was undone within the grace period"
        message.updated_at = now
        note_on_job(session, job.id, TimelineKind.MESSAGE_CANCELLED,
                    {"message_id": message.id, "event": message.event, "reason": "undone"},
                    now)
    return True


def template_body(session: Session, event: str, lang: str) -> str:
    row = session.get(MessageTemplate, (event, lang))
    return row.body if row else default_body(event, lang)


def _skip_reason(session: Session, job: Job, event: str, now: dt.datetime, *,
                 repeats: bool = False) -> SkipReason | None:
    """Why the customer is not told of `event` (outbox_rules.skip_reason), or None; the
    database is asked only what the rules still need."""
    off = event in read_setting(session, "sms.events_off")
    opted_out = bool(job.customer.sms_opt_out)
    non_transactional = not is_transactional(event, NON_TRANSACTIONAL)
    cap = outbox_settings.cap(session)
    if off or opted_out:
        return skip_reason(Audience(off, opted_out), cap, non_transactional=non_transactional,
                           repeats=repeats)
    told = 0 if repeats else session.scalar(select(func.count(OutboxMessage.id)).where(
        OutboxMessage.job_id == job.id, OutboxMessage.event == event,
        OutboxMessage.status.in_(TOLD))) or 0
    lately = 0
    if non_transactional and not told:
        lately = session.scalar(select(func.count(OutboxMessage.id)).where(
            OutboxMessage.customer_id == job.customer.id,
            OutboxMessage.transactional.is_(False), OutboxMessage.status.in_(TOLD),
            OutboxMessage.created_at >= cap.since(now))) or 0
    return skip_reason(Audience(off, opted_out, told, lately), cap,
                       non_transactional=non_transactional, repeats=repeats)


def skip_or_enqueue_reminder(session: Session, job: Job, now: dt.datetime) -> bool:
    """A pickup reminder for a device left after ready; False when a rule holds it back."""
    event = MessageEvent.PICKUP_REMINDER
    reason = _skip_reason(session, job, event, now, repeats=True)
    # Held back, it is kept as a cancelled row, so the reminder count sees it and nothing
    # asks again.
    enqueue_job_message(session, job, event, now, held_back=reason)
    if reason:
        note_on_job(session, job.id, TimelineKind.MESSAGE_SKIPPED,
                    {"event": event, "reason": reason}, now)
        return False
    return True
