"""When a survey is due and whether a score calls for recovery or thanks, as pure functions
of the settings they are given (tests/unit/test_survey_rules.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.care.scores import Mood, Scale, mood

# A survey due longer ago than this (the sending PC was off for a week) is not sent late.
LATE_LIMIT = dt.timedelta(days=7)
# A reply this long after the survey is no longer read as its answer.
ANSWER_WINDOW = dt.timedelta(days=7)


@dataclass(frozen=True)
class SurveyTiming:
    delay_hours: int | None  # None: the next morning at `morning`
    morning: dt.time
    tz: ZoneInfo

    def due(self, delivered: dt.datetime) -> dt.datetime:
        """When the survey of a job delivered at `delivered` is due (UTC)."""
        if self.delay_hours is not None:
            return delivered + dt.timedelta(hours=self.delay_hours)
        day = delivered.astimezone(self.tz).date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, self.morning, tzinfo=self.tz).astimezone(dt.UTC)

    def delivered_before(self, now: dt.datetime) -> dt.datetime:
        """The bound of the deliveries whose survey is due at `now`: due(d) <= now exactly
        when d < this (so the round asks the database a plain range)."""
        if self.delay_hours is not None:
            return now - dt.timedelta(hours=self.delay_hours) + dt.timedelta(microseconds=1)
        local = now.astimezone(self.tz)
        last_day = local.date() - dt.timedelta(days=1 if local.time() >= self.morning else 2)
        next_day = last_day + dt.timedelta(days=1)
        return dt.datetime.combine(next_day, dt.time(0), tzinfo=self.tz).astimezone(dt.UTC)


def calls_for_recovery(score: int, scale: Scale) -> bool:
    return mood(score, scale) == Mood.UNHAPPY


def calls_for_thanks(score: int, scale: Scale) -> bool:
    """A promoter (9–10) or, on the 1–5 scale, a 5."""
    return score >= (9 if scale == Scale.NPS else 5)
