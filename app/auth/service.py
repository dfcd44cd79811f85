"""Users: creation by a manager (or the very first one), login, listing, role, deactivation."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.auth import login_brake
from app.auth.passwords import hash_password, verify_password
from app.auth.roles import MANAGING, Actor, Perm, Role
from app.auth.unlock_access import (
    give_user_key,
    may_read,
    open_session_keys,
    rewrap_user_key,
    share_shop_key,
)
from app.clock import Clock, system_clock
from app.errors import NotFound, PermissionDenied, ValidationError
from app.locale.text import is_blank
from app.validation import text
from db.engine import Database
from db.models import User

USERNAME = re.compile(r"^[a-z0-9_.-]{2,64}$")
MIN_PASSWORD = 6


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool


class UserService:
    def __init__(self, db: Database, *, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock

    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def create(self, actor: Actor | None, *, username: str, full_name: str, role: str,
               password: str) -> UserInfo:
        """actor None is allowed only while there are no users yet (first-run setup)."""
        username = username.strip().lower()
        if not USERNAME.match(username):
            raise ValidationError("A username is 2-64 lower-case letters, digits, . _ -",
                                  code="bad_username", field="username")
        role = _role(role)
        _check_password(password)
        full_name = text(full_name, "full_name")
        if is_blank(full_name):
            full_name = username
        with self.db.write() as s:
            count = s.scalar(select(func.count()).select_from(User)) or 0
            if actor is None and count:
                raise PermissionDenied("Only a manager can add users", code="forbidden")
            if actor is not None:
                actor.require(Perm.MANAGE_USERS)
            if s.scalar(select(User.id).where(User.username == username)):
                raise ValidationError(f"The username '{username}' is taken",
                                      code="username_taken", field="username")
            user = User(username=username, full_name=full_name, role=role,
                        password_hash=hash_password(password), active=True,
                        created_at=self.clock())
            s.add(user)
            s.flush()
            give_user_key(s, user.id, password, self.clock())
            if may_read(s, role):
                share_shop_key(s, actor.keys if actor is not None else None, self.clock())
            return _info(user)

    def authenticate(self, username: str, password: str) -> Actor:
        """The user, with their unlock keys opened; a refusal costs the same hash work whether
        the username exists or not, and repeated ones lock the username (login_brake)."""
        name = login_brake.recorded_name(username)
        now = self.clock()
        wait = login_brake.wait_left(self.db, name, now)
        exact = name == username.strip().lower() and USERNAME.match(name)
        user = self._user_named(name) if exact else None
        if wait is not None:
            login_brake.record_refusal(self.db, name, known=user is not None, reason="locked",
                                      now=now)
            raise login_brake.locked_error(wait)
        good = verify_password(user.password_hash if user is not None else _dummy_hash(),
                               password)
        if user is None or not user.active or not good:
            reason = ("unknown_user" if user is None else
                      "inactive" if not user.active else "wrong_password")
            lock = login_brake.record_refusal(self.db, name, known=user is not None,
                                              reason=reason, now=now)
            if lock is not None:
                raise login_brake.locked_error(lock)
            raise PermissionDenied("Wrong username or password", code="bad_login")
        login_brake.clear(self.db, name)
        from app.jobs.unlock_retention import delete_old_unlock_secrets  # jobs build on auth

        delete_old_unlock_secrets(self.db, now, batches=1)  # first: what is due goes, not sealed
        keys = open_session_keys(self.db, user.id, user.role, password, now)
        return Actor(user_id=user.id, username=user.username, role=Role(user.role), keys=keys)

    def acting_as(self, username: str) -> Actor:
        """An active user for the manager's console (`tamirgah job … --as`): whoever runs it
        holds the shop's database already; the user's role decides what they may do, and the
        work is recorded as theirs. Without a login, no unlock keys are opened."""
        user = self._user_named(username.strip().lower())
        if user is None or not user.active:
            raise NotFound(f"There is no active user named '{username}'", code="no_user",
                           username=username)
        return Actor(user_id=user.id, username=user.username, role=Role(user.role))

    def _user_named(self, name: str) -> User | None:
        with self.db.read() as s:
            return s.scalar(select(User).where(User.username == name))

    def failed_logins(self, actor: Actor, limit: int = 200) -> list[login_brake.FailedLoginView]:
        """The newest refused logins first, for the manager."""
        actor.require(Perm.MANAGE_USERS)
        return login_brake.failed_logins(self.db, limit)

    def change_own_password(self, actor: Actor, current: str, new: str) -> None:
        """A user's own change: the same keys, wrapped again under the new password."""
        if actor.user_id is None or actor.keys is None:
            raise PermissionDenied("Log in as yourself to change your password",
                                   code="forbidden")
        _check_password(new)
        with self.db.write() as s:
            user = _user(s, actor.user_id)
            if not verify_password(user.password_hash, current):
                raise ValidationError("The current password is not right",
                                      code="wrong_current_password", field="password")
            user.password_hash = hash_password(new)
            rewrap_user_key(s, actor.keys, new, self.clock())

    def list(self) -> list[UserInfo]:
        with self.db.read() as s:
            return [_info(u) for u in s.scalars(select(User).order_by(User.username))]

    def set_role(self, actor: Actor, user_id: int, role: str) -> UserInfo:
        """A manager changes someone's role; the shop always keeps an active manager."""
        actor.require(Perm.MANAGE_USERS)
        role = _role(role)
        with self.db.write() as s:
            user = _user(s, user_id)
            if user.role in MANAGING and role not in MANAGING:
                _keep_a_manager(s, user)
            user.role = role
            s.flush()
            share_shop_key(s, actor.keys, self.clock())
            return _info(user)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserInfo:
        """Deactivate (never delete: jobs and payments name their users) or reactivate."""
        actor.require(Perm.MANAGE_USERS)
        with self.db.write() as s:
            user = _user(s, user_id)
            if not active and user.id == actor.user_id:
                raise ValidationError("You cannot deactivate yourself", code="deactivate_self",
                                      field="active")
            if not active and user.role in MANAGING:
                _keep_a_manager(s, user)
            user.active = active
            s.flush()
            share_shop_key(s, actor.keys, self.clock())
            return _info(user)

    def set_password(self, actor: Actor, user_id: int, password: str) -> UserInfo:
        """A manager resets a user's password (e.g. one they forgot). The user gets a new key
        pair under it, and the shop's unlock key from this manager's session."""
        actor.require(Perm.MANAGE_USERS)
        _check_password(password)
        with self.db.write() as s:
            user = _user(s, user_id)
            user.password_hash = hash_password(password)
            give_user_key(s, user.id, password, self.clock())
            share_shop_key(s, actor.keys, self.clock())
            return _info(user)

    def get(self, user_id: int) -> UserInfo:
        with self.db.read() as s:
            user = s.get(User, user_id)
        if user is None:
            raise NotFound(f"No user #{user_id}", code="no_user")
        return _info(user)


@cache
def _dummy_hash() -> str:
    """What an unknown username's password is checked against: the same work as a real one."""
    return hash_password(secrets.token_urlsafe(24))


def _role(role: str) -> Role:
    if role not in {r.value for r in Role}:
        raise ValidationError(f"Unknown role '{role}'", code="bad_role", field="role")
    return Role(role)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"A password needs at least {MIN_PASSWORD} characters",
                              code="short_password", field="password", limit=MIN_PASSWORD)


def _user(s: Session, user_id: int) -> User:
    user = s.get(User, user_id)
    if user is None:
        raise NotFound(f"No user #{user_id}", code="no_user")
    return user


def _keep_a_manager(s: Session, leaving: User) -> None:
    """Refuse a change that would leave the shop with no active manager."""
    others = s.scalar(select(func.count()).select_from(User).where(
        User.role.in_([str(r) for r in MANAGING]), User.active.is_(True),
        User.id != leaving.id))
    if not others:
        raise ValidationError("The shop needs at least one active manager",
                              code="last_manager", field="role")


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), user.active)
