"""The demo shop's last weeks of customer care: surveys asked and answered (most happy, some
not), recoveries for the unhappy ones (the old ones closed, the recent ones open, one run
late), a complaint, and then one real care round, so the Follow-ups page, the customers'
health and the survey results have something true to show."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.care.care_round import run_care_round
from app.care.scores import Scale
from app.care.states import CameBy, Outcome, Severity, SurveyState, TaskKind, TaskState
from app.care.survey_rules import calls_for_recovery
from app.care.surveys import survey_timing
from app.care.tasks import escalate_overdue, first_manager, open_task
from app.jobs.workflow import OPEN_STATUSES, Status
from db.engine import Database
from db.models import Job, Survey

HISTORY = dt.timedelta(days=45)
MOST = 600
# How the demo's customers answer: mostly promoters, as a good shop's are.
SCORES = (10,) * 30 + (9,) * 22 + (8,) * 14 + (7,) * 9 + (6,) * 8 + (5,) * 5 + (3,) * 6 \
    + (0,) * 6
COMPLAINTS = ("مشتری می‌گوید دستگاه دیرتر از قول داده‌شده آماده شد.",
              "خط و خش روی قاب پس از تحویل؛ مشتری ناراضی است.")


def add_care_history(db: Database, now: dt.datetime, seed: int) -> int:
    """Surveys of the jobs delivered in the last 45 days (up to yesterday), with their
    recoveries; the number of jobs surveyed."""
    rng = random.Random(seed)
    with db.write() as s:
        timing = survey_timing(s)
        manager = first_manager(s)
        surveyed = exists(select(Survey.id).where(Survey.job_id == Job.id))
        jobs = s.scalars(select(Job).where(
            Job.status == Status.DELIVERED, Job.status_changed_at >= now - HISTORY,
            Job.status_changed_at < now - dt.timedelta(days=1), ~surveyed)
            .order_by(Job.status_changed_at.desc()).limit(MOST)).all()
        for job in jobs:
            asked = timing.due(job.status_changed_at)
            survey = Survey(job_id=job.id, round=1, customer_id=job.customer_id,
                            technician_id=job.technician_id, scale=Scale.NPS,
                            state=SurveyState.ASKED, created_at=asked, comment="")
            if rng.random() < 0.62:  # answered, mostly within the hour
                survey.state, survey.score = SurveyState.ANSWERED, rng.choice(SCORES)
                survey.answered_at = asked + dt.timedelta(minutes=rng.randint(2, 90))
            # No timeline lines: the generated timelines already run past these moments, and
            # a timeline is in the order things happened.
            s.add(survey)
            s.flush()
            if survey.score is not None and calls_for_recovery(survey.score, Scale.NPS):
                _recovery(s, job, survey, manager, now, rng)
        _complaint(s, now, rng)
    with db.write() as s:
        escalate_overdue(s, now)
    run_care_round(db, now)
    return len(jobs)


def _recovery(s: Session, job: Job, survey: Survey, manager: int | None, now: dt.datetime,
              rng: random.Random) -> None:
    assert survey.answered_at is not None
    task = open_task(s, TaskKind.RECOVERY, job.customer_id, survey.answered_at, job_id=job.id,
                     survey_id=survey.id, came_by=CameBy.SURVEY, assignee_id=manager,
                     severity=Severity.HIGH if survey.score is not None and survey.score <= 3
                     else Severity.LOW, summary=f"{survey.score}", on_timeline=False)
    if now - survey.answered_at > dt.timedelta(days=4):  # the old ones were worked
        task.state = TaskState.DONE
        task.outcome = rng.choice((Outcome.RESOLVED, Outcome.RESOLVED, Outcome.REACHED,
                                   Outcome.FREE_REDO, Outcome.NOT_REACHABLE))
        task.closed_at, task.closed_by_id = task.due_at - dt.timedelta(hours=3), manager
        task.note = "تماس گرفته شد"


def _complaint(s: Session, now: dt.datetime, rng: random.Random) -> None:
    job = s.scalar(select(Job).where(Job.status.in_(list(OPEN_STATUSES)))
                   .order_by(Job.created_at.desc()).limit(1))
    if job is not None:
        open_task(s, TaskKind.COMPLAINT, job.customer_id, now - dt.timedelta(hours=2),
                  job_id=job.id, summary=rng.choice(COMPLAINTS), severity=Severity.HIGH,
                  came_by=CameBy.PHONE, on_timeline=False)
