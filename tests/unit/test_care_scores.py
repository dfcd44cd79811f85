"""Survey replies read as scores, in Persian and Latin digits and words; 11 and 12 are
commands; NPS and CSAT summed up as the outside world does (../shared/CRM.md)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.care.scores import Command, Mood, Reading, Scale, mood, read_reply, summarise


@pytest.mark.parametrize(("text", "score"), [
    ("۹", 9), ("9", 9), (" 10! ", 10), ("ده", 10), ("عالی", 10), ("عالی!", 10),
    ("۰", 0), ("خیلی بد", 0), ("Excellent", 10), ("\u200f۷\u200f", 7), ("«۸»", 8),
])
def test_nps_replies_are_read_in_persian_and_latin(text: str, score: int) -> None:
    assert read_reply(text, Scale.NPS) == Reading(score=score)


@pytest.mark.parametrize("text", ["11", "۱۱", "لغو", "STOP", " ۱۱ "])
def test_eleven_and_cancel_stop_marketing_and_are_never_a_score(text: str) -> None:
    assert read_reply(text, Scale.NPS) == Reading(command=Command.STOP)
    assert read_reply(text, Scale.CSAT) == Reading(command=Command.STOP)


def test_twelve_starts_marketing_again() -> None:
    assert read_reply("۱۲", Scale.NPS) == Reading(command=Command.START)


@pytest.mark.parametrize("text", ["گوشی هنوز مشکل دارد", "9 10", "13", "-1", "", "۶ از ۱۰ بود"])
def test_a_reply_that_is_not_a_score_is_neither(text: str) -> None:
    assert read_reply(text, Scale.NPS) == Reading()


def test_csat_reads_its_own_range() -> None:
    assert read_reply("۵", Scale.CSAT) == Reading(score=5)
    assert read_reply("عالی", Scale.CSAT) == Reading(score=5)
    assert read_reply("0", Scale.CSAT) == Reading()  # off the 1–5 scale
    assert read_reply("9", Scale.CSAT) == Reading()


@pytest.mark.parametrize(("score", "feeling"), [
    (0, Mood.UNHAPPY), (6, Mood.UNHAPPY), (7, Mood.NEUTRAL), (8, Mood.NEUTRAL),
    (9, Mood.HAPPY), (10, Mood.HAPPY)])
def test_nps_promoters_passives_detractors(score: int, feeling: Mood) -> None:
    assert mood(score, Scale.NPS) == feeling


@pytest.mark.parametrize(("score", "feeling"), [
    (1, Mood.UNHAPPY), (2, Mood.UNHAPPY), (3, Mood.NEUTRAL), (4, Mood.HAPPY), (5, Mood.HAPPY)])
def test_csat_satisfied_and_unhappy(score: int, feeling: Mood) -> None:
    assert mood(score, Scale.CSAT) == feeling


def test_nps_is_promoters_less_detractors_with_its_rate() -> None:
    summary = summarise([10, 9, 9, 8, 7, 6, 3, 0, 10, 9], Scale.NPS, sent=40)
    assert (summary.answered, summary.happy, summary.unhappy) == (10, 5, 3)
    assert summary.score == pytest.approx(20.0)  # 50% promoters − 30% detractors
    assert summary.response_rate == pytest.approx(0.25)


def test_no_answers_have_no_score() -> None:
    summary = summarise([], Scale.NPS, sent=12)
    assert summary.score is None and summary.response_rate == 0


@given(st.lists(st.integers(0, 10), max_size=200), st.integers(0, 400))
def test_nps_stays_within_its_bounds(scores: list[int], sent: int) -> None:
    summary = summarise(scores, Scale.NPS, sent=sent)
    assert summary.answered == len(scores) <= summary.sent
    if scores:
        assert summary.score is not None and -100 <= summary.score <= 100
        assert summary.response_rate is not None and 0 < summary.response_rate <= 1


@given(st.integers(0, 10))
def test_every_score_written_in_persian_digits_reads_back(score: int) -> None:
    persian = str(score).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert read_reply(persian, Scale.NPS) == Reading(score=score)
