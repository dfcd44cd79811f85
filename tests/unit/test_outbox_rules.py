"""The outbox's rules on a fake clock: when a message is due, who is told, what an undo takes
back, how many parts a text is. No database: each case takes a millisecond or so."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.notify.outbox_rules import (
    Audience,
    Cap,
    LastMove,
    QuietHours,
    SkipReason,
    clock_time,
    counts_as_told,
    first_due,
    first_status,
    is_transactional,
    may_retry,
    parts_of,
    retry_delay,
    retry_due,
    skip_reason,
    undoes,
)
from app.notify.states import MessageStatus
from app.notify.templates import NON_TRANSACTIONAL

TEHRAN = ZoneInfo("Asia/Tehran")
NIGHT = QuietHours(dt.time(21), dt.time(9), TEHRAN)  # across midnight
SIESTA = QuietHours(dt.time(13), dt.time(16), TEHRAN)  # within a day
NEVER = QuietHours(dt.time(0), dt.time(0), TEHRAN)
CAP = Cap(count=2, days=30)


class FakeClock:
    """A clock a test moves by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


def tehran(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=TEHRAN)


# --- when a message is due ---------------------------------------------------------------

@pytest.mark.parametrize("moment, quiet", [
    (tehran(22, 21), True), (tehran(22, 23, 59), True), (tehran(23, 0), True),
    (tehran(23, 8, 59), True), (tehran(23, 9), False), (tehran(23, 12), False),
    (tehran(22, 20, 59), False)])
def test_night_quiet_hours_across_midnight(moment: dt.datetime, quiet: bool) -> None:
    assert NIGHT.contains(moment) is quiet


@pytest.mark.parametrize("moment, quiet", [
    (tehran(22, 12, 59), False), (tehran(22, 13), True), (tehran(22, 15, 59), True),
    (tehran(22, 16), False)])
def test_quiet_hours_within_one_day(moment: dt.datetime, quiet: bool) -> None:
    assert SIESTA.contains(moment) is quiet


def test_equal_start_and_end_mean_no_quiet_hours() -> None:
    assert not any(NEVER.contains(tehran(22, h)) for h in range(24))


def test_a_quiet_moment_waits_for_the_morning_in_utc() -> None:
    morning = NIGHT.next_allowed(tehran(22, 22, 30))
    assert morning == tehran(23, 9) and morning.tzinfo == dt.UTC
    assert NIGHT.next_allowed(tehran(23, 6)) == tehran(23, 9)
    assert SIESTA.next_allowed(tehran(22, 14)) == tehran(22, 16)
    assert NIGHT.next_allowed(tehran(22, 12)) == tehran(22, 12)


def test_a_new_message_waits_the_grace_period() -> None:
    clock = FakeClock(tehran(22, 12))
    assert first_due(clock(), dt.timedelta(seconds=60), NIGHT) == tehran(22, 12, 1)
    assert first_due(clock(), dt.timedelta(0), NIGHT) == clock()


def test_a_grace_period_that_ends_in_the_quiet_hours_waits_for_the_morning() -> None:
    clock = FakeClock(tehran(22, 20, 59))
    assert first_due(clock(), dt.timedelta(minutes=2), NIGHT) == tehran(23, 9)


def test_retries_back_off_doubling_up_to_an_hour() -> None:
    first = dt.timedelta(seconds=30)
    assert [retry_delay(n, first).total_seconds() for n in (0, 1, 2, 3, 4)] == \
        [30, 30, 60, 120, 240]
    assert retry_delay(10_000, first) == dt.timedelta(hours=1)


def test_a_retry_is_due_after_its_backoff_and_never_in_the_quiet_hours() -> None:
    clock = FakeClock(tehran(22, 12))
    first = dt.timedelta(seconds=30)
    assert retry_due(clock(), 3, first, NIGHT) == tehran(22, 12, 2)
    clock.now = tehran(22, 20, 59)
    assert retry_due(clock(), 3, first, NIGHT) == tehran(23, 9)


@pytest.mark.parametrize("attempts, tried_again", [(1, True), (4, True), (5, False), (9, False)])
def test_a_passing_failure_is_tried_until_the_tries_run_out(attempts: int,
                                                            tried_again: bool) -> None:
    assert may_retry(attempts, max_attempts=5) is tried_again


def test_settings_times_of_day() -> None:
    assert clock_time("21:30") == dt.time(21, 30)
    assert clock_time("07:05") == dt.time(7, 5)


# --- who is told ---------------------------------------------------------------------------

def test_a_customer_is_told_when_nothing_holds_it_back() -> None:
    assert skip_reason(Audience(False, False), CAP, non_transactional=False) is None


def test_a_switched_off_event_comes_first() -> None:
    everything = Audience(True, True, told=3, sent_lately=9)
    assert skip_reason(everything, CAP, non_transactional=True) == SkipReason.EVENT_OFF


def test_an_opted_out_customer_is_not_told() -> None:
    assert skip_reason(Audience(False, True), CAP, non_transactional=False) == \
        SkipReason.OPTED_OUT


def test_told_already_is_not_told_again_unless_the_event_repeats() -> None:
    told = Audience(False, False, told=1)
    assert skip_reason(told, CAP, non_transactional=False) == SkipReason.ALREADY_TOLD
    assert skip_reason(told, CAP, non_transactional=True, repeats=True) is None


@pytest.mark.parametrize("sent, reason", [(0, None), (1, None), (2, SkipReason.CAP_REACHED),
                                          (5, SkipReason.CAP_REACHED)])
def test_the_cap_counts_only_messages_that_are_not_news_about_the_job(
        sent: int, reason: SkipReason | None) -> None:
    audience = Audience(False, False, sent_lately=sent)
    assert skip_reason(audience, CAP, non_transactional=True, repeats=True) == reason
    assert skip_reason(audience, CAP, non_transactional=False) is None


def test_the_cap_looks_back_its_days() -> None:
    clock = FakeClock(tehran(30, 12))
    assert CAP.since(clock()) == tehran(30, 12) - dt.timedelta(days=30)


@pytest.mark.parametrize("status, told", [
    (MessageStatus.QUEUED, True), (MessageStatus.SENDING, True), (MessageStatus.SENT, True),
    (MessageStatus.DELIVERED, True), (MessageStatus.REVIEW, True),
    (MessageStatus.FAILED, False), (MessageStatus.CANCELLED, False), ("sent", True)])
def test_what_counts_as_told(status: str, told: bool) -> None:
    assert counts_as_told(status) is told


def test_a_pickup_reminder_is_not_news_about_the_job() -> None:
    assert not is_transactional("pickup_reminder", NON_TRANSACTIONAL)
    assert is_transactional("ready_for_pickup", NON_TRANSACTIONAL)


@pytest.mark.parametrize("problem, held_back, status", [
    ("", None, MessageStatus.QUEUED), ("bad template", None, MessageStatus.FAILED),
    ("", SkipReason.CAP_REACHED, MessageStatus.CANCELLED),
    ("bad template", SkipReason.OPTED_OUT, MessageStatus.CANCELLED)])
def test_a_new_message_waits_fails_or_is_kept_cancelled(problem: str, held_back: str | None,
                                                        status: MessageStatus) -> None:
    assert first_status(problem, held_back) == status


# --- undo within the grace period -------------------------------------------------------------

GRACE = dt.timedelta(seconds=60)


def test_moving_straight_back_within_grace_undoes_the_last_move() -> None:
    clock = FakeClock(tehran(22, 12))
    last = LastMove(before="in_repair", after="ready", at=clock())
    assert undoes(last, "ready", "in_repair", clock.advance(seconds=59), GRACE)
    assert undoes(last, "ready", "in_repair", clock.advance(seconds=1), GRACE)


def test_after_the_grace_period_a_move_back_is_a_move_of_its_own() -> None:
    clock = FakeClock(tehran(22, 12))
    last = LastMove(before="in_repair", after="ready", at=clock())
    assert not undoes(last, "ready", "in_repair", clock.advance(seconds=61), GRACE)


@pytest.mark.parametrize("source, target", [("ready", "delivered"), ("in_repair", "ready"),
                                            ("ready", "approved")])
def test_only_the_exact_reverse_is_an_undo(source: str, target: str) -> None:
    clock = FakeClock(tehran(22, 12))
    last = LastMove(before="in_repair", after="ready", at=clock())
    assert not undoes(last, source, target, clock(), GRACE)


def test_a_job_without_a_move_has_nothing_to_undo() -> None:
    assert not undoes(None, "received", "diagnosing", tehran(22, 12), GRACE)


# --- parts ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body, parts", [("", 0), ("a" * 160, 1), ("a" * 161, 2),
                                         ("س" * 70, 1), ("س" * 71, 2)])
def test_parts_of_a_text(body: str, parts: int) -> None:
    assert parts_of(body) == parts
