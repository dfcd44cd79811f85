"""Care's pure rules: working hours, when a survey is due, what a reply asks, health levels."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from app.care.health import Reason, level_of
from app.care.scores import Scale
from app.care.self_service import asks_status, job_number_in
from app.care.states import HealthLevel, HealthReason
from app.care.survey_rules import SurveyTiming, calls_for_recovery, calls_for_thanks
from app.care.working_hours import working_hours

TEHRAN = ZoneInfo("Asia/Tehran")
SHOP = working_hours(dt.time(9), dt.time(21), ["friday"], TEHRAN)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=TEHRAN).astimezone(dt.UTC)


def test_working_hours_skip_nights_and_closed_days() -> None:
    assert SHOP.add(at(9, 10, 30), 24) == at(12, 10, 30)  # Wed → Sat, Friday closed
    assert SHOP.add(at(9, 22), 1) == at(10, 10)  # after closing: from the next opening
    assert SHOP.add(at(11, 12), 1) == at(12, 10)  # on a Friday: from Saturday
    assert SHOP.add(at(9, 7), 0) == at(9, 9)
    assert SHOP.add(at(9, 20), 1) == at(9, 21)


def test_a_week_with_no_working_hours_counts_every_hour() -> None:
    always = working_hours(dt.time(9), dt.time(9), ["friday"], TEHRAN)
    assert always.add(at(9, 10), 30) == at(9, 10) + dt.timedelta(hours=30)
    closed = working_hours(dt.time(9), dt.time(21), ["monday", "tuesday", "wednesday",
                                                     "thursday", "friday", "saturday",
                                                     "sunday"], TEHRAN)
    assert closed.add(at(9, 10), 2) == at(9, 12)


@given(st.integers(0, 60 * 24 * 14), st.integers(0, 200), st.integers(0, 200))
def test_working_hours_only_move_forward_and_land_in_open_time(
        minutes: int, first: int, more: int) -> None:
    start = at(1, 0) + dt.timedelta(minutes=minutes)
    one = SHOP.add(start, first)
    two = SHOP.add(start, first + more)
    assert start <= one <= two
    local = two.astimezone(TEHRAN)
    assert local.weekday() != 4 and dt.time(9) <= local.time() <= dt.time(21)


def test_the_survey_is_due_the_next_morning_or_after_the_delay() -> None:
    morning = SurveyTiming(None, dt.time(10), TEHRAN)
    assert morning.due(at(8, 23, 59)) == at(9, 10)
    assert morning.due(at(8, 0, 1)) == at(9, 10)
    later = SurveyTiming(3, dt.time(10), TEHRAN)
    assert later.due(at(8, 11)) == at(8, 14)


@given(st.integers(0, 60 * 24 * 20), st.integers(0, 60 * 24 * 20), st.sampled_from([None, 0, 5]))
def test_the_round_range_selects_exactly_the_due_deliveries(
        delivered: int, now: int, delay: int | None) -> None:
    timing = SurveyTiming(delay, dt.time(10), TEHRAN)
    moment = at(1, 0) + dt.timedelta(minutes=delivered)
    clock = at(1, 0) + dt.timedelta(minutes=now)
    assert (timing.due(moment) <= clock) == (moment < timing.delivered_before(clock))


def test_recovery_and_thanks_follow_the_scale() -> None:
    assert [n for n in range(11) if calls_for_recovery(n, Scale.NPS)] == list(range(7))
    assert [n for n in range(11) if calls_for_thanks(n, Scale.NPS)] == [9, 10]
    assert [n for n in range(1, 6) if calls_for_recovery(n, Scale.CSAT)] == [1, 2]
    assert [n for n in range(1, 6) if calls_for_thanks(n, Scale.CSAT)] == [5]


def test_what_a_reply_asks() -> None:
    assert asks_status("وضعیت") and asks_status(" Status! ") and asks_status("وضعيت")
    assert not asks_status("وضعیت گوشی من چطوره و کی آماده میشه")
    assert job_number_in("۱۴۰۵-۰۰۱۲۳") == "1405-00123"
    assert job_number_in("1405-00123.") == "1405-00123"
    assert job_number_in("کار 1405-00123") is None


def test_health_levels() -> None:
    late = Reason(HealthReason.LATE_JOBS, 1)
    assert level_of(()) == HealthLevel.GOOD
    assert level_of((late,)) == HealthLevel.WATCH
    assert level_of((Reason(HealthReason.UNREAD_REPLY, 3),)) == HealthLevel.WATCH
    assert level_of((Reason(HealthReason.LATE_JOBS, 2),)) == HealthLevel.AT_RISK
    assert level_of((Reason(HealthReason.LOW_SCORE, 1),)) == HealthLevel.AT_RISK
    assert level_of((Reason(HealthReason.OPEN_COMPLAINT, 1),)) == HealthLevel.AT_RISK
    assert level_of((late, Reason(HealthReason.COMEBACKS, 1))) == HealthLevel.AT_RISK
