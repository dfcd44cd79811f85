"""The outbox's rules as pure functions of the settings and facts they are given: when a
message is due (grace, quiet hours, retry backoff), whether a customer is told at all (switched
off, opted out, told already, the cap), whether a move undoes the last one, how many parts a
text takes. No database here: app/notify/enqueue.py and sending.py read the facts and apply
these, and tests/unit/test_outbox_rules.py tests them in milliseconds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from app.notify.sms_parts import count_parts
from app.notify.states import TOLD, MessageStatus

MAX_RETRY_DELAY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class QuietHours:
    """Hours of the shop's day in which no message goes out; start == end means none."""

    start: dt.time
    end: dt.time
    tz: ZoneInfo

    def contains(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.tz).time()
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def next_allowed(self, moment: dt.datetime) -> dt.datetime:
        """`moment` itself, or the end of the quiet hours it falls in (in UTC)."""
        if not self.contains(moment):
            return moment
        local = moment.astimezone(self.tz)
        end = dt.datetime.combine(local.date(), self.end, tzinfo=self.tz)
        if end <= local:
            end = dt.datetime.combine(local.date() + dt.timedelta(days=1), self.end,
                                      tzinfo=self.tz)
        return end.astimezone(dt.UTC)


def clock_time(text: str) -> dt.time:
    """A setting such as "21:30" as a time of day."""
    hours, minutes = str(text).split(":")
    return dt.time(int(hours), int(minutes))


def retry_delay(attempts: int, first: dt.timedelta) -> dt.timedelta:
    """Exponential backoff: first, 2×first, 4×first … capped at an hour."""
    return min(first * (1 << min(max(attempts - 1, 0), 20)), MAX_RETRY_DELAY)


def first_due(now: dt.datetime, grace: dt.timedelta, quiet: QuietHours) -> dt.datetime:
    """When a new message may go: after the grace period (a slip can still be undone), and
    never in the quiet hours."""
    return quiet.next_allowed(now + grace)


def retry_due(now: dt.datetime, attempts: int, first_retry: dt.timedelta,
              quiet: QuietHours) -> dt.datetime:
    return quiet.next_allowed(now + retry_delay(attempts, first_retry))


def may_retry(attempts: int, max_attempts: int) -> bool:
    """A passing failure is tried again until the message has had its tries."""
    return attempts < max_attempts


class SkipReason(StrEnum):
    EVENT_OFF = "event_off"
    OPTED_OUT = "opted_out"
    ALREADY_TOLD = "already_told"
    CAP_REACHED = "cap_reached"


SKIP_WORDS = {
    SkipReason.EVENT_OFF: "this message is switched off",
    SkipReason.OPTED_OUT: "the customer has opted out of SMS",
    SkipReason.ALREADY_TOLD: "the customer was already told of this event",
    SkipReason.CAP_REACHED: "the customer's cap on non-transactional messages is reached",
}


@dataclass(frozen=True)
class Cap:
    """At most `count` messages that are not news about a job per customer in `days`."""

    count: int
    days: int

    def since(self, now: dt.datetime) -> dt.datetime:
        return now - dt.timedelta(days=self.days)

    def reached(self, sent: int) -> bool:
        return sent >= self.count


@dataclass(frozen=True)
class Audience:
    """What the database says about telling this customer of this event."""

    event_off: bool  # the shop switched this event's message off
    opted_out: bool
    told: int = 0  # this job's messages of the event that count as told
    sent_lately: int = 0  # the customer's non-transactional messages since the cap's start


def counts_as_told(status: MessageStatus | str) -> bool:
    """A message in these states told the customer (or will): not sent again unasked."""
    return status in TOLD


def skip_reason(audience: Audience, cap: Cap, *, non_transactional: bool,
                repeats: bool = False) -> SkipReason | None:
    """Why the customer is not told, or None; `repeats` events (reminders) may be sent more
    than once, and only messages that are not news about the job count against the cap."""
    if audience.event_off:
        return SkipReason.EVENT_OFF
    if audience.opted_out:
        return SkipReason.OPTED_OUT
    if audience.told and not repeats:
        return SkipReason.ALREADY_TOLD
    if non_transactional and cap.reached(audience.sent_lately):
        return SkipReason.CAP_REACHED
    return None


def first_status(problem: str, held_back: SkipReason | str | None) -> MessageStatus:
    """A new message waits, or is failed (its template could not be used), or is cancelled
    (a rule holds it back; kept so nothing asks for it again)."""
    if held_back:
        return MessageStatus.CANCELLED
    return MessageStatus.FAILED if problem else MessageStatus.QUEUED


@dataclass(frozen=True)
class LastMove:
    before: str
    after: str
    at: dt.datetime


def undoes(last: LastMove | None, source: str, target: str, now: dt.datetime,
           grace: dt.timedelta) -> bool:
    """Whether moving `source` → `target` takes back `last` within the grace period."""
    return (last is not None and last.at >= now - grace and last.after == source
            and last.before == target)


def parts_of(body: str) -> int:
    """How many SMS parts the text is sent (and paid) as."""
    return count_parts(body).parts


def is_transactional(event: str, non_transactional: Container[str]) -> bool:
    return event not in non_transactional
