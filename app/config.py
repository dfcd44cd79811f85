"""Shop settings shared by every workstation: one registry of keys, each with its check."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.customers.phone import normalize_phone
from app.errors import ValidationError
from app.locale.calendar import utcnow
from app.locale.text import clean_text
from db.engine import Database
from db.models import Setting


def _text(limit: int, *, required: bool = False) -> Callable[[str], Any]:
    def parse(raw: str) -> str:
        value = clean_text(raw) if "\n" not in raw else raw.strip()
        if required and not value:
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


def _phone(raw: str) -> str:
    return normalize_phone(raw, mobile=False, field="value") if raw.strip() else ""


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"Unknown time zone '{raw}'", code="bad_timezone") from None
    return raw


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    parse: Callable[[str], Any]
    help: str


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
)}


def read_setting(session: Session, key: str) -> Any:
    """A setting's value inside the caller's transaction, or its registered default."""
    spec = _spec(key)
    row = session.get(Setting, key)
    return json.loads(row.value) if row else spec.default


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> dict[str, Any]:
        with self.db.read() as s:
            stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
        return {key: stored.get(key, spec.default) for key, spec in SPECS.items()}

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
        with self.db.write() as s:
            row = s.get(Setting, key) or Setting(key=key)
            row.value = json.dumps(value, ensure_ascii=False)
            row.updated_at = utcnow()
            row.updated_by_id = actor.user_id
            s.add(row)
        return value


def _spec(key: str) -> SettingSpec:
    spec = SPECS.get(key)
    if spec is None:
        raise ValidationError(f"Unknown setting '{key}'. Known: {', '.join(SPECS)}",
                              code="unknown_setting", field="key", key=key)
    return spec
