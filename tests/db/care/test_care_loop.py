"""The whole loop through a stand-in provider, on SQLite and PostgreSQL: delivered → surveyed
the next morning → "3" → a recovery task for a manager → escalated when overdue, to the
managers and then the owner → resolved → asked again."""

from __future__ import annotations

from sqlalchemy import select

from app.care.states import EscalatedTo, SurveyState, TaskKind
from app.jobs.workflow import Status
from db.models import CareTask, Survey
from tests.db.care.conftest import CareShop
from tests.moments import tehran


def surveys(care: CareShop, job_id: int) -> list[Survey]:
    with care.services.db.read() as s:
        return list(s.scalars(select(Survey).where(Survey.job_id == job_id)
                              .order_by(Survey.round)))


def recovery(care: CareShop, job_id: int) -> CareTask:
    with care.services.db.read() as s:
        task = s.scalar(select(CareTask).where(CareTask.job_id == job_id,
                                               CareTask.kind == TaskKind.RECOVERY))
    assert task is not None
    return task


def test_a_detractor_is_won_back_within_the_loop(care: CareShop) -> None:
    care.configure(sms__quiet_start="21:00", sms__quiet_end="09:00")
    job_id = care.intake()
    care.at(tehran(2026, 12, 8, 11)).deliver(job_id)  # Tuesday 11:00

    care.at(tehran(2026, 12, 8, 18)).round()
    assert surveys(care, job_id) == []  # not the same day
    care.at(tehran(2026, 12, 9, 9, 59)).round()
    assert surveys(care, job_id) == []  # the next morning, at 10:00

    report = care.at(tehran(2026, 12, 9, 10)).round()
    assert report.care.surveys_asked == 1
    [survey] = surveys(care, job_id)
    assert survey.state == SurveyState.ASKED and survey.scale == "nps"
    assert survey.technician_id == care.tech.user_id  # tied to the one who did the work
    care.at(tehran(2026, 12, 9, 10, 1)).round()
    [asked] = [t for t in care.texts_to(job_id) if "۰ تا ۱۰" in t]
    assert "پیشنهاد" in asked

    care.reply(job_id, "۳")
    report = care.at(tehran(2026, 12, 9, 10, 30)).round()
    assert report.replies.scored == 1
    [survey] = surveys(care, job_id)
    assert (survey.state, survey.score) == (SurveyState.ANSWERED, 3)
    task = recovery(care, job_id)
    assert task.state == "open" and task.assignee_id is not None
    assert care.services.users.get(task.assignee_id).role == "manager"
    # 24 working hours of 09:00–21:00, Friday closed: Wednesday 10:30 → Saturday 10:30
    assert task.due_at == tehran(2026, 12, 12, 10, 30)
    assert "survey_why" in care.outbox_events(job_id)

    care.reply(job_id, "صفحه دوباره خط افتاده")
    care.at(tehran(2026, 12, 9, 11)).round()
    [survey] = surveys(care, job_id)
    assert survey.comment == "صفحه دوباره خط افتاده"
    assert "خط افتاده" in recovery(care, job_id).summary
    assert care.services.messages.unread_count(job_id) == 1  # the words are for a person

    care.at(tehran(2026, 12, 12, 10, 29)).round()
    assert recovery(care, job_id).escalated_to is None
    report = care.at(tehran(2026, 12, 12, 10, 31)).round()
    assert report.care.escalated == 1
    assert recovery(care, job_id).escalated_to == EscalatedTo.MANAGER
    care.at(tehran(2026, 12, 13, 20)).round()
    assert recovery(care, job_id).escalated_to == EscalatedTo.MANAGER
    care.at(tehran(2026, 12, 14, 10, 32)).round()  # 24 more working hours: the owner hears
    assert recovery(care, job_id).escalated_to == EscalatedTo.OWNER
    assert care.services.care.open_counts()["owner"] == 1

    task = care.services.care.task(recovery(care, job_id).id)
    done = care.services.care.done(care.manager, task.id, task.version, "resolved",
                                   "screen replaced again at no cost")
    assert done.state == "done" and done.outcome == "resolved"
    second = surveys(care, job_id)[1]
    assert (second.round, second.state) == (2, SurveyState.ASKED)
    care.at(tehran(2026, 12, 14, 10, 40)).round()
    assert len([t for t in care.texts_to(job_id) if "۰ تا ۱۰" in t]) == 2
    care.reply(job_id, "10")
    care.at(tehran(2026, 12, 14, 11)).round()
    assert surveys(care, job_id)[1].score == 10
    assert "survey_thanks" in care.outbox_events(job_id)
    kinds = [e.kind for e in care.services.jobs.get(job_id).events]
    assert kinds.count("survey") >= 4 and kinds.count("care_task") >= 4
    assert care.services.jobs.get(job_id).status == Status.DELIVERED
