"""The job screen's words for things the services name by code: events, methods, line kinds,
message states and the reasons a move is not allowed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject

from app.care.scores import Scale
from app.care.states import EscalatedTo, Outcome, Severity, SurveySkip, SurveyState, TaskKind
from app.care.views import SurveyView
from app.jobs.money import PaymentKind, PayMethod
from app.jobs.timeline import TimelineKind as K
from app.jobs.views import JobDetail
from app.jobs.workflow import Requirement, Status, find_transition
from app.locale.amounts import format_amount
from app.locale.calendar import format_date, format_datetime
from app.locale.labels import (
    agent_label,
    label,
    label_of,
    message_status_label,
    move_label,
    role_label,
    status_label,
)
from app.locale.text import isolate, to_persian_digits

# Timeline kinds whose line is their title alone.
TITLE_ONLY = frozenset({K.CREATED, K.ASSIGNED, K.UNLOCK_VIEWED})


class JobWords(QObject):
    """Localized text for one user's language and calendar."""

    def __init__(self, lang: str, calendar: str, tz: str, currency: str) -> None:
        super().__init__()
        self.lang, self.calendar, self.tz, self.currency = lang, calendar, tz, currency

    # --- plain values ------------------------------------------------------------------
    def amount(self, value: int) -> str:
        return format_amount(value, lang=self.lang, currency=self.currency)

    def moment(self, value: dt.datetime) -> str:
        return format_datetime(value, calendar=self.calendar, lang=self.lang, tz=self.tz)

    def day(self, value: dt.date | None) -> str:
        return format_date(value, calendar=self.calendar, lang=self.lang) if value else "—"

    def digits(self, text: str) -> str:
        return to_persian_digits(text) if self.lang == "fa" else text

    def number(self, number: str) -> str:
        """A job number such as 1405-00123 that stays in its order beside Persian words."""
        return "\u200e" + self.digits(number) + ("\u200f" if self.lang == "fa" else "")

    def sms_sender(self) -> str:
        return self.tr("SMS")

    def in_line(self, text: str) -> str:
        """Text that keeps the UI's direction, whichever script it starts with."""
        return ("\u200f" if self.lang == "fa" else "\u200e") + text

    def status(self, status: str) -> str:
        return status_label(status, self.lang)

    def move(self, target: str) -> str:
        """The button's words: what the click does ("Approve"), not where it leads."""
        return move_label(target, self.lang)

    def agent(self, name: str) -> str:
        """Who did it: a user name, or the app's own agents in words ("system")."""
        return agent_label(name, self.lang)

    def owed(self, balance: int) -> str:
        """What is left to settle, said as the papers say it: nothing, the customer's to pay,
        or the shop's to give back."""
        if balance > 0:
            return self.tr("balance {amount}").format(amount=self.amount(balance))
        if balance < 0:
            return self.tr("the shop owes the customer {amount}").format(
                amount=self.amount(-balance))
        return self.tr("settled")

    def edited_field(self, name: str) -> str:
        names = {"problem": self.tr("problem"), "priority": self.tr("priority"),
                 "promised_date": self.tr("promised date"),
                 "customer_note": self.tr("customer's note"), "condition": self.tr("condition"),
                 "accessories": self.tr("accessories"), "warranty_days": self.tr("warranty"),
                 "estimate_min": self.tr("lowest estimate"),
                 "estimate_max": self.tr("highest estimate")}
        return names.get(name, name)

    def method(self, method: str) -> str:
        return label_of(PayMethod, method, self.lang)

    def line_kind(self, kind: str) -> str:
        names = {"part": self.tr("Part"), "labour": self.tr("Labour"), "other": self.tr("Other")}
        return names.get(kind, kind)

    def message_status(self, status: str) -> str:
        return message_status_label(status, self.lang)

    def message_event(self, event: str) -> str:
        names = {"received": self.tr("job received"),
                 "diagnosis_started": self.tr("diagnosis started"),
                 "estimate_ready": self.tr("estimate ready"),
                 "approved": self.tr("estimate approved"),
                 "waiting_parts": self.tr("waiting for parts"), "sent_out": self.tr("sent out"),
                 "ready_for_pickup": self.tr("ready for pickup"),
                 "delivered": self.tr("device delivered"),
                 "unrepairable": self.tr("unrepairable"), "cancelled": self.tr("job cancelled"),
                 "pickup_reminder": self.tr("pickup reminder"),
                 "promised_moved": self.tr("new promised date"),
                 "warranty_ending": self.tr("warranty ending soon"),
                 "survey_nps": self.tr("survey (0–10)"), "survey_csat": self.tr("survey (1–5)"),
                 "survey_why": self.tr("survey: what went wrong?"),
                 "survey_thanks": self.tr("thanks for the good score"),
                 "status_reply": self.tr("status on request"), "test": self.tr("test")}
        return names.get(event, event)

    def skip_reason(self, reason: str) -> str:
        """Why a message was not sent (app/notify/outbox_rules.py, SkipReason), in words."""
        names = {"event_off": self.tr("this message is switched off"),
                 "opted_out": self.tr("the customer has opted out of SMS"),
                 "already_told": self.tr("the customer was already told of this event"),
                 "cap_reached": self.tr("the customer has had enough messages lately")}
        return names.get(reason, reason)

    def document(self, document: str) -> str:
        names = {"receipt": self.tr("receipt"), "label": self.tr("label"),
                 "sheet": self.tr("job sheet"), "estimate": self.tr("estimate"),
                 "invoice": self.tr("invoice"), "warranty": self.tr("warranty card")}
        return names.get(document, document)

    # --- why a move is not allowed -------------------------------------------------------
    def refusal(self, detail: JobDetail, target: Status, role: str, can_override: bool) -> str:
        """The reason in words, worked out from the same rules the service applies."""
        transition = find_transition(detail.status, target)
        if transition is None:
            return self.tr("Not a move from here")
        if role not in transition.roles:
            roles = ("، " if self.lang == "fa" else ", ").join(
                role_label(r, self.lang) for r in sorted(transition.roles))
            return self.tr("Only for: {roles}").format(roles=roles)
        if Requirement.ESTIMATE in transition.requires and detail.totals.estimate <= 0:
            return self.tr("Needs an estimate first")
        if (Requirement.PAID_IN_FULL in transition.requires and detail.totals.balance > 0
                and not can_override):
            return self.tr("{amount} is unpaid").format(
                amount=self.amount(detail.totals.balance))
        return self.tr("Not allowed")

    # --- the timeline ----------------------------------------------------------------------
    def describe_event(self, kind: str, data: dict[str, Any]) -> tuple[str, str]:
        """What happened, and its details, for an event of the job's timeline."""
        if kind in TITLE_ONLY:
            return self.title(kind), ""
        if kind == K.STATUS_CHANGED:
            return self.title(kind), self._move_details(data)
        if kind == K.STATUS_UNDONE:
            return self.title(kind), self._arrow(data)
        if kind == K.ESTIMATE_CHANGED:
            total = data.get("total", {})
            return self.title(kind), self.tr("{before} → {after}, {lines} lines").format(
                before=self.amount(int(total.get("before", 0))),
                after=self.amount(int(total.get("after", 0))),
                lines=self.digits(str(data.get("lines", 0))))
        if kind == K.EDITED:
            return self.title(kind), ("، " if self.lang == "fa" else ", ").join(
                self.edited_field(name) for name in sorted(data))
        if kind == K.NOTE:
            title = (self.tr("Note for the customer") if data.get("customer_visible")
                     else self.tr("Internal note"))
            return title, isolate(str(data.get("text", "")))
        if kind == K.PRINTED:
            where = data.get("printer") or data.get("file") or ""
            return self.tr("Printed: {document}").format(
                document=self.document(str(data.get("document", "")))), isolate(str(where))
        if kind == K.PAYMENT:
            title = self.tr("Deposit") if data.get("deposit") else label(PaymentKind.PAYMENT,
                                                                         self.lang)
            return title, self._money(data)
        if kind == K.REFUND:
            return label(PaymentKind.REFUND, self.lang), \
                f"{self._money(data)} — {isolate(str(data.get('reason', '')))}"
        if kind == K.UNLOCK_DELETED and "days_after_cancel" in data:
            return self.title(kind), self.tr(
                "{days} days after the job was cancelled").format(
                days=self.digits(str(data["days_after_cancel"])))
        if kind == K.UNLOCK_DELETED:
            return self.title(kind), self.tr(
                "{days} days after delivery").format(
                days=self.digits(str(data.get("days_after_delivery", ""))))
        if kind == K.WARRANTY_RETURN_OPENED:
            return self.title(kind), self.tr("New job {number}").format(
                number=self.number(str(data.get("new_job", ""))))
        if kind == K.CUSTOMER_REPLY:
            return self.title(kind), isolate(str(data.get("body", "")))
        if kind == K.MESSAGE_SKIPPED:
            return self.tr("SMS not sent: {event}").format(
                event=self.message_event(str(data.get("event", "")))), \
                isolate(self.skip_reason(str(data.get("reason", ""))))
        if kind == K.SURVEY:
            return self._survey(data)
        if kind == K.CARE_TASK:
            return self._care_task(data)
        if kind.startswith("message_"):
            return self.tr("SMS {event}: {status}").format(
                event=self.message_event(str(data.get("event", ""))),
                status=self.message_status(str(data.get("status", "")))), ""
        return kind, ""

    def title(self, kind: str) -> str:
        """A timeline line's title: the kind's word (app/locale/labels.py)."""
        return label_of(K, kind, self.lang)

    def message_row(self, event: str, status: str) -> str:
        return self.tr("SMS to the customer: {event} — {status}").format(
            event=self.message_event(event), status=self.message_status(status))

    def reply_title(self, read: bool) -> str:
        return self.tr("Customer's reply") if read else self.tr("Customer's reply (unread)")

    def _arrow(self, data: dict[str, Any]) -> str:
        before, after = self.status(str(data.get("before", ""))), \
            self.status(str(data.get("after", "")))
        return f"{before} ← {after}" if self.lang == "fa" else f"{before} → {after}"

    def _move_details(self, data: dict[str, Any]) -> str:
        parts = [self._arrow(data)]
        if data.get("reason"):
            parts.append(self.tr("reason: {reason}").format(reason=isolate(str(data["reason"]))))
        if data.get("promised_date"):
            parts.append(self.tr("promised for {day}").format(
                day=self.day(dt.date.fromisoformat(str(data["promised_date"])))))
        if data.get("override_unpaid"):
            parts.append(self.tr("delivered unpaid ({amount}) by override").format(
                amount=self.amount(int(data["override_unpaid"]))))
        if data.get("via") == "sms_reply":
            parts.append(self.tr("by the customer's SMS reply"))
        return " · ".join(parts)

    def _survey(self, data: dict[str, Any]) -> tuple[str, str]:
        """Asked, not asked and why, answered with the score, or the customer's explanation."""
        state = str(data.get("state", ""))
        if state == "explained":
            return self.tr("The customer's explanation"), isolate(str(data.get("comment", "")))
        if state == SurveyState.SKIPPED:
            return self.tr("Survey not asked"), \
                label_of(SurveySkip, str(data.get("reason", "")), self.lang)
        if state == SurveyState.ANSWERED:
            return self.tr("Survey answered"), self.tr("score {score}").format(
                score=self.digits(str(data.get("score", ""))))
        return self.tr("Survey asked"), ""

    def survey_summary(self, survey: SurveyView) -> str:
        """One survey of the job in a line: asked (and when), not asked and why, or the score
        with the customer's explanation."""
        if survey.state == SurveyState.SKIPPED:
            text = self.tr("not asked: {reason}").format(
                reason=label_of(SurveySkip, survey.skip_reason or "", self.lang))
        elif survey.state == SurveyState.ANSWERED and survey.score is not None:
            top = 10 if survey.scale == Scale.NPS else 5
            text = self.tr("score {score} of {top}").format(
                score=self.digits(str(survey.score)), top=self.digits(str(top)))
            if survey.comment:
                text += " · " + self.tr("“{comment}”").format(comment=isolate(survey.comment))
        else:
            text = self.tr("asked {moment}, no answer yet").format(
                moment=self.moment(survey.created_at))
        if survey.round > 1:
            text = self.tr("after the recovery: {survey}").format(survey=text)
        return text

    def care_action(self, action: str) -> str:
        names = {"opened": self.tr("opened"), "assigned": self.tr("assigned"),
                 "snoozed": self.tr("snoozed"), "escalated": self.tr("escalated"),
                 "done": self.tr("done")}
        return names.get(action, action)

    def _care_task(self, data: dict[str, Any]) -> tuple[str, str]:
        """A follow-up opened, assigned, snoozed, escalated or done, with what it came to."""
        kind, action = str(data.get("task_kind", "")), str(data.get("action", ""))
        detail, note = str(data.get("detail") or ""), str(data.get("note") or "")
        title = self.tr("Follow-up “{task}” {action}").format(
            task=label_of(TaskKind, kind, self.lang), action=self.care_action(action))
        parts: list[str] = []
        if action == "opened" and kind in (TaskKind.COMPLAINT, TaskKind.RECOVERY) and detail:
            parts.append(self.tr("severity: {severity}").format(
                severity=label_of(Severity, detail, self.lang)))
        elif action == "assigned":
            parts.append(self.tr("to {name}").format(name=isolate(detail)) if detail
                         else self.tr("to nobody"))
        elif action == "snoozed" and detail:
            try:
                until = dt.datetime.fromisoformat(detail)
            except ValueError:
                until = None
            parts.append(self.tr("until {moment}").format(
                moment=self.moment(until) if until else isolate(detail)))
        elif action == "escalated" and detail:
            parts.append(label_of(EscalatedTo, detail, self.lang))
        elif action == "done" and detail:
            parts.append(label_of(Outcome, detail, self.lang))
        if note:
            parts.append(isolate(note))
        return title, " · ".join(parts)

    def _money(self, data: dict[str, Any]) -> str:
        return f"{self.amount(int(data.get('amount', 0)))} ({self.method(str(data.get('method')))})"
