"""The first start of a new shop: its language, name and phone, and the manager's account."""

from __future__ import annotations

from dataclasses import dataclass

from app.auth.roles import SYSTEM, Actor, Role
from app.auth.service import UserService
from app.errors import ValidationError
from app.settings.service import SPECS, SettingsService


@dataclass(frozen=True)
class ShopSetup:
    language: str
    shop_name: str
    shop_phone: str
    admin_username: str
    admin_name: str
    admin_password: str
    admin_password_again: str


def needs_setup(users: UserService) -> bool:
    return not users.has_users()


def set_up_shop(users: UserService, settings: SettingsService, setup: ShopSetup) -> Actor:
    """Check everything first, then write: a refused field leaves the shop as it was."""
    if setup.admin_password != setup.admin_password_again:
        raise ValidationError("The two passwords differ", code="passwords_differ",
                              field="admin_password_again")
    values = {"shop.language": setup.language, "shop.name": setup.shop_name,
              "shop.phone": setup.shop_phone}
    for key, raw in values.items():
        try:
            SPECS[key].parse(raw)
        except ValidationError as err:
            raise ValidationError(err.message, code=err.code, field=key, **err.params) from None
    users.create(None, username=setup.admin_username, full_name=setup.admin_name,
                 role=Role.MANAGER, password=setup.admin_password)
    for key, raw in values.items():
        settings.set(SYSTEM, key, raw)
    return users.authenticate(setup.admin_username, setup.admin_password)
