"""Follow-ups as the shop works them: complaints straight to a manager, assign, snooze, done
with an outcome, a reply made into a task, conflicts between two PCs; jobs at risk, devices
not collected, a warranty about to end, a new promised date in one action; health; results."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.care.care_round import CareRound
from app.care.proactive import flag_at_risk
from app.care.states import HealthLevel, HealthReason
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from db.models import CareTask
from tests.db.care.conftest import CareShop
from tests.moments import tehran


def test_a_complaint_goes_straight_to_a_manager_and_only_a_manager_closes_it(
        care: CareShop) -> None:
    job_id = care.intake()
    care.at(tehran(2026, 12, 10, 20))  # Thursday 20:00: one working hour left that day
    task = care.services.care.complaint(care.reception, job_id=job_id,
                                        text_="دستگاه خط و خش برداشته", severity="high",
                                        came_by="phone")
    assert task.kind == "complaint" and task.severity == "high" and task.came_by == "phone"
    assert task.assignee_name == "Boss"  # the first active manager, not reception
    assert task.due_at == tehran(2026, 12, 13, 20)  # Friday closed: Sunday 20:00
    with pytest.raises(PermissionDenied) as refused:
        care.services.care.done(care.reception, task.id, task.version, "resolved")
    assert refused.value.code == "managers_close"
    assert care.services.care.task(task.id).state == "open"
    with pytest.raises(ValidationError):
        care.services.care.done(care.manager, task.id, task.version, "done")  # not an outcome
    done = care.services.care.done(care.manager, task.id, task.version, "reached",
                                   "called, coming on Saturday")
    assert (done.state, done.outcome, done.note) == ("done", "reached",
                                                     "called, coming on Saturday")


def test_bad_complaints_are_refused_and_nothing_is_saved(care: CareShop) -> None:
    job_id = care.intake()
    for kwargs in ({"text_": "  "}, {"text_": "x", "severity": "urgent"},
                   {"text_": "x", "came_by": "pigeon"}):
        with pytest.raises(ValidationError):
            care.services.care.complaint(care.reception, job_id=job_id, **kwargs)
    with pytest.raises(NotFound):
        care.services.care.complaint(care.reception, job_id=999_999, text_="x")
    with pytest.raises(ValidationError):
        care.services.care.complaint(care.reception, text_="about nobody")
    assert care.services.care.tasks(open_only=False) == []


def test_a_task_closed_on_one_pc_while_edited_on_another_is_a_conflict(
        care: CareShop) -> None:
    job_id = care.intake()
    seen = care.services.care.complaint(care.reception, job_id=job_id, text_="late again")
    care.services.care.done(care.manager, seen.id, seen.version, "resolved", "apologised")
    with pytest.raises(ConflictError) as err:
        care.services.care.assign(care.manager, seen.id, seen.version, care.tech.user_id)
    assert err.value.code == "task_conflict"
    with pytest.raises(ConflictError):
        care.services.care.done(care.manager, seen.id, seen.version, "refunded")
    after = care.services.care.task(seen.id)
    assert (after.outcome, after.note, after.assignee_name) == ("resolved", "apologised",
                                                               "Boss")


def test_assign_snooze_and_the_queue_filters(care: CareShop) -> None:
    job_id = care.intake()
    task = care.services.care.complaint(care.reception, job_id=job_id, text_="rude on phone")
    task = care.services.care.assign(care.manager, task.id, task.version, care.owner.user_id)
    assert task.assignee_id == care.owner.user_id
    with pytest.raises(ValidationError):
        care.services.care.snooze(care.manager, task.id, task.version,
                                  care.clock.now - dt.timedelta(hours=1))
    task = care.services.care.snooze(care.manager, task.id, task.version,
                                     care.clock.now + dt.timedelta(days=1))
    assert task.snoozed(care.clock.now)
    assert care.services.care.tasks(include_snoozed=False) == []
    assert [t.id for t in care.services.care.tasks()] == [task.id]
    assert care.services.care.tasks(overdue_only=True) == []
    care.at(task.due_at + dt.timedelta(minutes=1))
    assert [t.id for t in care.services.care.tasks(overdue_only=True)] == [task.id]
    assert care.services.care.open_counts() == {"open": 1, "overdue": 1, "owner": 0}


def test_a_reply_becomes_a_task_and_counts_as_read(care: CareShop) -> None:
    job_id = care.intake()
    care.reply(job_id, "گوشی رو کی میدید؟ سه روز گذشته")
    care.at(tehran(2026, 12, 8, 12)).round()
    [reply] = care.services.messages.replies(unread_only=True)
    task = care.services.care.task_from_reply(care.reception, reply.id)
    assert task.kind == "reply" and task.job_id == job_id and "سه روز" in task.summary
    assert care.services.messages.unread_count(job_id) == 0


def test_jobs_at_risk_are_flagged_once_and_a_new_date_tells_the_customer(
        care: CareShop) -> None:
    job_id = care.intake(promised_date=dt.date(2026, 12, 12))
    ready_in_time = care.intake(promised_date=dt.date(2026, 12, 12))
    care.at(tehran(2026, 12, 8, 11)).ready(ready_in_time)
    care.at(tehran(2026, 12, 11, 20, 59)).round()  # Saturday 21:00 is more than 24 h away
    assert care.services.care.tasks(job_id=job_id) == []
    report = care.at(tehran(2026, 12, 11, 21, 1)).round()
    assert report.care.at_risk == 1
    [task] = care.services.care.tasks(job_id=job_id)
    assert task.kind == "at_risk" and task.assignee_id == care.tech.user_id
    care.at(tehran(2026, 12, 11, 22)).round()
    assert len(care.services.care.tasks(job_id=job_id)) == 1  # once per promised date
    version = care.services.jobs.get(job_id).version
    with pytest.raises(ValidationError):
        care.services.care.new_promised_date(care.reception, job_id, version,
                                             dt.date(2026, 12, 1))
    assert care.services.jobs.get(job_id).promised_date == dt.date(2026, 12, 12)
    assert "promised_moved" not in care.outbox_events(job_id)
    care.services.care.new_promised_date(care.reception, job_id, version,
                                         dt.date(2026, 12, 16))
    assert care.services.jobs.get(job_id).promised_date == dt.date(2026, 12, 16)
    assert care.outbox_events(job_id).count("promised_moved") == 1
    assert care.services.care.tasks(job_id=job_id) == []  # the flag is answered
    with pytest.raises(ConflictError):
        care.services.care.new_promised_date(care.reception, job_id, version,
                                             dt.date(2026, 12, 17))
    care.at(tehran(2026, 12, 12, 10)).round()
    [sent] = [t for t in care.texts_to(job_id) if "زمان تحویل" in t]
    assert "۱۴۰۵/۰۹/۲۵" in sent  # 16 December 2026 in the shop's calendar


def test_devices_not_collected_get_one_follow_up(care: CareShop) -> None:
    care.configure(care__not_collected_days=10)
    job_id = care.intake()
    care.at(tehran(2026, 11, 20, 12)).ready(job_id)
    care.at(tehran(2026, 11, 30, 11)).round()
    assert care.services.care.tasks(job_id=job_id) == []
    care.at(tehran(2026, 11, 30, 12, 1)).round()
    care.at(tehran(2026, 11, 30, 13)).round()
    [task] = care.services.care.tasks(job_id=job_id)
    assert task.kind == "not_collected" and task.assignee_id is None


def test_a_warranty_reminder_goes_once_when_the_shop_wants_it(care: CareShop) -> None:
    job_id = care.intake(warranty_days=30)
    care.at(tehran(2026, 11, 1, 12)).deliver(job_id)  # the warranty ends 1 December
    care.at(tehran(2026, 11, 24, 12)).round()
    assert "warranty_ending" not in care.outbox_events(job_id)  # off by default
    care.configure(care__warranty_reminder="yes", care__warranty_reminder_days=7)
    care.at(tehran(2026, 11, 23, 12)).round()
    assert "warranty_ending" not in care.outbox_events(job_id)
    care.at(tehran(2026, 11, 24, 12)).round()
    care.at(tehran(2026, 11, 24, 18)).round()
    assert care.outbox_events(job_id).count("warranty_ending") == 1


def test_health_says_why_in_words(care: CareShop) -> None:
    job_id = care.intake(promised_date=dt.date(2026, 12, 9))
    customer = care.services.jobs.get(job_id).customer_id
    assert care.services.care.health(customer).level == HealthLevel.GOOD
    care.at(tehran(2026, 12, 10, 12))  # past the promised date, still not ready
    health = care.services.care.health(customer)
    assert health.level == HealthLevel.WATCH
    assert [(r.kind, r.count) for r in health.reasons] == [(HealthReason.LATE_JOBS, 1)]
    assert care.services.care.at_risk() == []
    care.services.care.complaint(care.reception, customer_id=customer, text_="no answer")
    care.reply(job_id, "چرا جواب نمی‌دید؟")
    care.round()
    health = care.services.care.health(customer)
    assert health.level == HealthLevel.AT_RISK
    assert {r.kind for r in health.reasons} == {HealthReason.LATE_JOBS,
                                                HealthReason.OPEN_COMPLAINT,
                                                HealthReason.UNREAD_REPLY}
    [risky] = care.services.care.at_risk()
    assert risky.customer_id == customer


def test_health_counts_comebacks_and_a_low_score(care: CareShop) -> None:
    job_id = care.intake()
    customer = care.services.jobs.get(job_id).customer_id
    care.at(tehran(2026, 12, 1, 12)).deliver(job_id)
    care.at(tehran(2026, 12, 2, 10)).round()
    care.at(tehran(2026, 12, 2, 10, 1)).round()
    care.reply(job_id, "4")
    care.at(tehran(2026, 12, 2, 11)).round()
    task = care.services.care.tasks(job_id=job_id)[0]
    care.services.care.done(care.manager, task.id, task.version, "not_reachable")
    care.services.jobs.open_warranty_return(care.reception, job_id, "again")
    kinds = {r.kind for r in care.services.care.health(customer).reasons}
    assert kinds == {HealthReason.LOW_SCORE, HealthReason.COMEBACKS}


def test_results_per_technician_count_asked_and_answered(care: CareShop) -> None:
    jobs = [care.intake() for _ in range(4)]
    for job_id in jobs:
        care.at(tehran(2026, 12, 8, 11)).deliver(job_id)
    care.at(tehran(2026, 12, 9, 10)).round()
    care.at(tehran(2026, 12, 9, 10, 1)).round()
    for job_id, score in zip(jobs, ("10", "9", "3"), strict=False):
        care.reply(job_id, score)
    care.at(tehran(2026, 12, 9, 12)).round()
    results = care.services.care.results(dt.date(2026, 12, 9), dt.date(2026, 12, 9))
    assert (results.overall.sent, results.overall.answered) == (4, 3)
    assert round(results.overall.score or 0) == 33  # 2 promoters, 1 detractor of 3
    [tech] = results.technicians
    assert tech.technician_id == care.tech.user_id and tech.summary.answered == 3
    assert care.services.care.results(dt.date(2026, 12, 10),
                                      dt.date(2026, 12, 11)).overall.sent == 0
    with pytest.raises(ValidationError):
        care.services.care.results(dt.date(2026, 12, 9), dt.date(2026, 12, 1))


def test_a_missing_task_is_refused_in_words(care: CareShop) -> None:
    with pytest.raises(NotFound) as err:
        care.services.care.done(care.manager, 12345, 1, "resolved")
    assert err.value.code == "no_task"
    with care.services.db.read() as s:
        assert s.scalar(select(CareTask.id)) is None


def test_every_job_at_risk_is_flagged_however_many_rounds_it_takes(care: CareShop) -> None:
    jobs = [care.intake(promised_date=dt.date(2026, 12, 9)) for _ in range(5)]
    care.at(tehran(2026, 12, 9, 12))
    flagged = []
    for _ in range(4):
        with care.services.db.write() as s:
            flagged.append(flag_at_risk(s, care.clock.now, limit=2))
    assert flagged == [2, 2, 1, 0]  # the flagged ones never crowd out the others
    assert all(len(care.services.care.tasks(job_id=j)) == 1 for j in jobs)
    done = care.services.care.tasks(job_id=jobs[0])[0]
    care.services.care.done(care.tech, done.id, done.version, "done", "customer called")
    with care.services.db.write() as s:
        assert flag_at_risk(s, care.clock.now) == 0  # closed, but about the same date


def test_the_warranty_reminders_run_on_the_first_round_of_each_shop_day(
        care: CareShop) -> None:
    first = care.intake(warranty_days=30)
    care.at(tehran(2026, 11, 1, 12)).deliver(first)  # its reminder day: 24 November
    second = care.intake(warranty_days=31)
    care.at(tehran(2026, 11, 1, 13)).deliver(second)  # 25 November
    rounds = CareRound()
    assert rounds(care.services.db, tehran(2026, 11, 24, 8)).warranty_reminders == 0  # off
    care.configure(care__warranty_reminder="yes", care__warranty_reminder_days=7)
    # switched on later the same day: the reminders are not looked for again until tomorrow
    assert rounds(care.services.db, tehran(2026, 11, 24, 23, 50)).warranty_reminders == 0
    assert rounds(care.services.db, tehran(2026, 11, 25, 0, 10)).warranty_reminders == 1
    assert rounds.reminded == dt.date(2026, 11, 25)
    assert care.outbox_events(second).count("warranty_ending") == 1
    assert "warranty_ending" not in care.outbox_events(first)  # its day had passed


def test_the_at_risk_list_finds_two_small_reasons_together(care: CareShop) -> None:
    job_id = care.intake(promised_date=dt.date(2026, 12, 9))
    customer = care.services.jobs.get(job_id).customer_id
    happy = care.intake()
    care.at(tehran(2026, 12, 1, 12)).deliver(happy)
    care.at(tehran(2026, 12, 2, 10)).round()
    care.reply(happy, "10")
    care.at(tehran(2026, 12, 2, 11)).round()  # a promoter: looked at, not at risk
    care.reply(job_id, "پس کی؟")
    care.at(tehran(2026, 12, 10, 12)).round()  # late, and a reply nobody has read
    assert [r.customer_id for r in care.services.care.at_risk()] == [customer]
