"""Shop settings shared by every workstation: one registry of keys, each with its check."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.clock import Clock, system_clock
from app.customers.phone import normalize_phone
from app.errors import ValidationError
from app.locale.text import clean_text, is_blank, to_latin_digits
from app.this_pc.files_in_use import refuse_if_in_use
from app.validation import text
from db.engine import Database
from db.models import Setting


def _text(limit: int, *, required: bool = False) -> Callable[[str], Any]:
    def parse(raw: str) -> str:
        value = clean_text(raw) if "\n" not in raw else raw.strip()
        if required and is_blank(value):
            raise ValidationError("This setting may not be empty", code="required")
        if len(value) > limit:
            raise ValidationError(f"At most {limit} characters", code="too_long", limit=limit)
        return value
    return parse


def _choice(*options: str) -> Callable[[str], Any]:
    def parse(raw: str) -> str:
        if raw not in options:
            raise ValidationError(f"Choose one of: {', '.join(options)}", code="bad_choice",
                                  options=options)
        return raw
    return parse


def _int_range(low: int, high: int) -> Callable[[str], Any]:
    def parse(raw: str) -> int:
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise ValidationError("A whole number is needed", code="not_int") from None
        if not low <= value <= high:
            raise ValidationError(f"Between {low} and {high}", code="out_of_range",
                                  low=low, high=high)
        return value
    return parse


def _hours_or_morning(raw: str) -> int | None:
    """Empty: the next morning at survey.morning_at; else hours after delivery."""
    text = to_latin_digits(str(raw).strip())
    return None if text == "" else _int_range(0, 720)(text)


def _weekdays(raw: str) -> list[str]:
    names = [p.strip().lower() for p in to_latin_digits(str(raw)).split(",") if p.strip()]
    unknown = [n for n in names if n not in WEEKDAYS]
    if unknown:
        raise ValidationError(f"Unknown day {unknown[0]}; days: {', '.join(WEEKDAYS)}",
                              code="bad_weekday")
    return [d for d in WEEKDAYS if d in names]


def _web_link(raw: str) -> str:
    from app.notify.gateway import http_url

    link = http_url(str(raw), "survey.review_link") if str(raw).strip() else ""
    if len(link) > 300:
        raise ValidationError("At most 300 characters", code="too_long", limit=300)
    return link


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _phone(raw: str) -> str:
    return normalize_phone(raw, mobile=False, field="value") if raw.strip() else ""


def _clock(raw: str) -> str:
    text = to_latin_digits(raw.strip())
    try:
        moment = dt.datetime.strptime(text, "%H:%M")
    except ValueError:
        raise ValidationError("A time of day like 21:00 is needed", code="bad_time") from None
    return f"{moment:%H:%M}"


def _gateway(raw: str) -> str:
    from app.notify.registry import available_gateways

    installed = available_gateways()
    if raw not in installed:
        raise ValidationError(f"No SMS gateway named '{raw}'; installed: "
                              f"{', '.join(sorted(installed))}", code="unknown_gateway")
    return raw


def _events(raw: str) -> list[str]:
    from app.notify.templates import MessageEvent

    names = [part.strip() for part in raw.split(",") if part.strip()]
    unknown = [n for n in names if n not in MessageEvent.__members__.values()]
    if unknown:
        raise ValidationError(f"Unknown message event {unknown[0]}; known: "
                              f"{', '.join(MessageEvent)}", code="unknown_event")
    return sorted(set(names))


def _image_file(raw: str) -> str:
    path = raw.strip()
    if path and (Path(path).suffix.lower() not in (".png", ".jpg", ".jpeg")
                 or not Path(path).is_file()):
        raise ValidationError(f"'{path}' is not a PNG or JPEG file", code="bad_image")
    return path


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"Unknown time zone '{raw}'", code="bad_timezone") from None
    return raw


def _backup_folder(raw: str) -> str:
    from app.backup.files import parse_folder

    return parse_folder(raw)


_CACHE = "tamirgah.settings"


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    parse: Callable[[str], Any]
    help: str
    secret: bool = False  # stored encrypted (app.this_pc.secrets), never shown
    file: bool = False  # a file this PC writes: never one the shop is using

    def __post_init__(self) -> None:
        object.__setattr__(self, "parse", _storable(self.parse))


def _storable(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """Every value, whatever its kind, first passes the one text check (control and broken
    characters refused); the setting's own parser then reads it."""
    def checked(raw: str) -> Any:
        if isinstance(raw, str):
            text(raw, "value", limit=1_000_000, multiline=True)
        return parse(raw)
    return checked


SPECS: dict[str, SettingSpec] = {s.key: s for s in (
    SettingSpec("shop.name", "تعمیرگاه", _text(200, required=True), "Shop name on papers and SMS"),
    SettingSpec("shop.phone", "", _phone, "Shop phone for customers"),
    SettingSpec("shop.address", "", _text(500), "Shop address on papers"),
    SettingSpec("shop.currency", "toman", _choice("toman", "rial"), "Currency unit of amounts"),
    SettingSpec("shop.calendar", "jalali", _choice("jalali", "gregorian"), "Calendar for dates"),
    SettingSpec("shop.language", "fa", _choice("fa", "en"), "Default language"),
    SettingSpec("shop.timezone", "Asia/Tehran", _timezone, "Shop time zone"),
    SettingSpec("receipt.terms.fa", "", _text(4000), "Receipt terms, Persian"),
    SettingSpec("receipt.terms.en", "", _text(4000), "Receipt terms, English"),
    SettingSpec("jobs.warranty_days", 30, _int_range(0, 3650), "Default warranty in days"),
    SettingSpec("jobs.reception_sees_unlock", "no", _choice("yes", "no"),
                "Reception may see passcodes and unlock patterns (yes/no)"),
    SettingSpec("jobs.unlock_keep_days", 7, _int_range(0, 3650),
                "Days after delivery a job's passcode and pattern are kept, then deleted"),
    SettingSpec("shop.logo", "", _image_file, "Logo on papers: a PNG or JPEG file"),
    SettingSpec("papers.amount_in_words", "yes", _choice("yes", "no"),
                "Write an invoice's total in words too"),
    SettingSpec("sms.gateway", "console", _gateway, "SMS gateway that sends customer messages"),
    SettingSpec("sms.events_off", [], _events, "Message events switched off, comma separated"),
    SettingSpec("sms.quiet_start", "21:00", _clock, "Quiet hours start: messages wait"),
    SettingSpec("sms.quiet_end", "09:00", _clock, "Quiet hours end, shop time"),
    SettingSpec("sms.grace_seconds", 60, _int_range(0, 3600),
                "A status change undone within this many seconds sends nothing"),
    SettingSpec("sms.max_attempts", 8, _int_range(1, 50), "Tries before a message fails"),
    SettingSpec("sms.retry_seconds", 30, _int_range(1, 3600),
                "First retry delay; it doubles each time, up to one hour"),
    SettingSpec("sms.timeout_seconds", 10, _int_range(1, 120), "Gateway request timeout"),
    SettingSpec("sms.reminder_days", 7, _int_range(0, 365),
                "Remind about a device not collected this many days after ready (0: never)"),
    SettingSpec("sms.reminder_max", 2, _int_range(0, 10), "Reminders per job at most"),
    SettingSpec("sms.cap_count", 4, _int_range(0, 100),
                "Non-transactional messages per customer within sms.cap_days at most"),
    SettingSpec("sms.cap_days", 30, _int_range(1, 365), "Window of the per-customer cap"),
    SettingSpec("survey.enabled", "yes", _choice("yes", "no"),
                "Ask each customer how it went after delivery (yes/no)"),
    SettingSpec("survey.scale", "nps", _choice("nps", "csat"),
                "The survey question: nps (0–10, would they recommend) or csat (1–5)"),
    SettingSpec("survey.delay_hours", None, _hours_or_morning,
                "Hours after delivery the survey goes (empty: the next morning)"),
    SettingSpec("survey.morning_at", "10:00", _clock, "The next morning's survey time"),
    SettingSpec("survey.every_days", 90, _int_range(0, 3650),
                "At most one survey per customer within this many days"),
    SettingSpec("survey.cancelled", "no", _choice("yes", "no"),
                "Survey cancelled jobs too (yes/no)"),
    SettingSpec("survey.warranty_returns", "no", _choice("yes", "no"),
                "Survey warranty returns too (yes/no)"),
    SettingSpec("survey.ask_why", "yes", _choice("yes", "no"),
                "Ask an unhappy customer what went wrong (yes/no)"),
    SettingSpec("survey.after_recovery", "yes", _choice("yes", "no"),
                "Survey again after a resolved recovery (yes/no)"),
    SettingSpec("survey.thank_promoters", "yes", _choice("yes", "no"),
                "Thank a customer who gave 9–10 (or 5) (yes/no)"),
    SettingSpec("survey.review_link", "", _web_link,
                "Review or referral link sent with the thanks (empty: none)"),
    SettingSpec("care.task_hours", 24, _int_range(1, 720),
                "Working hours a recovery or complaint has before it is overdue"),
    SettingSpec("care.owner_after_hours", 24, _int_range(1, 720),
                "Working hours an overdue task waits on the manager before the owner hears"),
    SettingSpec("care.work_start", "09:00", _clock, "Working hours start"),
    SettingSpec("care.work_end", "21:00", _clock, "Working hours end"),
    SettingSpec("care.closed_days", ["friday"], _weekdays,
                "Days the shop is closed, comma separated (friday)"),
    SettingSpec("care.at_risk_hours", 24, _int_range(0, 720),
                "Flag a job not ready this many hours before its promised date (0: never)"),
    SettingSpec("care.not_collected_days", 14, _int_range(0, 365),
                "A follow-up for a device not collected this many days after ready (0: none)"),
    SettingSpec("care.warranty_reminder", "no", _choice("yes", "no"),
                "Remind the customer before a warranty ends (yes/no)"),
    SettingSpec("care.warranty_reminder_days", 7, _int_range(1, 365),
                "Days before the warranty's end the reminder goes"),
    SettingSpec("care.status_replies_per_day", 3, _int_range(0, 20),
                "Status answers per customer per day to «وضعیت» or a job number"),
    SettingSpec("backup.daily", "yes", _choice("yes", "no"),
                "Make a copy of the database every day (yes/no)"),
    SettingSpec("backup.keep", 14, _int_range(1, 3650), "Daily copies kept; older ones deleted"),
    SettingSpec("backup.folder", "", _backup_folder,
                "Folder of the daily copies (empty: backups in the data folder)"),
)}


def gateway_option_spec(key: str) -> SettingSpec | None:
    """`sms.<gateway>.<option>` for the options an installed gateway declares."""
    parts = key.split(".")
    if len(parts) != 3 or parts[0] != "sms":
        return None
    from app.notify.registry import available_gateways

    gateway = available_gateways().get(parts[1])
    option = next((o for o in gateway.options if o.key == parts[2]), None) if gateway else None
    if option is None:
        return None
    if option.secret:
        return SettingSpec(key, "", _sealed(key), option.help, secret=True)
    if option.url:
        return SettingSpec(key, option.default, _web_address(key), option.help)
    return SettingSpec(key, option.default, _text(2000), option.help, file=option.file)


def _web_address(key: str) -> Callable[[str], Any]:
    def parse(raw: str) -> str:
        from app.notify.gateway import http_url

        value = _text(2000)(raw)
        return http_url(value, key) if value else ""
    return parse


def _sealed(key: str) -> Callable[[str], Any]:
    def parse(raw: str) -> str:
        from app.this_pc.secrets import seal

        value = raw.strip()
        if not value:
            raise ValidationError("This setting may not be empty", code="required")
        return seal(value)
    return parse


def read_setting(session: Session, key: str) -> Any:
    """A setting's value inside the caller's transaction, or its registered default.

    All rows are read once per session: unset keys would otherwise cost a query each time.
    """
    spec = _spec(key)
    stored = session.info.get(_CACHE)
    if stored is None:
        stored = {row.key: row.value for row in session.scalars(select(Setting))}
        session.info[_CACHE] = stored
    return json.loads(stored[key]) if key in stored else spec.default


def forget_settings(session: Session) -> None:
    """Call after writing a Setting row in a session that reads settings afterwards."""
    session.info.pop(_CACHE, None)


# What else must change in the same transaction when a setting does (wired at the root).
Reaction = Callable[[Session, Actor], object]


class SettingsService:
    def __init__(self, db: Database, *, clock: Clock = system_clock,
                 reactions: Mapping[str, Reaction] | None = None) -> None:
        self.db = db
        self.clock = clock
        self.reactions = dict(reactions or {})

    def all(self) -> dict[str, Any]:
        """Every registered setting, then the options of the gateway in use."""
        with self.db.read() as s:
            stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
        values = {key: stored.get(key, spec.default) for key, spec in SPECS.items()}
        for key in gateway_option_keys(str(values["sms.gateway"])):
            values[key] = stored.get(key, _spec(key).default)
        return values

    @staticmethod
    def is_secret(key: str) -> bool:
        return _spec(key).secret

    def get(self, key: str) -> Any:
        with self.db.read() as s:
            return read_setting(s, key)

    def set(self, actor: Actor, key: str, raw: str) -> Any:
        actor.require(Perm.MANAGE_SETTINGS)
        spec = _spec(key)
        try:
            value = spec.parse(raw)
        except ValidationError as err:
            raise ValidationError(f"{key}: {err.message}", code=err.code, field=key,
                                  **err.params) from None
        if spec.file and value:
            refuse_if_in_use(value, self.db.url, field=key)
        with self.db.write() as s:
            row = s.get(Setting, key) or Setting(key=key)
            row.value = json.dumps(value, ensure_ascii=False)
            row.updated_at = self.clock()
            row.updated_by_id = actor.user_id
            s.add(row)
            if key in self.reactions:
                s.flush()
                forget_settings(s)
                self.reactions[key](s, actor)
        return value


def gateway_option_keys(gateway: str) -> list[str]:
    from app.notify.registry import available_gateways

    cls = available_gateways().get(gateway)
    return [f"sms.{gateway}.{o.key}" for o in cls.options] if cls else []


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key) or gateway_option_spec(key)
    if spec is None:
        raise ValidationError(f"Unknown setting '{key}'. Known: {', '.join(SPECS)}",
                              code="unknown_setting", field="key", key=key)
    return spec
