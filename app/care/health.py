"""Each customer's health: good, watch or at risk, with the reasons in words. Read from what
the shop already records (late jobs, comebacks under warranty, the last score, an open
complaint, a reply nobody read), for one customer at a time, by their own rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.care.scores import Mood, Scale, mood
from app.care.states import HealthLevel, HealthReason, SurveyState, TaskKind, TaskState
from app.jobs.workflow import Status
from app.notify.states import ReplyOutcome
from app.settings.service import read_setting
from db.models import CareTask, Customer, InboundMessage, Job, Survey

# What counts: the last year of jobs.
LOOKBACK = dt.timedelta(days=365)
# Customers looked at for the at-risk list: those with something lately.
RECENT = dt.timedelta(days=90)


@dataclass(frozen=True)
class Reason:
    kind: HealthReason
    count: int


@dataclass(frozen=True)
class Health:
    customer_id: int
    level: HealthLevel
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class RiskyCustomer:
    customer_id: int
    name: str
    mobile: str
    health: Health


def level_of(reasons: tuple[Reason, ...]) -> HealthLevel:
    """At risk: an open complaint, a low last score, or two reasons at once; watch: one."""
    kinds = {r.kind for r in reasons}
    if HealthReason.OPEN_COMPLAINT in kinds or HealthReason.LOW_SCORE in kinds \
            or len(kinds) >= 2 or any(r.count >= 2 for r in reasons
                                      if r.kind != HealthReason.UNREAD_REPLY):
        return HealthLevel.AT_RISK
    return HealthLevel.WATCH if reasons else HealthLevel.GOOD


def customer_health(s: Session, customer_id: int, now: dt.datetime) -> Health:
    tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
    today = now.astimezone(tz).date()
    jobs = s.execute(select(Job.status, Job.promised_date, Job.status_changed_at,
                            Job.warranty_of_id, Job.created_at)
                     .where(Job.customer_id == customer_id,
                            Job.created_at >= now - LOOKBACK)).all()
    late = sum(1 for j in jobs if j.promised_date is not None
               and _late(j.status, j.promised_date, j.status_changed_at, today, tz))
    comebacks = sum(1 for j in jobs if j.warranty_of_id is not None)
    last = s.execute(select(Survey.score, Survey.scale).where(
        Survey.customer_id == customer_id, Survey.state == SurveyState.ANSWERED,
        Survey.answered_at >= now - LOOKBACK)
        .order_by(Survey.answered_at.desc(), Survey.id.desc()).limit(1)).first()
    low = int(last is not None and last.score is not None
              and mood(last.score, Scale(last.scale)) == Mood.UNHAPPY)
    complaints = s.scalar(select(func.count(CareTask.id)).where(
        CareTask.customer_id == customer_id, CareTask.state == TaskState.OPEN,
        CareTask.kind.in_((TaskKind.COMPLAINT, TaskKind.RECOVERY)))) or 0
    unread = s.scalar(select(func.count(InboundMessage.id)).where(
        InboundMessage.customer_id == customer_id,
        InboundMessage.outcome == ReplyOutcome.UNREAD)) or 0
    counts = ((HealthReason.LATE_JOBS, late), (HealthReason.COMEBACKS, comebacks),
              (HealthReason.LOW_SCORE, low), (HealthReason.OPEN_COMPLAINT, complaints),
              (HealthReason.UNREAD_REPLY, unread))
    reasons = tuple(Reason(kind, n) for kind, n in counts if n)
    return Health(customer_id, level_of(reasons), reasons)


def _late(status: str, promised: dt.date, changed: dt.datetime, today: dt.date,
          tz: ZoneInfo) -> bool:
    """Ready after the promised day, or not ready and past it."""
    if status in (Status.READY, Status.DELIVERED):
        return status == Status.READY and changed.astimezone(tz).date() > promised
    return status != Status.CANCELLED and today > promised


def at_risk_customers(s: Session, now: dt.datetime, limit: int = 200) -> list[RiskyCustomer]:
    """Customers at risk, looked for among those with something lately that can make them so
    (an open complaint or recovery, an unhappy score, a warranty return, a late job, an
    unread reply): a short list by index, each then judged in full."""
    tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
    today = now.astimezone(tz).date()
    unhappy = or_(and_(Survey.scale == Scale.NPS, Survey.score <= 6),
                  and_(Survey.scale == Scale.CSAT, Survey.score <= 2))
    queries = (
        select(CareTask.customer_id).where(
            CareTask.state == TaskState.OPEN,
            CareTask.kind.in_((TaskKind.COMPLAINT, TaskKind.RECOVERY))),
        select(Survey.customer_id).where(Survey.answered_at >= now - RECENT,
                                         Survey.state == SurveyState.ANSWERED, unhappy),
        select(Job.customer_id).where(
            Job.warranty_of_id.is_not(None), Job.status.in_(list(Status)),
            Job.created_at >= now - RECENT),
        select(Job.customer_id).where(
            Job.status.in_([st for st in Status if st not in (Status.DELIVERED,
                                                               Status.CANCELLED)]),
            Job.promised_date >= today - RECENT, Job.promised_date < today),
        select(InboundMessage.customer_id).where(
            InboundMessage.read_at.is_(None), InboundMessage.outcome == ReplyOutcome.UNREAD),
    )
    candidates: set[int] = set()
    for query in queries:
        candidates |= {c for c in s.scalars(query) if c is not None}
    out = []
    for customer_id in sorted(candidates):
        health = customer_health(s, customer_id, now)
        if health.level == HealthLevel.AT_RISK:
            customer = s.get(Customer, customer_id)
            assert customer is not None
            out.append(RiskyCustomer(customer_id, customer.name, customer.mobile, health))
        if len(out) >= limit:
            break
    return out
