"""Who is asked, when, and why not: every survey that is not sent is recorded with its
reason; the delay and quiet hours hold; the scale is the shop's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.auth.roles import SYSTEM
from app.care.states import SurveySkip, SurveyState
from app.care.surveys import PER_ROUND, send_due_surveys
from app.errors import ValidationError
from app.jobs.workflow import Status
from db.models import OutboxMessage, Survey
from tests.db.care.conftest import CareShop
from tests.moments import tehran


def survey_of(care: CareShop, job_id: int) -> Survey | None:
    with care.services.db.read() as s:
        return s.scalar(select(Survey).where(Survey.job_id == job_id, Survey.round == 1))


def test_restraint_one_survey_per_customer_within_the_days_set(care: CareShop) -> None:
    first = care.intake(5001)
    care.at(tehran(2026, 12, 1, 12)).deliver(first)
    care.at(tehran(2026, 12, 2, 10, 5)).round()
    assert survey_of(care, first).state == SurveyState.ASKED
    customer = care.services.jobs.get(first).customer_id
    again = care.intake(customer_id=customer,
                        device_id=care.services.jobs.get(first).device_id, new_customer=None,
                        new_device=None)
    care.at(tehran(2026, 12, 8, 12)).deliver(again)
    care.at(tehran(2026, 12, 9, 10, 5)).round()
    skipped = survey_of(care, again)
    assert (skipped.state, skipped.skip_reason) == (SurveyState.SKIPPED,
                                                    SurveySkip.RECENT_SURVEY)
    line = [e for e in care.services.jobs.get(again).events if e.kind == "survey"][-1]
    assert line.data["reason"] == "recent_survey"
    care.configure(survey__every_days=0)  # the shop lifts the restraint: asked next time
    third = care.intake(customer_id=customer,
                        device_id=care.services.jobs.get(first).device_id, new_customer=None,
                        new_device=None)
    care.at(tehran(2026, 12, 9, 12)).deliver(third)
    care.at(tehran(2026, 12, 10, 10, 5)).round()
    assert survey_of(care, third).state == SurveyState.ASKED


def test_cancelled_warranty_returns_and_opted_out_customers_are_skipped_with_reasons(
        care: CareShop) -> None:
    cancelled = care.intake()
    care.at(tehran(2026, 12, 8, 11)).move(cancelled, Status.CANCELLED, care.reception,
                                           reason="customer took it back")
    original = care.intake()
    care.at(tehran(2026, 11, 1, 11)).deliver(original)
    warranty = care.services.jobs.open_warranty_return(care.reception, original,
                                                       "same fault again").id
    care.at(tehran(2026, 12, 8, 11)).deliver(warranty)
    quiet = care.intake()
    customer = care.services.jobs.get(quiet).customer_id
    care.services.customers.set_sms_opt_out(care.reception, customer, True)
    care.deliver(quiet)
    care.at(tehran(2026, 12, 9, 10, 5)).round()
    assert survey_of(care, cancelled).skip_reason == SurveySkip.CANCELLED
    assert survey_of(care, warranty).skip_reason == SurveySkip.WARRANTY_RETURN
    assert survey_of(care, quiet).skip_reason == SurveySkip.OPTED_OUT
    for job_id in (cancelled, warranty, quiet):
        assert not {"survey_nps", "survey_csat"} & set(care.outbox_events(job_id))


def test_the_shop_may_survey_cancelled_jobs_and_warranty_returns(care: CareShop) -> None:
    care.configure(survey__cancelled="yes", survey__warranty_returns="yes")
    cancelled = care.intake()
    care.at(tehran(2026, 12, 8, 11)).move(cancelled, Status.CANCELLED, care.reception,
                                           reason="too dear")
    care.at(tehran(2026, 12, 9, 10, 5)).round()
    assert survey_of(care, cancelled).state == SurveyState.ASKED


def test_switched_off_surveys_are_recorded_as_such(care: CareShop) -> None:
    care.configure(survey__enabled="no")
    job_id = care.intake()
    care.at(tehran(2026, 12, 8, 11)).deliver(job_id)
    care.at(tehran(2026, 12, 9, 10, 5)).round()
    assert survey_of(care, job_id).skip_reason == SurveySkip.SWITCHED_OFF


def test_delay_zero_still_waits_out_the_quiet_hours_and_the_grace(care: CareShop) -> None:
    care.configure(survey__delay_hours=0, sms__quiet_start="21:00", sms__quiet_end="09:00",
                   sms__grace_seconds=60)
    job_id = care.intake()
    care.at(tehran(2026, 12, 8, 22, 30)).deliver(job_id)  # after hours, at the desk
    care.at(tehran(2026, 12, 8, 22, 30)).round()
    assert survey_of(care, job_id) is None  # the delivery can still be undone
    care.at(tehran(2026, 12, 8, 22, 32)).round()
    survey = survey_of(care, job_id)
    assert survey.state == SurveyState.ASKED
    with care.services.db.read() as s:
        message = s.get(OutboxMessage, survey.message_id)
    assert message.due_at.astimezone(dt.UTC) == tehran(2026, 12, 9, 9)  # never at night
    care.at(tehran(2026, 12, 8, 23, 50)).round()
    assert not [t for t in care.texts_to(job_id) if "۰ تا ۱۰" in t]
    care.at(tehran(2026, 12, 9, 9, 1)).round()
    assert [t for t in care.texts_to(job_id) if "۰ تا ۱۰" in t]


def test_a_delay_in_hours_and_the_csat_question_in_english(care: CareShop) -> None:
    care.configure(survey__delay_hours=3, survey__scale="csat")
    job_id = care.intake()
    customer = care.services.jobs.get(job_id).customer_id
    card = care.services.customers.card(customer)
    care.services.customers.update(care.reception, customer, card.version, language="en")
    care.at(tehran(2026, 12, 8, 11)).deliver(job_id)
    care.at(tehran(2026, 12, 8, 13, 59)).round()
    assert survey_of(care, job_id) is None
    care.at(tehran(2026, 12, 8, 14)).round()
    care.at(tehran(2026, 12, 8, 14, 1)).round()
    [asked] = [t for t in care.texts_to(job_id) if "from 1 to 5" in t]
    assert care.services.jobs.get(job_id).number in asked
    care.reply(job_id, "2")
    care.at(tehran(2026, 12, 8, 15)).round()
    assert survey_of(care, job_id).score == 2
    assert care.services.care.tasks(job_id=job_id)[0].kind == "recovery"


def test_a_week_late_survey_is_not_sent(care: CareShop) -> None:
    job_id = care.intake()
    care.at(tehran(2026, 11, 20, 11)).deliver(job_id)
    care.at(tehran(2026, 12, 8, 11)).round()  # the sending PC was off for weeks
    assert survey_of(care, job_id) is None


def test_settings_refuse_bad_values_and_change_nothing(care: CareShop) -> None:
    for key, value in (("survey.delay_hours", "-1"), ("survey.scale", "stars"),
                       ("care.closed_days", "funday"), ("survey.review_link", "g.page/x"),
                       ("survey.morning_at", "25:00")):
        with pytest.raises(ValidationError):
            care.services.settings.set(SYSTEM, key, value)
    assert care.services.settings.get("survey.delay_hours") is None
    assert care.services.settings.get("care.closed_days") == ["friday"]
    assert care.services.settings.set(SYSTEM, "survey.delay_hours", "۲") == 2
    assert care.services.settings.set(SYSTEM, "survey.delay_hours", "") is None


def test_a_round_asks_a_batch_and_send_due_asks_them_all(care: CareShop) -> None:
    care.configure(survey__every_days=0)
    jobs = [care.intake() for _ in range(PER_ROUND + 3)]
    care.at(tehran(2026, 12, 8, 11))
    for job_id in jobs:
        care.deliver(job_id)
    care.at(tehran(2026, 12, 9, 10))
    with care.services.db.write() as s:
        assert send_due_surveys(s, care.clock.now).asked == PER_ROUND  # one round's batch
        s.rollback()
    report = care.services.care.send_due_surveys()  # `tamirgah survey send-due`
    assert report.surveys_asked == PER_ROUND + 3
    assert all(survey_of(care, job_id).state == SurveyState.ASKED for job_id in jobs)
