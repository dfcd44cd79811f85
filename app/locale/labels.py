"""The one place for the words people read for the app's vocabularies, in Persian and English:
job statuses and the buttons that move a job, roles, message states, reply outcomes, alert
kinds, payment kinds and methods, and the kinds of line on a job's timeline. Screens, papers
and the CLI all take them from here, so a word is never defined twice (the outbox once said
"queued" where the job's timeline said "waiting to be sent").

`label(member, lang)` is the word; `short=True` the form used inside a line (a paper's payment
row, a sentence), where one is given.
"""

from __future__ import annotations

from enum import StrEnum

from app.auth.roles import Role
from app.care.states import (
    CameBy,
    EscalatedTo,
    HealthLevel,
    HealthReason,
    Outcome,
    Severity,
    SurveySkip,
    SurveyState,
    TaskKind,
    TaskState,
)
from app.jobs.money import PaymentKind, PayMethod
from app.jobs.timeline import TimelineKind
from app.jobs.workflow import Status
from app.notify.states import AlertKind, MessageStatus, ReplyOutcome

Words = dict[StrEnum, tuple[str, str]]  # member → (Persian, English)

STATUS_WORDS: Words = {
    Status.RECEIVED: ("پذیرش‌شده", "Received"),
    Status.DIAGNOSING: ("در حال عیب‌یابی", "Diagnosing"),
    Status.AWAITING_APPROVAL: ("در انتظار تأیید", "Awaiting approval"),
    Status.APPROVED: ("تأییدشده", "Approved"),
    Status.DECLINED: ("رد برآورد", "Declined"),
    Status.IN_REPAIR: ("در حال تعمیر", "In repair"),
    Status.WAITING_PARTS: ("در انتظار قطعه", "Waiting for parts"),
    Status.SENT_OUT: ("ارسال به بیرون", "Sent out"),
    Status.UNREPAIRABLE: ("غیرقابل تعمیر", "Unrepairable"),
    Status.READY: ("آمادهٔ تحویل", "Ready for pickup"),
    Status.DELIVERED: ("تحویل‌شده", "Delivered"),
    Status.CANCELLED: ("لغوشده", "Cancelled"),
}

# A move's button says what the click does, not the state it leads to ("Approve", not
# "Approved"); the status keeps its own word on the chip, the board and the timeline.
MOVE_WORDS: Words = {
    Status.RECEIVED: ("بازگشت به پذیرش", "Back to received"),
    Status.DIAGNOSING: ("شروع عیب‌یابی", "Start diagnosis"),
    Status.AWAITING_APPROVAL: ("ارسال برآورد برای تأیید", "Ask for approval"),
    Status.APPROVED: ("تأیید مشتری", "Approve"),
    Status.DECLINED: ("ثبت رد برآورد", "Decline estimate"),
    Status.IN_REPAIR: ("شروع تعمیر", "Start repair"),
    Status.WAITING_PARTS: ("منتظر قطعه", "Wait for parts"),
    Status.SENT_OUT: ("ارسال به بیرون", "Send out"),
    Status.UNREPAIRABLE: ("اعلام غیرقابل تعمیر", "Mark unrepairable"),
    Status.READY: ("اعلام آمادهٔ تحویل", "Mark ready for pickup"),
    Status.DELIVERED: ("تحویل به مشتری", "Deliver"),
    Status.CANCELLED: ("لغو کار", "Cancel job"),
}

ROLE_WORDS: Words = {
    Role.RECEPTION: ("پذیرش", "reception"),
    Role.TECHNICIAN: ("تعمیرکار", "technician"),
    Role.MANAGER: ("مدیر", "manager"),
    Role.OWNER: ("مالک", "owner"),
}

MESSAGE_STATUS_WORDS: Words = {
    MessageStatus.QUEUED: ("در انتظار ارسال", "waiting to be sent"),
    MessageStatus.SENDING: ("در حال ارسال", "sending"),
    MessageStatus.SENT: ("ارسال‌شده", "sent"),
    MessageStatus.DELIVERED: ("رسیده", "delivered"),
    MessageStatus.FAILED: ("ناموفق", "failed"),
    MessageStatus.CANCELLED: ("لغوشده", "cancelled"),
    MessageStatus.REVIEW: ("نامعلوم، نیازمند بررسی", "unknown, needs a check"),
}

REPLY_OUTCOME_WORDS: Words = {
    ReplyOutcome.APPROVED: ("برآورد را تأیید کرد", "approved the estimate"),
    ReplyOutcome.DECLINED: ("برآورد را رد کرد", "declined the estimate"),
    ReplyOutcome.UNREAD: ("خوانده‌نشده", "unread"),
    ReplyOutcome.READ: ("خوانده‌شده", "read"),
    ReplyOutcome.UNMATCHED: ("از شماره‌ای ناشناس", "from an unknown number"),
    ReplyOutcome.SCORE: ("نمرهٔ نظرسنجی", "survey score"),
    ReplyOutcome.STOP: ("لغو پیامک‌های تبلیغاتی", "stopped marketing messages"),
    ReplyOutcome.START: ("پیامک‌های تبلیغاتی دوباره", "marketing messages again"),
    ReplyOutcome.STATUS: ("وضعیت برایش فرستاده شد", "was sent the status"),
}

ALERT_KIND_WORDS: Words = {
    AlertKind.NO_CREDIT: ("اعتبار تمام شده", "No credit"),
    AlertKind.BAD_KEY: ("کلید پذیرفته نشد", "Key refused"),
    AlertKind.BAD_ADDRESS: ("نشانی نادرست", "Wrong address"),
    AlertKind.BAD_SENDER: ("خط فرستنده پذیرفته نشد", "Sender line refused"),
    AlertKind.BAD_SETTINGS: ("تنظیمات سامانهٔ پیامک ناقص است", "Gateway settings incomplete"),
    AlertKind.NEEDS_REVIEW: ("فرستاده شد یا نه؟", "Did it go out?"),
    AlertKind.BAD_TEMPLATE: ("یک قالب پیامک قابل استفاده نیست",
                             "A message template cannot be used"),
}

PAYMENT_KIND_WORDS: Words = {
    PaymentKind.PAYMENT: ("پرداخت", "Payment"),
    PaymentKind.REFUND: ("بازپرداخت", "Refund"),
}

# The job screen said "Bank transfer" and the invoice "Transfer" (انتقال): one word now, the
# clearer one, on both.
PAY_METHOD_WORDS: Words = {
    PayMethod.CASH: ("نقد", "Cash"),
    PayMethod.CARD: ("کارت", "Card"),
    PayMethod.TRANSFER: ("کارت‌به‌کارت / حواله", "Bank transfer"),
    PayMethod.STORE_CREDIT: ("اعتبار فروشگاه", "Store credit"),
}

TIMELINE_KIND_WORDS: Words = {
    TimelineKind.CREATED: ("کار پذیرش شد", "Job received"),
    TimelineKind.EDITED: ("ویرایش مشخصات کار", "Job details edited"),
    TimelineKind.ESTIMATE_CHANGED: ("برآورد ثبت شد", "Estimate saved"),
    TimelineKind.ASSIGNED: ("تعیین تعمیرکار", "Technician assigned"),
    TimelineKind.NOTE: ("یادداشت", "Note"),
    TimelineKind.PRINTED: ("چاپ", "Printed"),
    TimelineKind.PAYMENT: ("پرداخت", "Payment"),
    TimelineKind.REFUND: ("بازپرداخت", "Refund"),
    TimelineKind.STATUS_CHANGED: ("تغییر وضعیت", "Status changed"),
    TimelineKind.STATUS_UNDONE: ("تغییر وضعیت برگردانده شد", "Status change undone"),
    TimelineKind.UNLOCK_VIEWED: ("رمز و الگو دیده شد", "Passcode and pattern viewed"),
    TimelineKind.UNLOCK_DELETED: ("رمز و الگو پاک شد", "Passcode and pattern deleted"),
    TimelineKind.WARRANTY_RETURN_OPENED: ("بازگشت گارانتی باز شد", "Warranty return opened"),
    TimelineKind.MESSAGE_SKIPPED: ("پیامک فرستاده نشد", "SMS not sent"),
    TimelineKind.MESSAGE_FAILED: ("پیامک ناموفق", "SMS failed"),
    TimelineKind.MESSAGE_SENT: ("پیامک ارسال شد", "SMS sent"),
    TimelineKind.MESSAGE_DELIVERED: ("پیامک رسید", "SMS delivered"),
    TimelineKind.MESSAGE_REVIEW: ("پیامک نامعلوم", "SMS to check"),
    TimelineKind.MESSAGE_RETRIED: ("پیامک دوباره در صف", "SMS queued again"),
    TimelineKind.MESSAGE_CANCELLED: ("پیامک لغو شد", "SMS cancelled"),
    TimelineKind.MESSAGE_RESEND: ("پیامک دوباره خواسته شد", "SMS asked for again"),
    TimelineKind.CUSTOMER_REPLY: ("پاسخ مشتری", "Customer replied"),
    TimelineKind.SURVEY: ("نظرسنجی", "Survey"),
    TimelineKind.CARE_TASK: ("پیگیری", "Follow-up"),
}

SURVEY_STATE_WORDS: Words = {
    SurveyState.SKIPPED: ("پرسیده نشد", "not asked"),
    SurveyState.ASKED: ("پرسیده شد", "asked"),
    SurveyState.ANSWERED: ("پاسخ داد", "answered"),
}

SURVEY_SKIP_WORDS: Words = {
    SurveySkip.SWITCHED_OFF: ("نظرسنجی خاموش است", "surveys are switched off"),
    SurveySkip.CANCELLED: ("کار لغو شده بود", "the job was cancelled"),
    SurveySkip.WARRANTY_RETURN: ("بازگشت گارانتی بود", "it was a warranty return"),
    SurveySkip.OPTED_OUT: ("مشتری پیامک نمی‌خواهد", "the customer has opted out of SMS"),
    SurveySkip.STOPPED: ("مشتری «لغو ۱۱» فرستاده است", "the customer texted 11 to stop"),
    SurveySkip.RECENT_SURVEY: ("به‌تازگی نظرسنجی شده بود", "surveyed recently"),
    SurveySkip.EVENT_OFF: ("پیامک نظرسنجی خاموش است", "the survey message is switched off"),
    SurveySkip.CAP_REACHED: ("سقف پیامک‌های مشتری پر است",
                             "the customer has had enough messages lately"),
}

TASK_KIND_WORDS: Words = {
    TaskKind.RECOVERY: ("جبران نارضایتی", "Recovery"),
    TaskKind.COMPLAINT: ("شکایت", "Complaint"),
    TaskKind.REPLY: ("پاسخ مشتری", "Customer reply"),
    TaskKind.AT_RISK: ("موعد تحویل در خطر", "Promised date at risk"),
    TaskKind.NOT_COLLECTED: ("دستگاه تحویل گرفته نشده", "Device not collected"),
}

TASK_STATE_WORDS: Words = {
    TaskState.OPEN: ("باز", "open"),
    TaskState.DONE: ("انجام‌شده", "done"),
}

OUTCOME_WORDS: Words = {
    Outcome.REACHED: ("با مشتری صحبت شد", "reached"),
    Outcome.RESOLVED: ("مشکل حل شد", "resolved"),
    Outcome.REFUNDED: ("پول برگردانده شد", "refunded"),
    Outcome.FREE_REDO: ("تعمیر دوباره رایگان", "free redo"),
    Outcome.NOT_REACHABLE: ("در دسترس نبود", "not reachable"),
    Outcome.DONE: ("انجام شد", "done"),
}

SEVERITY_WORDS: Words = {
    Severity.LOW: ("معمولی", "low"),
    Severity.HIGH: ("جدی", "high"),
}

CAME_BY_WORDS: Words = {
    CameBy.IN_PERSON: ("حضوری", "in person"),
    CameBy.PHONE: ("تلفنی", "by phone"),
    CameBy.SMS: ("پیامکی", "by SMS"),
    CameBy.SURVEY: ("از نظرسنجی", "from a survey"),
    CameBy.SYSTEM: ("خودکار", "automatic"),
}

ESCALATED_WORDS: Words = {
    EscalatedTo.MANAGER: ("به مدیر گزارش شد", "escalated to the manager"),
    EscalatedTo.OWNER: ("به مالک گزارش شد", "escalated to the owner"),
}

HEALTH_LEVEL_WORDS: Words = {
    HealthLevel.GOOD: ("خوب", "good"),
    HealthLevel.WATCH: ("زیر نظر", "watch"),
    HealthLevel.AT_RISK: ("در خطر", "at risk"),
}

HEALTH_REASON_WORDS: Words = {
    HealthReason.LATE_JOBS: ("کار دیرتر از موعد", "late jobs"),
    HealthReason.COMEBACKS: ("بازگشت در گارانتی", "comebacks under warranty"),
    HealthReason.LOW_SCORE: ("نمرهٔ پایین در نظرسنجی", "a low survey score"),
    HealthReason.OPEN_COMPLAINT: ("شکایت باز", "an open complaint"),
    HealthReason.UNREAD_REPLY: ("پاسخ خوانده‌نشده", "an unread reply"),
}

# Forms used inside a line, where they differ: a paper's payment row marks a refund in
# lower case ("… card, refund").
SHORT: Words = {
    PaymentKind.REFUND: ("بازپرداخت", "refund"),
}

TABLES: dict[type[StrEnum], Words] = {
    Status: STATUS_WORDS, Role: ROLE_WORDS, MessageStatus: MESSAGE_STATUS_WORDS,
    ReplyOutcome: REPLY_OUTCOME_WORDS, AlertKind: ALERT_KIND_WORDS,
    PaymentKind: PAYMENT_KIND_WORDS, PayMethod: PAY_METHOD_WORDS,
    TimelineKind: TIMELINE_KIND_WORDS, SurveyState: SURVEY_STATE_WORDS,
    SurveySkip: SURVEY_SKIP_WORDS, TaskKind: TASK_KIND_WORDS, TaskState: TASK_STATE_WORDS,
    Outcome: OUTCOME_WORDS, Severity: SEVERITY_WORDS, CameBy: CAME_BY_WORDS,
    EscalatedTo: ESCALATED_WORDS, HealthLevel: HEALTH_LEVEL_WORDS,
    HealthReason: HEALTH_REASON_WORDS,
}


# Who did something where no person did: the app itself (app/auth/roles.py, SYSTEM) and a
# customer's SMS reply (app/notify/replies.py, SMS_REPLY). Their names are kept in the
# database; these are the words people read.
AGENT_WORDS: dict[str, tuple[str, str]] = {
    "system": ("سامانه", "system"),
    "customer (SMS)": ("مشتری با پیامک", "customer by SMS"),
}


def label(member: StrEnum, lang: str, short: bool = False) -> str:
    """The member's word in `lang` (Persian for "fa", English otherwise)."""
    words = (short and SHORT.get(member)) or TABLES[type(member)].get(member)
    if words is None:
        return str(member)
    return words[0] if lang == "fa" else words[1]


def label_of(kind: type[StrEnum], value: str, lang: str, short: bool = False) -> str:
    """The word for a value read back as text (from the database, a view, a JSON payload);
    a value the enumeration does not know is shown as it is."""
    try:
        member = kind(str(value))
    except ValueError:
        return str(value)
    return label(member, lang, short)


def by_language(words: Words) -> dict[str, dict[str, str]]:
    """A table as {"fa": {value: word}, "en": {value: word}}."""
    return {"fa": {str(k): fa for k, (fa, _) in words.items()},
            "en": {str(k): en for k, (_, en) in words.items()}}


STATUS = by_language(STATUS_WORDS)
ROLE = by_language(ROLE_WORDS)
MESSAGE_STATUS = by_language(MESSAGE_STATUS_WORDS)


def status_label(status: str, lang: str) -> str:
    return label_of(Status, status, lang)


def move_label(target: str, lang: str) -> str:
    """The words of the button that moves a job to `target`."""
    try:
        status = Status(str(target))
    except ValueError:
        return str(target)
    fa, en = MOVE_WORDS.get(status) or STATUS_WORDS[status]
    return fa if lang == "fa" else en


def agent_label(name: str, lang: str) -> str:
    """A timeline's "who": a person's user name as it is, the app's own agents in words."""
    words = AGENT_WORDS.get(name)
    return name if words is None else words[0 if lang == "fa" else 1]


def role_label(role: str, lang: str) -> str:
    return label_of(Role, role, lang)


def message_status_label(status: str, lang: str) -> str:
    return label_of(MessageStatus, status, lang)


def alert_kind_label(kind: str, lang: str) -> str:
    return label_of(AlertKind, kind, lang)


def reply_outcome_label(outcome: str, lang: str) -> str:
    return label_of(ReplyOutcome, outcome, lang)
