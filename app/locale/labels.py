"""Names of statuses and other enumerations as people read them, in Persian and English."""

from __future__ import annotations

STATUS = {
    "fa": {"received": "پذیرش‌شده", "diagnosing": "در حال عیب‌یابی",
           "awaiting_approval": "در انتظار تأیید", "approved": "تأییدشده",
           "declined": "رد برآورد", "in_repair": "در حال تعمیر",
           "waiting_parts": "در انتظار قطعه", "sent_out": "ارسال به بیرون",
           "unrepairable": "غیرقابل تعمیر", "ready": "آمادهٔ تحویل",
           "delivered": "تحویل‌شده", "cancelled": "لغوشده"},
    "en": {"received": "Received", "diagnosing": "Diagnosing",
           "awaiting_approval": "Awaiting approval", "approved": "Approved",
           "declined": "Declined", "in_repair": "In repair",
           "waiting_parts": "Waiting for parts", "sent_out": "Sent out",
           "unrepairable": "Unrepairable", "ready": "Ready for pickup",
           "delivered": "Delivered", "cancelled": "Cancelled"},
}


def status_label(status: str, lang: str) -> str:
    return STATUS.get(lang, STATUS["en"]).get(str(status), str(status))


ROLE = {
    "fa": {"reception": "پذیرش", "technician": "تعمیرکار", "manager": "مدیر"},
    "en": {"reception": "reception", "technician": "technician", "manager": "manager"},
}


def role_label(role: str, lang: str) -> str:
    return ROLE.get(lang, ROLE["en"]).get(str(role), str(role))


# The one source of these words: the outbox, a customer's card and the job's timeline.
MESSAGE_STATUS = {
    "fa": {"queued": "در انتظار ارسال", "sending": "در حال ارسال", "sent": "ارسال‌شده",
           "delivered": "رسیده", "failed": "ناموفق", "cancelled": "لغوشده",
           "review": "نامعلوم، نیازمند بررسی"},
    "en": {"queued": "waiting to be sent", "sending": "sending", "sent": "sent",
           "delivered": "delivered", "failed": "failed", "cancelled": "cancelled",
           "review": "unknown, needs a check"},
}


def message_status_label(status: str, lang: str) -> str:
    return MESSAGE_STATUS.get(lang, MESSAGE_STATUS["en"]).get(str(status), str(status))
