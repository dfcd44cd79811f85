"""Replies care takes first: 11 / «لغو» and 12 (recorded, as Iranian operators require), a
status request (capped per day), a survey's answer (the first kept, the second shown), and
the estimate's "1" when the estimate was asked after the survey."""

from __future__ import annotations

from sqlalchemy import select

from app.care.states import SurveySkip, SurveyState
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from db.models import Consent, InboundMessage, Survey
from tests.db.care.conftest import CareShop
from tests.moments import tehran


def asked(care: CareShop) -> int:
    """A job delivered yesterday whose survey went this morning."""
    job_id = care.intake()
    care.at(tehran(2026, 12, 8, 11)).deliver(job_id)
    care.at(tehran(2026, 12, 9, 10)).round()
    care.at(tehran(2026, 12, 9, 10, 1)).round()
    return job_id


def replies(care: CareShop, job_id: int) -> list[InboundMessage]:
    with care.services.db.read() as s:
        return list(s.scalars(select(InboundMessage).where(InboundMessage.job_id == job_id)
                              .order_by(InboundMessage.id)))


def consents(care: CareShop, customer_id: int) -> list[tuple[bool, str]]:
    with care.services.db.read() as s:
        return [(c.given, c.how) for c in s.scalars(
            select(Consent).where(Consent.customer_id == customer_id).order_by(Consent.id))]


def test_11_to_a_survey_stops_marketing_and_is_no_score_and_12_starts_it(
        care: CareShop) -> None:
    job_id = asked(care)
    customer = care.services.jobs.get(job_id).customer_id
    care.reply(job_id, "۱۱")
    report = care.at(tehran(2026, 12, 9, 11)).round()
    assert report.replies.commands == 1 and report.replies.scored == 0
    with care.services.db.read() as s:
        survey = s.scalar(select(Survey).where(Survey.job_id == job_id))
    assert survey.state == SurveyState.ASKED and survey.score is None
    assert consents(care, customer) == [(False, "sms_keyword")]
    assert care.services.care.marketing_stopped(customer)
    assert replies(care, job_id)[-1].outcome == "stop"
    # the next survey is not sent, with its reason
    again = care.intake(customer_id=customer, device_id=care.services.jobs.get(job_id).device_id,
                        new_customer=None, new_device=None)
    care.configure(survey__every_days=0)
    care.at(tehran(2026, 12, 9, 12)).deliver(again)
    care.at(tehran(2026, 12, 10, 10, 5)).round()
    with care.services.db.read() as s:
        skipped = s.scalar(select(Survey).where(Survey.job_id == again))
    assert skipped.skip_reason == SurveySkip.STOPPED
    care.reply(job_id, "لغو")
    care.reply(job_id, "12")
    care.at(tehran(2026, 12, 10, 11)).round()
    assert consents(care, customer) == [(False, "sms_keyword"), (False, "sms_keyword"),
                                        (True, "sms_keyword")]
    assert not care.services.care.marketing_stopped(customer)


def test_two_answers_keep_the_first_score_and_show_the_second(care: CareShop) -> None:
    job_id = asked(care)
    care.reply(job_id, "9")
    care.at(tehran(2026, 12, 9, 11)).round()
    care.reply(job_id, "2")
    report = care.at(tehran(2026, 12, 9, 12)).round()
    assert report.replies.unread == 1
    with care.services.db.read() as s:
        survey = s.scalar(select(Survey).where(Survey.job_id == job_id))
    assert survey.score == 9
    first, second = replies(care, job_id)
    assert (first.outcome, second.outcome) == ("score", "unread")
    line = [e for e in care.services.jobs.get(job_id).events if e.kind == "customer_reply"][-1]
    assert "second answer" in line.data["not_applied"]
    assert care.services.care.tasks(job_id=job_id) == []  # no recovery from the second


def test_a_score_from_a_number_that_is_not_the_customers_goes_to_the_inbox(
        care: CareShop) -> None:
    job_id = asked(care)
    care.reply("+989351112233", "3")
    report = care.at(tehran(2026, 12, 9, 11)).round()
    assert report.replies.unmatched == 1 and report.replies.scored == 0
    with care.services.db.read() as s:
        assert s.scalar(select(Survey.score).where(Survey.job_id == job_id)) is None
    assert [r.outcome for r in care.services.messages.replies()] == ["unmatched"]


def test_words_and_persian_digits_are_scores_and_a_sentence_waits_unread(
        care: CareShop) -> None:
    job_id = asked(care)
    care.reply(job_id, "کی باید بیام؟")
    care.at(tehran(2026, 12, 9, 11)).round()
    assert care.services.messages.unread_count(job_id) == 1
    care.reply(job_id, "عالی")
    care.at(tehran(2026, 12, 9, 12)).round()
    with care.services.db.read() as s:
        assert s.scalar(select(Survey.score).where(Survey.job_id == job_id)) == 10
    assert "survey_thanks" in care.outbox_events(job_id)


def test_an_estimate_asked_after_the_survey_takes_the_1(care: CareShop) -> None:
    job_id = asked(care)
    customer = care.services.jobs.get(job_id).customer_id
    other = care.intake(customer_id=customer,
                        device_id=care.services.jobs.get(job_id).device_id,
                        new_customer=None, new_device=None)
    care.at(tehran(2026, 12, 9, 11))
    care.move(other, Status.DIAGNOSING)
    version = care.services.jobs.get(other).version
    care.services.jobs.set_estimate(care.tech, other, version, [LineInput("part", "x", 1, 10)])
    care.move(other, Status.AWAITING_APPROVAL)
    care.reply(job_id, "1")
    care.at(tehran(2026, 12, 9, 11, 30)).round()
    assert care.services.jobs.get(other).status == Status.APPROVED
    with care.services.db.read() as s:
        assert s.scalar(select(Survey.score).where(Survey.job_id == job_id)) is None


def test_status_by_sms_answers_a_few_times_a_day_then_leaves_it_to_a_person(
        care: CareShop) -> None:
    care.configure(care__status_replies_per_day=2)
    job_id = care.intake()
    care.at(tehran(2026, 12, 8, 11)).move(job_id, Status.DIAGNOSING)
    number = care.services.jobs.get(job_id).number
    care.reply(job_id, "وضعیت")
    care.reply(job_id, number.replace("1", "۱"))  # their job number, in Persian digits
    care.reply(job_id, "status")
    report = care.at(tehran(2026, 12, 8, 12)).round()
    assert (report.replies.status, report.replies.unread) == (2, 1)
    care.at(tehran(2026, 12, 8, 12, 1)).round()
    answers = [t for t in care.texts_to(job_id) if "وضعیت دستگاه‌های شما" in t]
    assert len(answers) == 2 and "عیب‌یابی" in answers[0] and number in answers[0]
    care.reply(job_id, "وضعیت")
    report = care.at(tehran(2026, 12, 9, 10)).round()  # a new shop day
    assert report.replies.status == 1


def test_another_customers_job_number_reveals_nothing(care: CareShop) -> None:
    mine, theirs = care.intake(), care.intake()
    care.reply(mine, care.services.jobs.get(theirs).number)
    report = care.at(tehran(2026, 12, 8, 12)).round()
    assert report.replies.status == 0 and report.replies.unread == 1
    assert "status_reply" not in care.outbox_events(mine)
