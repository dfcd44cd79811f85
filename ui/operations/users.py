"""Operations on the shop's users: adding one, a role, active or not, passwords."""

from __future__ import annotations

from app.auth.service import UserInfo
from app.changes import Changes
from ui.shell.desk import Desk
from ui.shell.tasks import Operation

USERS = Changes(users=True)


def add_user(*, desk: Desk, username: str, full_name: str, role: str,
             password: str) -> Operation[UserInfo]:
    users, actor = desk.services.users, desk.actor
    return Operation(lambda: users.create(actor, username=username, full_name=full_name,
                                          role=role, password=password),
                     lambda _: USERS, desk.hub)


def set_role(*, desk: Desk, user_id: int, role: str) -> Operation[UserInfo]:
    users, actor = desk.services.users, desk.actor
    return Operation(lambda: users.set_role(actor, user_id, role), lambda _: USERS, desk.hub)


def set_active(*, desk: Desk, user_id: int, active: bool) -> Operation[UserInfo]:
    users, actor = desk.services.users, desk.actor
    return Operation(lambda: users.set_active(actor, user_id, active), lambda _: USERS,
                     desk.hub)


def set_password(*, desk: Desk, user_id: int, password: str) -> Operation[UserInfo]:
    users, actor = desk.services.users, desk.actor
    return Operation(lambda: users.set_password(actor, user_id, password), lambda _: USERS,
                     desk.hub)


def change_own_password(*, desk: Desk, current: str, new: str) -> Operation[None]:
    users, actor = desk.services.users, desk.actor
    return Operation(lambda: users.change_own_password(actor, current, new),
                     lambda _: USERS, desk.hub)
