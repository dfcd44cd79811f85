"""The vocabularies of customer care: a survey's states and why one was skipped, a task's
kinds, states, outcomes, how serious it is and how it came, and who it was escalated to."""

from __future__ import annotations

from enum import StrEnum


class SurveyState(StrEnum):
    SKIPPED = "skipped"  # not asked; skip_reason says why
    ASKED = "asked"  # the message is in the outbox
    ANSWERED = "answered"  # a score came back


class SurveySkip(StrEnum):
    SWITCHED_OFF = "switched_off"  # the shop does not survey (survey.enabled)
    CANCELLED = "cancelled"  # a cancelled job, and the shop does not survey those
    WARRANTY_RETURN = "warranty_return"
    OPTED_OUT = "opted_out"  # no SMS at all for this customer
    STOPPED = "stopped"  # the customer texted 11 / «لغو»
    RECENT_SURVEY = "recent_survey"  # asked within survey.every_days
    EVENT_OFF = "event_off"  # the survey message is switched off in the outbox rules
    CAP_REACHED = "cap_reached"  # the customer's cap on courtesy messages is reached


class TaskKind(StrEnum):
    RECOVERY = "recovery"  # a low score: win the customer back
    COMPLAINT = "complaint"
    REPLY = "reply"  # a customer's reply someone turned into a task
    AT_RISK = "at_risk"  # not ready near its promised date
    NOT_COLLECTED = "not_collected"  # ready, and left at the shop


class TaskState(StrEnum):
    OPEN = "open"
    DONE = "done"


class Outcome(StrEnum):
    REACHED = "reached"  # spoke to the customer
    RESOLVED = "resolved"
    REFUNDED = "refunded"  # compensated with money back
    FREE_REDO = "free_redo"  # compensated with the work done again at no cost
    NOT_REACHABLE = "not_reachable"
    DONE = "done"  # any other task that is finished


# What a recovery or complaint may end with; the other kinds end as done (or reached).
RECOVERY_OUTCOMES = (Outcome.REACHED, Outcome.RESOLVED, Outcome.REFUNDED, Outcome.FREE_REDO,
                     Outcome.NOT_REACHABLE)
# Outcomes after which the shop may ask again how it went.
WON_BACK = frozenset({Outcome.RESOLVED, Outcome.REFUNDED, Outcome.FREE_REDO})


class Severity(StrEnum):
    LOW = "low"
    HIGH = "high"


class CameBy(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    SMS = "sms"
    SURVEY = "survey"  # opened by a low score
    SYSTEM = "system"  # opened by the care round (promised date at risk, not collected)


class EscalatedTo(StrEnum):
    MANAGER = "manager"
    OWNER = "owner"


class ConsentPurpose(StrEnum):
    MARKETING = "marketing"  # surveys, greetings, news: stopped by 11 / «لغو»


class ConsentHow(StrEnum):
    SMS_KEYWORD = "sms_keyword"  # 11 / «لغو» to stop, 12 to start
    DESK = "desk"  # recorded by someone at the desk


class HealthLevel(StrEnum):
    GOOD = "good"
    WATCH = "watch"
    AT_RISK = "at_risk"


class HealthReason(StrEnum):
    LATE_JOBS = "late_jobs"  # ready after the promised date, or still not ready past it
    COMEBACKS = "comebacks"  # warranty returns
    LOW_SCORE = "low_score"  # their last survey answer was unhappy
    OPEN_COMPLAINT = "open_complaint"  # a complaint or recovery not yet closed
    UNREAD_REPLY = "unread_reply"  # a reply of theirs nobody has read
