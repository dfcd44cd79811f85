"""The survey after delivery: which jobs are due (a plain range over the jobs' status index),
whether each customer may be asked (restraint, opt-out, 11, the outbox's own rules), and the
survey row that records it either way, skipped surveys with their reason."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.care.consent import marketing_stopped
from app.care.scores import Scale
from app.care.states import SurveySkip, SurveyState
from app.care.survey_rules import LATE_LIMIT, SurveyTiming
from app.jobs.timeline import SurveyStep
from app.jobs.workflow import Status
from app.notify import outbox_settings
from app.notify.enqueue import queue_or_skip
from app.notify.outbox_rules import SkipReason, clock_time
from app.notify.templates import MessageEvent
from app.notify.timeline import note_on_job
from app.settings.service import read_setting
from db.models import Job, Survey

# The outbox's reasons, as the survey records them.
FROM_OUTBOX = {SkipReason.EVENT_OFF: SurveySkip.EVENT_OFF,
               SkipReason.OPTED_OUT: SurveySkip.OPTED_OUT,
               SkipReason.CAP_REACHED: SurveySkip.CAP_REACHED,
               SkipReason.ALREADY_TOLD: SurveySkip.RECENT_SURVEY}
EVENTS = {Scale.NPS: MessageEvent.SURVEY_NPS, Scale.CSAT: MessageEvent.SURVEY_CSAT}


@dataclass
class SurveyRound:
    asked: int = 0
    skipped: int = 0


def survey_scale(s: Session) -> Scale:
    return Scale(str(read_setting(s, "survey.scale")))


def survey_timing(s: Session) -> SurveyTiming:
    delay = read_setting(s, "survey.delay_hours")
    return SurveyTiming(None if delay is None else int(delay),
                        clock_time(str(read_setting(s, "survey.morning_at"))),
                        ZoneInfo(str(read_setting(s, "shop.timezone"))))


def due_jobs(s: Session, now: dt.datetime, limit: int) -> list[Job]:
    """Delivered (and cancelled) jobs whose survey time has come and that have no survey row
    yet; never within the grace period, in which the delivery can still be undone."""
    before = min(survey_timing(s).delivered_before(now),
                 now - outbox_settings.grace(s))
    since = before - LATE_LIMIT
    # A job's survey is made after its delivery: bounding the surveys looked at by that
    # keeps the database from reading all of them (it did, 200 ms at a million jobs).
    surveyed = exists(select(Survey.id).where(Survey.job_id == Job.id,
                                              Survey.created_at >= since))
    return list(s.scalars(
        select(Job).where(Job.status.in_((Status.DELIVERED, Status.CANCELLED)),
                          Job.status_changed_at >= since,
                          Job.status_changed_at < before, ~surveyed)
        .order_by(Job.status_changed_at, Job.id).limit(limit)
        # two sending PCs on one server: each job is surveyed by one of them
        .with_for_update(skip_locked=True, of=Job)))


# Surveys asked in one notifier round: each is a few milliseconds of rendering and writing,
# and a round (every minute) stays within 200 ms; 1,500 an hour is more than any shop delivers.
PER_ROUND = 25


def send_due_surveys(s: Session, now: dt.datetime, *, limit: int = PER_ROUND) -> SurveyRound:
    """Ask (or record why not) each due job's customer, oldest delivery first."""
    done = SurveyRound()
    for job in due_jobs(s, now, limit):
        survey = ask(s, job, now, round_=1)
        if survey.state == SurveyState.ASKED:
            done.asked += 1
        else:
            done.skipped += 1
    return done


def ask(s: Session, job: Job, now: dt.datetime, *, round_: int) -> Survey:
    """The survey row of `job`, asked or skipped with its reason; round 2 is the one after a
    recovery, which no restraint holds back but the customer's own no."""
    scale = survey_scale(s)
    survey = Survey(job_id=job.id, round=round_, customer_id=job.customer_id,
                    technician_id=job.technician_id, scale=scale, created_at=now, comment="")
    reason = _held_back(s, job, now, round_)
    if reason is None:
        message, outbox_reason = queue_or_skip(s, job, EVENTS[scale], now, repeats=round_ > 1)
        if message is not None:
            survey.message_id = message.id
        else:
            reason = FROM_OUTBOX.get(outbox_reason or SkipReason.EVENT_OFF,
                                     SurveySkip.EVENT_OFF)
    survey.state = SurveyState.SKIPPED if reason else SurveyState.ASKED
    survey.skip_reason = reason
    s.add(survey)
    s.flush()
    note_on_job(s, job.id, SurveyStep.kind,
                SurveyStep(survey.id, survey.state, reason=reason).data(), now)
    return survey


def _held_back(s: Session, job: Job, now: dt.datetime, round_: int) -> SurveySkip | None:
    if read_setting(s, "survey.enabled") != "yes":
        return SurveySkip.SWITCHED_OFF
    if round_ == 1 and job.status == Status.CANCELLED \
            and read_setting(s, "survey.cancelled") != "yes":
        return SurveySkip.CANCELLED
    if round_ == 1 and job.warranty_of_id is not None \
            and read_setting(s, "survey.warranty_returns") != "yes":
        return SurveySkip.WARRANTY_RETURN
    if job.customer.sms_opt_out:
        return SurveySkip.OPTED_OUT
    if marketing_stopped(s, job.customer_id):
        return SurveySkip.STOPPED
    every = int(read_setting(s, "survey.every_days"))
    if round_ == 1 and every and s.scalar(select(func.count(Survey.id)).where(
            Survey.customer_id == job.customer_id,
            Survey.state.in_((SurveyState.ASKED, SurveyState.ANSWERED)),
            Survey.created_at > now - dt.timedelta(days=every))):
        return SurveySkip.RECENT_SURVEY
    return None


def open_survey(s: Session, customer_id: int, now: dt.datetime,
                window: dt.timedelta) -> Survey | None:
    """The customer's latest survey asked within `window`, answered or not."""
    return s.scalar(select(Survey).where(
        Survey.customer_id == customer_id,
        Survey.state.in_((SurveyState.ASKED, SurveyState.ANSWERED)),
        Survey.created_at >= now - window)
        .order_by(Survey.created_at.desc(), Survey.id.desc()).limit(1))
