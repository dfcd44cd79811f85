"""A new customer or device as reception types it, and the checks it passes before it is
stored; pure, so every store (SQL or in memory) refuses the same input the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.customers.imei import normalize_imei
from app.customers.phone import normalize_phone
from app.errors import ValidationError
from app.locale.calendar import DEFAULT_TZ, shop_day
from app.validation import MAX_NOTE, choice, text


class Source(StrEnum):
    WALK_IN = "walk_in"
    INSTAGRAM = "instagram"
    REFERRAL = "referral"
    WEBSITE = "website"
    OTHER = "other"


class DeviceKind(StrEnum):
    PHONE = "phone"
    TABLET = "tablet"
    LAPTOP = "laptop"
    CONSOLE = "console"
    OTHER = "other"


@dataclass
class NewCustomer:
    name: str
    mobile: str
    source: str = Source.WALK_IN
    referred_by_id: int | None = None
    other_phones: list[str] = field(default_factory=list)
    email: str | None = None
    birthday: dt.date | None = None
    language: str = "fa"
    notes: str = ""


@dataclass
class NewDevice:
    kind: str
    brand: str
    model: str
    colour: str = ""
    imei: str | None = None
    serial: str | None = None


def _email(value: Any) -> str | None:
    email = text(value, "email", limit=200) or None
    if email and "@" not in email:
        raise ValidationError(f"'{email}' is not an email address", code="bad_email",
                              field="email")
    return email


def check_birthday(value: Any, today: dt.date) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime) or value > today:
        raise ValidationError("A birthday is a date that has passed", code="bad_birthday",
                              field="birthday")
    return value


def _birthday(value: Any) -> dt.date | None:
    return check_birthday(value, dt.date.today())


FIELD_CHECKS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: text(v, "name", required=True),
    "other_phones": lambda v: [normalize_phone(p, mobile=False, field="other_phones")
                               for p in v if p.strip()],
    "email": _email,
    "birthday": _birthday,
    "language": lambda v: choice(v, "language", ("fa", "en")),
    "notes": lambda v: text(v, "notes", limit=MAX_NOTE, multiline=True),
}
EDITABLE = ("mobile", *FIELD_CHECKS)


def unique_mobile(raw: str, taken_by_other: Callable[[str], bool]) -> str:
    mobile = normalize_phone(raw)
    if taken_by_other(mobile):
        raise ValidationError(f"A customer with mobile {mobile} already exists",
                              code="mobile_taken", field="mobile", mobile=mobile)
    return mobile


def checked_customer(data: NewCustomer, now: dt.datetime, *,
                     mobile_taken: Callable[[str], bool],
                     customer_exists: Callable[[int], bool],
                     tz: str = DEFAULT_TZ) -> dict[str, Any]:
    """The new customer's column values, or the first ValidationError of its input (a
    birthday is checked against the shop's day, tz)."""
    mobile = unique_mobile(data.mobile, mobile_taken)
    today = shop_day(now, tz)
    fields = {key: (check_birthday(getattr(data, key), today) if key == "birthday"
                    else check(getattr(data, key))) for key, check in FIELD_CHECKS.items()}
    source = choice(data.source, "source", Source)
    referrer_known = data.referred_by_id is not None and customer_exists(data.referred_by_id)
    if source == Source.REFERRAL and not referrer_known:
        raise ValidationError("A referral names the customer who referred them",
                              code="referrer_missing", field="referred_by_id")
    return {"mobile": mobile, "source": source, "sms_opt_out": False, "created_at": now,
            "referred_by_id": data.referred_by_id if source == Source.REFERRAL else None,
            **fields}


def checked_device(data: NewDevice, now: dt.datetime) -> dict[str, Any]:
    """The new device's column values (without its customer), or a ValidationError."""
    return {
        "imei": normalize_imei(data.imei) if data.imei and data.imei.strip() else None,
        "serial": text(data.serial, "serial", limit=64) or None,
        "kind": choice(data.kind, "kind", DeviceKind),
        "brand": text(data.brand, "brand", limit=100, required=True),
        "model": text(data.model, "model", limit=100, required=True),
        "colour": text(data.colour, "colour", limit=50),
        "created_at": now,
    }
