"""What people do with customer messages: templates, the outbox, replies, alerts, a test SMS."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.clock import Clock
from app.customers.phone import national_form, normalize_phone
from app.errors import DomainError, IllegalTransition, NotFound, ValidationError
from app.jobs.timeline import TimelineKind
from app.locale.text import ltr_run
from app.notify.alerts import resolve_blocking
from app.notify.context import shop_values
from app.notify.enqueue import enqueue_job_message, render_job_message, template_body
from app.notify.gateway import Balance, OutgoingSms, SendResult
from app.notify.gateway_config import GatewayFactory, gateway_settings
from app.notify.longest_values import parts_at_most
from app.notify.message_flow import Mover, allowed, move
from app.notify.reply_flow import move as move_reply
from app.notify.sms_parts import PartCount, count_parts
from app.notify.states import MessageStatus, ReplyOutcome
from app.notify.templates import (
    LANGUAGES,
    MessageEvent,
    check_template,
    render,
)
from app.notify.timeline import note_message
from app.notify.views import AlertView, MessageView, ReplyView, TemplateView
from app.settings.service import forget_settings, read_setting
from db.engine import Database
from db.models import InboundMessage, Job, MessageTemplate, OutboxMessage, Setting, SmsAlert

SAMPLE = {
    "fa": {"customer_name": "مریم رضایی", "job_number": "1405-00123",
           "device": "Samsung Galaxy A52", "estimate": "۱٬۲۵۰٬۰۰۰ تومان",
           "total": "۱٬۲۵۰٬۰۰۰ تومان", "amount_due": "۸۵۰٬۰۰۰ تومان",
           "promised_date": "۱۴۰۵/۰۹/۱۵", "warranty": "گارانتی تا ۱۴۰۵/۱۰/۱۵.",
           "warranty_end": "۱۴۰۵/۱۰/۱۵", "ready_date": "۱۴۰۵/۰۹/۰۱",
           "shop_name": "تعمیرگاه پارسا", "shop_phone": "02188881234", "today": "۱۴۰۵/۰۹/۰۱",
           "review_link": "https://g.page/parsa/review",
           "open_jobs": "\u20661405-00123\u2069: در حال تعمیر."},
    "en": {"customer_name": "Maryam Rezaei", "job_number": "1405-00123",
           "device": "Samsung Galaxy A52", "estimate": "1,250,000 Toman",
           "total": "1,250,000 Toman", "amount_due": "850,000 Toman",
           "promised_date": "2026-12-06", "warranty": "Warranty until 2027-01-05.",
           "warranty_end": "2027-01-05", "ready_date": "2026-11-22",
           "shop_name": "Parsa Repairs", "shop_phone": "02188881234", "today": "2026-11-22",
           "review_link": "https://g.page/parsa/review",
           "open_jobs": "1405-00123: In repair."},
}


class MessagingService:
    def __init__(self, db: Database, *, clock: Clock, make_gateway: GatewayFactory) -> None:
        self.db = db
        self.clock = clock
        self.make_gateway = make_gateway

    # --- templates ---------------------------------------------------------------------
    def templates(self) -> list[TemplateView]:
        with self.db.read() as s:
            off = set(read_setting(s, "sms.events_off"))
            shop_name = str(read_setting(s, "shop.name"))
            return [_template_view(event, lang, template_body(s, event, lang),
                                   s.get(MessageTemplate, (event, lang)) is None,
                                   event not in off, shop_name)
                    for event in MessageEvent for lang in LANGUAGES]

    def save_template(self, actor: Actor, event: str, lang: str, body: str) -> TemplateView:
        actor.require(Perm.MANAGE_MESSAGES)
        event, lang = _event(event), _lang(lang)
        body = check_template(body)
        with self.db.write() as s:
            row = s.get(MessageTemplate, (event, lang)) or MessageTemplate(event=event,
                                                                          lang=lang)
            row.body, row.updated_at, row.updated_by_id = body, self.clock(), actor.user_id
            s.add(row)
            enabled = event not in read_setting(s, "sms.events_off")
            shop_name = str(read_setting(s, "shop.name"))
        return TemplateView(event, lang, body, False, enabled,
                            parts_at_most(body, lang, shop_name))

    def reset_template(self, actor: Actor, event: str, lang: str) -> None:
        actor.require(Perm.MANAGE_MESSAGES)
        with self.db.write() as s:
            row = s.get(MessageTemplate, (_event(event), _lang(lang)))
            if row is not None:
                s.delete(row)

    def set_enabled(self, actor: Actor, event: str, enabled: bool) -> None:
        actor.require(Perm.MANAGE_MESSAGES)
        event = _event(event)
        with self.db.write() as s:
            off = set(read_setting(s, "sms.events_off"))
            off = off - {event} if enabled else off | {event}
            row = s.get(Setting, "sms.events_off") or Setting(key="sms.events_off")
            row.value = json.dumps(sorted(off))
            row.updated_at, row.updated_by_id = self.clock(), actor.user_id
            s.add(row)
            forget_settings(s)

    @staticmethod
    def preview(body: str, lang: str, shop_name: str = "",
                shop_phone: str | None = None) -> tuple[str, PartCount]:
        """The template filled with sample values (the shop's own phone where given, so an
        empty one shows its [part] left out), and the parts of its longest realistic message;
        refuses bad templates."""
        sample = dict(SAMPLE[_lang(lang)])
        if shop_phone is not None:
            sample["shop_phone"] = national_form(shop_phone) if shop_phone else ""
        if lang == "fa":
            sample["job_number"] = ltr_run(sample["job_number"])
        body = check_template(body)
        return render(body, sample), parts_at_most(body, lang, shop_name)

    # --- the outbox --------------------------------------------------------------------
    def outbox(self, *, status: str | None = None, job_id: int | None = None,
               customer_id: int | None = None, before_id: int | None = None,
               limit: int = 100) -> list[MessageView]:
        """Newest first; page with before_id."""
        query = select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)
        if status:
            query = query.where(OutboxMessage.status == MessageStatus(status))
        if job_id is not None:
            query = query.where(OutboxMessage.job_id == job_id)
        if customer_id is not None:
            query = query.where(OutboxMessage.customer_id == customer_id)
        if before_id is not None:
            query = query.where(OutboxMessage.id < before_id)
        with self.db.read() as s:
            return [MessageView.of(m) for m in s.scalars(query)]

    def status_counts(self) -> dict[str, int]:
        with self.db.read() as s:
            return dict(s.execute(select(OutboxMessage.status, func.count())
                                  .group_by(OutboxMessage.status)).all())

    def retry(self, actor: Actor, message_id: int) -> MessageView:
        """Send a failed, cancelled or doubtful message again, now (quiet hours still apply)."""
        actor.require(Perm.MANAGE_MESSAGES)
        with self.db.write() as s:
            m = _message(s, message_id)
            if not allowed(m.status, MessageStatus.QUEUED, Mover.PERSON):
                raise IllegalTransition(f"Message {m.id} is {m.status}; only failed, cancelled "
                                        "or doubtful messages can be retried",
                                        code="cannot_retry")
            now = self.clock()
            if not m.body and m.job_id is not None:
                _render_again(s, m, now)
            move(m, MessageStatus.QUEUED, Mover.PERSON)
            m.due_at, m.attempts, m.error = now, 0, ""
            m.claimed_by, m.updated_at = None, now
            note_message(s, m, TimelineKind.MESSAGE_RETRIED, now, by=actor.username)
            return MessageView.of(m)

    def cancel(self, actor: Actor, message_id: int) -> MessageView:
        actor.require(Perm.MANAGE_MESSAGES)
        with self.db.write() as s:
            m = _message(s, message_id)
            if not allowed(m.status, MessageStatus.CANCELLED, Mover.PERSON):
                raise IllegalTransition(f"Message {m.id} is {m.status}; only waiting or "
                                        "doubtful messages can be cancelled",
                                        code="cannot_cancel")
            now = self.clock()
            move(m, MessageStatus.CANCELLED, Mover.PERSON)
            m.error, m.updated_at = f"cancelled by {actor.username}", now
            note_message(s, m, TimelineKind.MESSAGE_CANCELLED, now, by=actor.username)
            return MessageView.of(m)

    def mark_sent(self, actor: Actor, message_id: int) -> MessageView:
        """A person checked with the provider that a doubtful message did go out."""
        actor.require(Perm.MANAGE_MESSAGES)
        with self.db.write() as s:
            m = _message(s, message_id)
            if not allowed(m.status, MessageStatus.SENT, Mover.PERSON):
                raise IllegalTransition(f"Message {m.id} is {m.status}, not waiting for review",
                                        code="not_in_review")
            now = self.clock()
            move(m, MessageStatus.SENT, Mover.PERSON)
            m.sent_at, m.error, m.updated_at = now, "", now
            note_message(s, m, TimelineKind.MESSAGE_SENT, now, confirmed_by=actor.username)
            return MessageView.of(m)

    def resend(self, actor: Actor, job_id: int, event: str) -> MessageView:
        """The manager asks for an event's message again, though the customer was told."""
        actor.require(Perm.MANAGE_MESSAGES)
        event = _event(event)
        with self.db.write() as s:
            job = s.get(Job, job_id)
            if job is None:
                raise NotFound(f"No job #{job_id}", code="no_job")
            if job.customer.sms_opt_out:
                raise ValidationError(f"{job.customer.name} has opted out of SMS",
                                      code="opted_out")
            message = enqueue_job_message(s, job, event, self.clock())
            note_message(s, message, TimelineKind.MESSAGE_RESEND, message.created_at,
                         by=actor.username)
            return MessageView.of(message)

    # --- replies and alerts ------------------------------------------------------------
    def replies(self, *, unread_only: bool = False, job_id: int | None = None,
                limit: int = 100) -> list[ReplyView]:
        query = select(InboundMessage).order_by(InboundMessage.id.desc()).limit(limit)
        if unread_only:
            query = query.where(InboundMessage.outcome.in_((ReplyOutcome.UNREAD,
                                                           ReplyOutcome.UNMATCHED)),
                                InboundMessage.read_at.is_(None))
        if job_id is not None:
            query = query.where(InboundMessage.job_id == job_id)
        with self.db.read() as s:
            return [ReplyView.of(r) for r in s.scalars(query)]

    def unread_count(self, job_id: int | None = None) -> int:
        query = select(func.count(InboundMessage.id)).where(InboundMessage.read_at.is_(None))
        if job_id is not None:
            query = query.where(InboundMessage.job_id == job_id)
        with self.db.read() as s:
            return int(s.scalar(query) or 0)

    def mark_read(self, actor: Actor, reply_id: int) -> None:
        with self.db.write() as s:
            reply = s.get(InboundMessage, reply_id)
            if reply is None:
                raise NotFound(f"No reply #{reply_id}", code="no_reply")
            if reply.read_at is None:
                reply.read_at, reply.read_by_id = self.clock(), actor.user_id
                if reply.outcome == ReplyOutcome.UNREAD:
                    move_reply(reply, ReplyOutcome.READ)

    def alerts(self, *, open_only: bool = True) -> list[AlertView]:
        query = select(SmsAlert).order_by(SmsAlert.id.desc()).limit(200)
        if open_only:
            query = query.where(SmsAlert.resolved_at.is_(None))
        with self.db.read() as s:
            return [AlertView.of(a) for a in s.scalars(query)]

    def resolve_alert(self, actor: Actor, alert_id: int) -> None:
        actor.require(Perm.MANAGE_MESSAGES)
        with self.db.write() as s:
            alert = s.get(SmsAlert, alert_id)
            if alert is None:
                raise NotFound(f"No alert #{alert_id}", code="no_alert")
            if alert.resolved_at is None:
                alert.resolved_at, alert.resolved_by_id = self.clock(), actor.user_id

    # --- the gateway, directly ---------------------------------------------------------
    def send_test(self, actor: Actor, mobile: str, lang: str | None = None) -> SendResult:
        """One test message straight through the gateway; raises GatewayError with the
        provider's reason. A success clears no-credit and bad-key alerts."""
        actor.require(Perm.MANAGE_MESSAGES)
        to = normalize_phone(mobile)
        with self.db.read() as s:
            name, config = gateway_settings(s)
            lang = _lang(lang or str(read_setting(s, "shop.language")))
            body = render(template_body(s, MessageEvent.TEST, lang),
                          shop_values(s, lang, self.clock()))
        result = self.make_gateway(name, config).send(OutgoingSms(to, body, uuid.uuid4().hex))
        with self.db.write() as s:
            resolve_blocking(s, name, self.clock(), actor.user_id)
        return result

    def balance(self) -> tuple[str, Balance | None]:
        with self.db.read() as s:
            name, config = gateway_settings(s)
        return name, self.make_gateway(name, config).balance()


def _template_view(event: str, lang: str, body: str, is_default: bool,
                   enabled: bool, shop_name: str) -> TemplateView:
    try:
        return TemplateView(event, lang, body, is_default, enabled,
                            parts_at_most(body, lang, shop_name))
    except DomainError as err:  # stored by an older version: shown, never a crash
        return TemplateView(event, lang, body, is_default, enabled, count_parts(""),
                            err.message)


def _render_again(s: Session, m: OutboxMessage, now: dt.datetime) -> None:
    """A message whose template could not be used is made now, from the template as it is."""
    job = s.get(Job, m.job_id)
    assert job is not None
    body, problem = render_job_message(s, job, m.event, m.lang, now)
    if problem:
        raise ValidationError(problem, code="template_still_broken", field="body")
    m.body, m.parts = body, count_parts(body).parts


def _message(s: Session, message_id: int) -> OutboxMessage:
    m = s.get(OutboxMessage, message_id)
    if m is None:
        raise NotFound(f"No message #{message_id}", code="no_message")
    return m


def _event(event: str) -> MessageEvent:
    try:
        return MessageEvent(event)
    except ValueError:
        raise ValidationError(f"Unknown message event '{event}'; known: "
                              f"{', '.join(MessageEvent)}", code="unknown_event",
                              field="event") from None


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValidationError(f"Language must be one of {', '.join(LANGUAGES)}",
                              code="bad_language", field="lang")
    return lang

