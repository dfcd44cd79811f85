"""The states of an outgoing message, an inbound reply and a manager's alert."""

from __future__ import annotations

from enum import StrEnum


class MessageStatus(StrEnum):
    QUEUED = "queued"  # waiting for its time (grace, quiet hours, retry backoff)
    SENDING = "sending"  # claimed by a dispatcher and handed to the gateway
    SENT = "sent"  # the provider accepted it
    DELIVERED = "delivered"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REVIEW = "review"  # it may or may not have gone out: a person decides, never a blind resend


OPEN = (MessageStatus.QUEUED, MessageStatus.SENDING)
# A message in these states counts as told; the same event is not sent again unasked.
TOLD = (MessageStatus.QUEUED, MessageStatus.SENDING, MessageStatus.SENT,
        MessageStatus.DELIVERED, MessageStatus.REVIEW)


class ReplyOutcome(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    UNREAD = "unread"  # shown to reception on its job
    READ = "read"
    UNMATCHED = "unmatched"  # from a number that is no customer's
    SCORE = "score"  # the answer to a survey (app/care)
    STOP = "stop"  # 11 / «لغو»: no more marketing for this customer
    START = "start"  # 12: marketing again
    STATUS = "status"  # «وضعیت» or a job number: the status was sent back


class AlertKind(StrEnum):
    NO_CREDIT = "no_credit"
    BAD_KEY = "bad_key"
    BAD_ADDRESS = "bad_address"  # the provider's address is wrong: no scheme, 404, TLS
    BAD_SENDER = "bad_sender"  # the sender line is not the account's
    BAD_SETTINGS = "bad_settings"  # the gateway cannot be built from the settings
    NEEDS_REVIEW = "needs_review"  # a message whose fate is unknown
    BAD_TEMPLATE = "bad_template"  # a stored template no message can be made from
