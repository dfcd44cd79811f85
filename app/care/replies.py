"""What care makes of a customer's reply before the estimate's yes/no: 11 / «لغو» and 12 as
commands, «وضعیت» or a job number as a status request, and a survey's answer: the first
score is kept, a second is shown to a person, a detractor's words are kept on the job."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.care.consent import record_consent
from app.care.scores import Command, Scale, read_reply
from app.care.self_service import asks_status, job_number_in, send_status
from app.care.states import CameBy, ConsentHow, Severity, SurveyState, TaskKind
from app.care.survey_rules import ANSWER_WINDOW, calls_for_recovery, calls_for_thanks
from app.care.surveys import open_survey, survey_scale
from app.care.tasks import open_task
from app.jobs.timeline import CustomerReply, SurveyStep
from app.notify.enqueue import queue_or_skip
from app.notify.reply_flow import move
from app.notify.states import ReplyOutcome
from app.notify.templates import MessageEvent
from app.notify.timeline import note_on_job
from app.settings.service import read_setting
from db.models import CareTask, Customer, InboundMessage, Job, Survey


class CareReplies:
    """Handed to the dispatcher's reply handling by the composition root (app/bootstrap)."""

    def take(self, s: Session, row: InboundMessage, customer: Customer,
             estimate_asked_at: dt.datetime | None, now: dt.datetime) -> str | None:
        """The Taken counter the reply counts under, or None to go on to the estimate's
        yes/no and the inbox."""
        survey = open_survey(s, customer.id, now, ANSWER_WINDOW)
        reading = read_reply(row.body, Scale(survey.scale) if survey else survey_scale(s))
        if reading.command is not None:
            return _command(s, row, customer, reading.command, now)
        number = job_number_in(row.body)
        if asks_status(row.body) or (number and _owns(s, customer, number)):
            return _status(s, row, customer, now)
        if survey is None or (estimate_asked_at is not None
                              and survey.created_at < estimate_asked_at):
            return None  # the estimate was asked last: a 1 or 2 answers it
        row.customer_id, row.job_id = customer.id, survey.job_id
        if reading.score is not None and survey.state == SurveyState.ASKED:
            _answer(s, row, survey, reading.score, now)
            return "scored"
        if reading.score is None and survey.state == SurveyState.ANSWERED \
                and survey.why_message_id is not None and not survey.comment:
            _explained(s, row, survey, now)
        _unread(s, row, now, second=reading.score is not None)
        return "unread"


def _command(s: Session, row: InboundMessage, customer: Customer, command: Command,
             now: dt.datetime) -> str:
    row.customer_id = customer.id
    s.flush()
    record_consent(s, customer.id, command == Command.START, ConsentHow.SMS_KEYWORD, now,
                   inbound_id=row.id)
    move(row, ReplyOutcome.START if command == Command.START else ReplyOutcome.STOP)
    row.read_at = now
    row.job_id = _latest_job_id(s, customer.id)
    note_on_job(s, row.job_id, CustomerReply.kind,
                CustomerReply(row.id, row.body, applied=row.outcome).data(), now)
    return "commands"


def _status(s: Session, row: InboundMessage, customer: Customer, now: dt.datetime) -> str:
    row.customer_id = customer.id
    row.job_id = _latest_job_id(s, customer.id)
    s.flush()
    if not send_status(s, customer, now):
        _unread(s, row, now)  # answered enough today: a person sees it
        return "unread"
    move(row, ReplyOutcome.STATUS)
    row.read_at = now
    note_on_job(s, row.job_id, CustomerReply.kind,
                CustomerReply(row.id, row.body, applied=row.outcome).data(), now)
    return "status"


def _answer(s: Session, row: InboundMessage, survey: Survey, score: int,
            now: dt.datetime) -> None:
    s.flush()
    survey.state, survey.score = SurveyState.ANSWERED, score
    survey.answered_at, survey.reply_id = now, row.id
    move(row, ReplyOutcome.SCORE)
    row.read_at = now
    note_on_job(s, survey.job_id, SurveyStep.kind,
                SurveyStep(survey.id, "answered", score=score).data(), now)
    job = s.get(Job, survey.job_id)
    assert job is not None
    scale = Scale(survey.scale)
    if calls_for_recovery(score, scale):
        open_task(s, TaskKind.RECOVERY, job.customer_id, now, job_id=job.id,
                  survey_id=survey.id, inbound_id=row.id, came_by=CameBy.SURVEY,
                  severity=Severity.HIGH if score <= (3 if scale == Scale.NPS else 1)
                  else Severity.LOW, summary=row.body)
        if read_setting(s, "survey.ask_why") == "yes":
            message, _ = queue_or_skip(s, job, MessageEvent.SURVEY_WHY, now, repeats=True)
            survey.why_message_id = message.id if message else None
    elif calls_for_thanks(score, scale) and read_setting(s, "survey.thank_promoters") == "yes":
        queue_or_skip(s, job, MessageEvent.SURVEY_THANKS, now, repeats=True,
                      extra={"review_link": str(read_setting(s, "survey.review_link"))})


def _explained(s: Session, row: InboundMessage, survey: Survey, now: dt.datetime) -> None:
    """The unhappy customer's "what went wrong": kept on the survey, the job and its task."""
    survey.comment, survey.commented_at = row.body[:2000], now
    task = s.scalar(select(CareTask).where(CareTask.survey_id == survey.id)
                    .order_by(CareTask.id.desc()).limit(1))
    if task is not None and task.state == "open":
        task.summary = (task.summary + "\n" + row.body).strip()[:4000]
    note_on_job(s, survey.job_id, SurveyStep.kind,
                SurveyStep(survey.id, "explained", comment=row.body[:2000]).data(), now)


def _unread(s: Session, row: InboundMessage, now: dt.datetime, *, second: bool = False) -> None:
    move(row, ReplyOutcome.UNREAD)
    s.flush()
    note_on_job(s, row.job_id, CustomerReply.kind,
                CustomerReply(row.id, row.body,
                              not_applied="a second answer to the survey; the first is kept"
                              if second else None).data(), now)


def _owns(s: Session, customer: Customer, number: str) -> bool:
    return s.scalar(select(Job.id).where(Job.customer_id == customer.id,
                                         Job.number == number)) is not None


def _latest_job_id(s: Session, customer_id: int) -> int | None:
    return s.scalar(select(Job.id).where(Job.customer_id == customer_id)
                    .order_by(Job.id.desc()).limit(1))
