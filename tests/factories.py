"""Builders for test data through the real services."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import func, select

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.customers.imei import luhn_check_digit
from app.customers.service import NewCustomer, NewDevice
from app.jobs.intake import IntakeRequest
from db.models import Base

_serial = itertools.count(1)


def valid_imei(seed: int) -> str:
    body = f"35{seed:012d}"[:14]
    return body + str(luhn_check_digit(body))


def mobile(seed: int) -> str:
    return f"0912{seed:07d}"


def user(services: Services, role: Role, name: str | None = None) -> Actor:
    username = name or f"{role.value}{next(_serial)}"
    if not services.users.has_users():
        services.users.create(None, username="boss", full_name="Boss", role="manager",
                              password="secret-1")
    boss = services.users.authenticate("boss", "secret-1")
    if username != "boss":
        services.users.create(boss, username=username, full_name=username.title(),
                              role=role.value, password="secret-1")
    return services.users.authenticate(username, "secret-1")


def intake_request(seed: int | None = None, **overrides: Any) -> IntakeRequest:
    n = seed if seed is not None else next(_serial)
    fields: dict[str, Any] = {
        "problem": "صفحه نمایش شکسته و لمس کار نمی‌کند",
        "new_customer": NewCustomer(name=f"مریم احمدی {n}", mobile=mobile(n)),
        "new_device": NewDevice(kind="phone", brand="Samsung", model="Galaxy A52",
                                colour="مشکی", imei=valid_imei(n)),
        "condition": {"screen": "cracked", "powers_on": True},
        "accessories": ["charger", "case"],
        "passcode": "2580",
    }
    fields.update(overrides)
    return IntakeRequest(**fields)


def row_counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}
