"""The customer messages: one per event and language, the shop's defaults, and placeholders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, StrEnum

from app.errors import ValidationError
from app.jobs.workflow import CustomerEvent
from app.validation import text


class MessageEvent(StrEnum):
    RECEIVED = CustomerEvent.RECEIVED.value
    DIAGNOSIS_STARTED = CustomerEvent.DIAGNOSIS_STARTED.value
    ESTIMATE_READY = CustomerEvent.ESTIMATE_READY.value
    APPROVED = CustomerEvent.APPROVED.value
    WAITING_PARTS = CustomerEvent.WAITING_PARTS.value
    SENT_OUT = CustomerEvent.SENT_OUT.value
    READY = CustomerEvent.READY.value
    DELIVERED = CustomerEvent.DELIVERED.value
    UNREPAIRABLE = CustomerEvent.UNREPAIRABLE.value
    CANCELLED = CustomerEvent.CANCELLED.value
    PICKUP_REMINDER = "pickup_reminder"  # a device not collected N days after "ready"
    PROMISED_MOVED = "promised_moved"  # the waiting-parts family: a new promised date
    WARRANTY_ENDING = "warranty_ending"  # a reminder before the warranty ends (off by default)
    SURVEY_NPS = "survey_nps"  # after delivery: 0–10, would they recommend the shop
    SURVEY_CSAT = "survey_csat"  # after delivery: 1–5, how satisfied
    SURVEY_WHY = "survey_why"  # to a detractor or unhappy customer: what went wrong?
    SURVEY_THANKS = "survey_thanks"  # to a promoter, with the shop's review link if set
    STATUS_REPLY = "status_reply"  # the customer texted their job number or «وضعیت»
    TEST = "test"  # `tamirgah sms test`: checks the gateway, not tied to a job


# Reminders and surveys are a courtesy, not news about the job: they count against the
# per-customer cap.
NON_TRANSACTIONAL = frozenset({
    MessageEvent.PICKUP_REMINDER, MessageEvent.WARRANTY_ENDING, MessageEvent.SURVEY_NPS,
    MessageEvent.SURVEY_CSAT, MessageEvent.SURVEY_WHY, MessageEvent.SURVEY_THANKS})
SURVEYS = frozenset({MessageEvent.SURVEY_NPS, MessageEvent.SURVEY_CSAT})

PLACEHOLDERS: dict[str, str] = {
    "customer_name": "the customer's name",
    "job_number": "the job number, e.g. 1405-00123",
    "device": "brand and model, e.g. Samsung Galaxy A52",
    "estimate": "the estimate total with its unit",
    "total": "the job's total with its unit",
    "amount_due": "what the customer still owes, with its unit",
    "promised_date": "the promised date in the shop's calendar",
    "warranty": "'warranty until <date>', or nothing when there is no warranty",
    "warranty_end": "the warranty end date",
    "ready_date": "the day the device became ready",
    "shop_name": "the shop's name",
    "shop_phone": "the shop's phone",
    "today": "today's date in the shop's calendar",
    "review_link": "the shop's review or referral link (survey thanks)",
    "open_jobs": "each open job's number and status (status reply)",
}

_FA = {
    MessageEvent.RECEIVED:
        "{customer_name} عزیز، دستگاه {device} شما با شمارهٔ پذیرش {job_number} در "
        "{shop_name} ثبت شد. [پیگیری: {shop_phone}]",
    MessageEvent.DIAGNOSIS_STARTED:
        "{customer_name} عزیز، عیب‌یابی دستگاه {device} (پذیرش {job_number}) آغاز شد. "
        "{shop_name}",
    MessageEvent.ESTIMATE_READY:
        "{customer_name} عزیز، هزینهٔ تعمیر {device} (پذیرش {job_number}): {estimate}. "
        "برای تأیید ۱ و برای انصراف ۲ را پاسخ دهید [یا با {shop_phone} تماس بگیرید].",
    MessageEvent.APPROVED:
        "تأیید شما برای تعمیر {device} (پذیرش {job_number}) ثبت شد. {shop_name}",
    MessageEvent.WAITING_PARTS:
        "{customer_name} عزیز، {device} (پذیرش {job_number}) در انتظار قطعه است. "
        "[زمان تحویل تازه: {promised_date}.] {shop_name}",
    MessageEvent.SENT_OUT:
        "{device} (پذیرش {job_number}) برای تعمیر تخصصی به همکار ما فرستاده شد. "
        "نتیجه را خبر می‌دهیم. {shop_name}",
    MessageEvent.READY:
        "{customer_name} عزیز، {device} (پذیرش {job_number}) آمادهٔ تحویل است. "
        "مبلغ قابل پرداخت: {amount_due}. رسید پذیرش را همراه بیاورید. {shop_name}",
    MessageEvent.DELIVERED:
        "از اعتماد شما سپاسگزاریم. {device} (پذیرش {job_number}) تحویل شد. {warranty} "
        "{shop_name} {shop_phone}",
    MessageEvent.UNREPAIRABLE:
        "{customer_name} عزیز، متأسفانه {device} (پذیرش {job_number}) تعمیرشدنی نیست. "
        "برای تحویل آن تشریف بیاورید. {shop_name} {shop_phone}",
    MessageEvent.CANCELLED:
        "پذیرش {job_number} ({device}) لغو شد. برای تحویل دستگاه تشریف بیاورید. "
        "{shop_name} {shop_phone}",
    MessageEvent.PICKUP_REMINDER:
        "{customer_name} عزیز، {device} (پذیرش {job_number}) از {ready_date} آمادهٔ تحویل "
        "است. مبلغ قابل پرداخت: {amount_due}. {shop_name} {shop_phone}",
    MessageEvent.PROMISED_MOVED:
        "{customer_name} عزیز، زمان تحویل {device} (پذیرش {job_number}) به {promised_date} "
        "تغییر کرد. از شکیبایی شما سپاسگزاریم. {shop_name}",
    MessageEvent.WARRANTY_ENDING:
        "{customer_name} عزیز، گارانتی تعمیر {device} (پذیرش {job_number}) در {warranty_end} "
        "به پایان می‌رسد. اگر مشکلی هست پیش از آن تشریف بیاورید. {shop_name} {shop_phone}",
    MessageEvent.SURVEY_NPS:
        "{customer_name} عزیز، از ۰ تا ۱۰ چقدر احتمال دارد {shop_name} را به دوستانتان "
        "پیشنهاد کنید؟ لطفاً فقط عدد را پاسخ دهید.",
    MessageEvent.SURVEY_CSAT:
        "{customer_name} عزیز، از ۱ تا ۵ چقدر از تعمیر {device} (پذیرش {job_number}) راضی "
        "بودید؟ لطفاً فقط عدد را پاسخ دهید. {shop_name}",
    MessageEvent.SURVEY_WHY:
        "{customer_name} عزیز، متأسفیم که راضی نبودید. لطفاً بنویسید چه چیزی درست پیش "
        "نرفت تا جبران کنیم. {shop_name}",
    MessageEvent.SURVEY_THANKS:
        "{customer_name} عزیز، از نظر خوب شما سپاسگزاریم. [اگر مایلید نظرتان را اینجا هم "
        "بنویسید: {review_link}] {shop_name}",
    MessageEvent.STATUS_REPLY:
        "{customer_name} عزیز، وضعیت دستگاه‌های شما: {open_jobs} {shop_name} {shop_phone}",
    MessageEvent.TEST:
        "پیام آزمایشی {shop_name}: پیامک‌ها به درستی فرستاده می‌شوند.",
}

_EN = {
    MessageEvent.RECEIVED:
        "Dear {customer_name}, your {device} is booked in at {shop_name} as job "
        "{job_number}. [Questions: {shop_phone}]",
    MessageEvent.DIAGNOSIS_STARTED:
        "Dear {customer_name}, we have started diagnosing your {device} (job {job_number}). "
        "{shop_name}",
    MessageEvent.ESTIMATE_READY:
        "Dear {customer_name}, repairing your {device} (job {job_number}) costs {estimate}. "
        "Reply 1 to approve or 2 to decline[, or call {shop_phone}].",
    MessageEvent.APPROVED:
        "Thank you: your approval for job {job_number} ({device}) is recorded. {shop_name}",
    MessageEvent.WAITING_PARTS:
        "Dear {customer_name}, job {job_number} ({device}) is waiting for parts. "
        "[New ready date: {promised_date}.] {shop_name}",
    MessageEvent.SENT_OUT:
        "Your {device} (job {job_number}) has gone to a specialist partner for repair. "
        "We will let you know. {shop_name}",
    MessageEvent.READY:
        "Dear {customer_name}, your {device} (job {job_number}) is ready for pickup. "
        "Amount due: {amount_due}. Please bring your receipt. {shop_name}",
    MessageEvent.DELIVERED:
        "Thank you for trusting us. Job {job_number} ({device}) is delivered. {warranty} "
        "{shop_name} {shop_phone}",
    MessageEvent.UNREPAIRABLE:
        "Dear {customer_name}, we are sorry: your {device} (job {job_number}) cannot be "
        "repaired. Please collect it. {shop_name} {shop_phone}",
    MessageEvent.CANCELLED:
        "Job {job_number} ({device}) is cancelled. Please collect your device. "
        "{shop_name} {shop_phone}",
    MessageEvent.PICKUP_REMINDER:
        "Dear {customer_name}, your {device} (job {job_number}) has been ready since "
        "{ready_date}. Amount due: {amount_due}. {shop_name} {shop_phone}",
    MessageEvent.PROMISED_MOVED:
        "Dear {customer_name}, the ready date of your {device} (job {job_number}) is now "
        "{promised_date}. Thank you for your patience. {shop_name}",
    MessageEvent.WARRANTY_ENDING:
        "Dear {customer_name}, the warranty on the repair of your {device} (job "
        "{job_number}) ends on {warranty_end}. If anything is wrong, come in before then. "
        "{shop_name} {shop_phone}",
    MessageEvent.SURVEY_NPS:
        "Dear {customer_name}, from 0 to 10, how likely are you to recommend {shop_name} to "
        "a friend? Please reply with the number only.",
    MessageEvent.SURVEY_CSAT:
        "Dear {customer_name}, from 1 to 5, how satisfied are you with the repair of your "
        "{device} (job {job_number})? Please reply with the number only. {shop_name}",
    MessageEvent.SURVEY_WHY:
        "Dear {customer_name}, we are sorry it was not right. Please tell us what went wrong "
        "so we can put it right. {shop_name}",
    MessageEvent.SURVEY_THANKS:
        "Dear {customer_name}, thank you for your kind score. [If you like, say so here too: "
        "{review_link}] {shop_name}",
    MessageEvent.STATUS_REPLY:
        "Dear {customer_name}, your devices: {open_jobs} {shop_name} {shop_phone}",
    MessageEvent.TEST:
        "Test message from {shop_name}: SMS sending works.",
}

DEFAULTS: dict[str, dict[MessageEvent, str]] = {"fa": _FA, "en": _EN}
LANGUAGES = ("fa", "en")
MAX_TEMPLATE = 1000
_DOUBLE_SPACE = re.compile(r"[ \t]{2,}")


_TOKEN = re.compile(r"\{\{|\}\}|\[\[|\]\]|\{([^{}]*)\}|[{}\[\]]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class _Bracket(Enum):
    """A square bracket that may open or close an optional part, as parsed."""

    OPEN = "["
    CLOSE = "]"


Piece = tuple[str, str | None]  # literal text, then a placeholder's name or None
_Token = str | Piece | _Bracket  # literal text, a placeholder ("", name), or a bracket


@dataclass(frozen=True)
class Segment:
    """A run of the template. An optional one was written in square brackets around at least
    one placeholder, "[پیگیری: {shop_phone}]": it reads without its brackets, or, when any of
    its placeholders is empty, is left out with the spaces before it."""

    pieces: tuple[Piece, ...]
    optional: bool = False

    def names(self) -> list[str]:
        return [name for _, name in self.pieces if name is not None]


def parse(body: str) -> list[Segment]:
    """The template as segments of (literal text, placeholder name or None) pieces.

    Only bare {name} placeholders are accepted: a format spec, a conversion, an attribute or
    an index ({job_number:d}, {job_number!r}, {job_number.real}) is what once let a saved
    template break every intake, or cost 150 SMS while being counted as one. "{{" and "}}"
    are literal braces, "[[" and "]]" literal square brackets. Square brackets never make a
    template fail (an older version stored any text): a pair holding no placeholder, one
    without its partner, or the outer of two nested ones is text, printed as typed."""
    return _group(_tokens(body))


def _tokens(body: str) -> list[_Token]:
    out: list[_Token] = []
    at = 0
    for token in _TOKEN.finditer(body):
        out.append(body[at:token.start()])
        at = token.end()
        whole, inner = token.group(0), token.group(1)
        if whole in ("{{", "}}", "[[", "]]"):
            out.append(whole[0])
        elif whole in ("[", "]"):
            out.append(_Bracket(whole))
        elif inner is None:
            raise ValidationError("Braces must pair up: write placeholders as {job_number} "
                                  "and a literal brace as {{ or }}", code="template_braces",
                                  field="body")
        elif not _NAME.fullmatch(inner):
            raise ValidationError(
                f"{whole} is not a placeholder: write it bare, as {{job_number}}, with no "
                "format, spaces or other marks inside the braces",
                code="template_placeholder_form", field="body", text=whole)
        else:
            out.append(("", inner))
    out.append(body[at:])
    return out


def _group(tokens: list[_Token]) -> list[Segment]:
    segments: list[Segment] = []
    plain: list[str | Piece] = []
    part: list[str | Piece] | None = None  # inside an open bracket
    for token in tokens:
        if token is _Bracket.OPEN:
            if part is not None:  # nested: the outer bracket was text
                plain.extend(["[", *part])
            part = []
        elif token is _Bracket.CLOSE:
            if part is None:
                plain.append("]")
            elif any(isinstance(t, tuple) for t in part):
                segments.append(_segment(plain))
                segments.append(_segment(part, optional=True))
                plain, part = [], None
            else:
                plain.extend(["[", *part, "]"])
                part = None
        elif part is None:
            plain.append(token)
        else:
            part.append(token)
    if part is not None:  # never closed: the bracket was text
        plain.extend(["[", *part])
    segments.append(_segment(plain))
    return [s for s in segments if s.pieces]


def _segment(tokens: list[str | Piece], *, optional: bool = False) -> Segment:
    """Text runs joined onto the placeholder that follows them, as (literal, name) pieces."""
    pieces: list[Piece] = []
    literal: list[str] = []
    for token in tokens:
        if isinstance(token, tuple):
            pieces.append(("".join(literal), token[1]))
            literal = []
        else:
            literal.append(token)
    if "".join(literal):
        pieces.append(("".join(literal), None))
    return Segment(tuple(pieces), optional)


def placeholders_in(body: str) -> list[str]:
    """The placeholder names a template uses; refuses anything but bare {name} placeholders."""
    names = [name for segment in parse(body) for name in segment.names()]
    for name in names:
        if name not in PLACEHOLDERS:
            raise ValidationError(
                f"Unknown placeholder {{{name}}}; known: "
                + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                code="unknown_placeholder", field="body", name=name)
    return names


def check_template(body: str) -> str:
    """The template as it will be stored, or a clear refusal naming what is wrong."""
    body = text(body, "body", limit=MAX_TEMPLATE, required=True, multiline=True)
    if not body:
        raise ValidationError("A message needs some text", code="required", field="body")
    if len(body) > MAX_TEMPLATE:
        raise ValidationError(f"At most {MAX_TEMPLATE} characters", code="too_long",
                              field="body", limit=MAX_TEMPLATE)
    placeholders_in(body)
    return body


def render(body: str, values: dict[str, str]) -> str:
    """The message; raises ValidationError for a template that is not one check_template
    accepts (an older version may have stored it), never anything else.

    An empty placeholder leaves no gap; an optional part ("[پیگیری: {shop_phone}]") with an
    empty placeholder goes with the spaces before it, and with its line when it was the
    whole line."""
    placeholders_in(body)
    out = ""
    dropped = False
    for segment in parse(body):
        filled = [(literal, values.get(name, "") if name else "")
                  for literal, name in segment.pieces]
        if segment.optional and any(name and not value.strip() for (_, name), (_, value)
                                    in zip(segment.pieces, filled, strict=True)):
            out, dropped = out.rstrip(" \t"), True
            continue
        piece = "".join(literal + value for literal, value in filled)
        if dropped and (not out or out.endswith("\n")):
            piece = piece.lstrip(" \t")
            if out and piece.startswith("\n"):
                piece = piece[1:]  # the part was a line of its own: no empty line stays
        out, dropped = out + piece, False
    return _DOUBLE_SPACE.sub(" ", out).strip()  # an empty placeholder leaves no gap


def default_body(event: MessageEvent | str, lang: str) -> str:
    return DEFAULTS[lang][MessageEvent(event)]
