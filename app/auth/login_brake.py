"""The login brake: wrong passwords in a row lock a username for a while, on every PC at once.

The count and the lock live in the database (login_throttle), keyed by the username as typed,
known or not, so the brake itself tells nobody which usernames exist. Every refusal is also a
row of failed_logins for the manager.
"""

from __future__ import annotations

import datetime as dt
import math
import socket
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.errors import PermissionDenied
from app.locale.calendar import utcnow
from db.engine import Database
from db.models import FailedLogin, LoginThrottle

FREE_FAILURES = 5
FIRST_LOCK = dt.timedelta(seconds=30)
LONGEST_LOCK = dt.timedelta(minutes=15)
NAME_LIMIT = 64


@dataclass(frozen=True)
class FailedLoginView:
    at: dt.datetime
    username: str
    known: bool
    reason: str  # wrong_password | unknown_user | inactive | locked
    workstation: str


def recorded_name(typed: str) -> str:
    """What may be stored of a typed username: printable characters only, at most 64."""
    return "".join(ch for ch in typed.strip().lower() if ch.isprintable())[:NAME_LIMIT]


def lock_after(failures: int) -> dt.timedelta | None:
    """No lock for the first few; then 30 s, doubling with each further failure, capped."""
    if failures < FREE_FAILURES:
        return None
    doublings: int = 2 ** min(failures - FREE_FAILURES, 16)
    return min(FIRST_LOCK * doublings, LONGEST_LOCK)


def locked_error(wait: dt.timedelta) -> PermissionDenied:
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds < 120:
        return PermissionDenied(
            f"Too many wrong passwords for this username: try again in {seconds} seconds",
            code="login_locked", seconds=seconds)
    minutes = math.ceil(seconds / 60)
    return PermissionDenied(
        f"Too many wrong passwords for this username: try again in {minutes} minutes",
        code="login_locked_minutes", minutes=minutes)


def wait_left(db: Database, name: str, now: dt.datetime | None = None) -> dt.timedelta | None:
    now = now or utcnow()
    with db.read() as s:
        until = s.scalar(select(LoginThrottle.locked_until)
                         .where(LoginThrottle.username == name))
    return until - now if until is not None and until > now else None


def record_refusal(db: Database, name: str, *, known: bool, reason: str,
                   now: dt.datetime | None = None) -> dt.timedelta | None:
    """One more refused login; a wrong password (not a refusal while locked) counts towards the
    lock. Returns how long the username is now locked, if it is."""
    now = now or utcnow()
    with db.write() as s:
        s.add(FailedLogin(at=now, username=name, known=known, reason=reason,
                          workstation=socket.gethostname()[:100]))
        if reason == "locked":
            return None
        insert = sqlite_insert if db.sqlite else pg_insert
        s.execute(insert(LoginThrottle).values(username=name, failures=0, last_failed_at=now)
                  .on_conflict_do_nothing(index_elements=["username"]))
        # The row lock this update takes makes two PCs' failures count twice, not once.
        failures = s.execute(update(LoginThrottle).where(LoginThrottle.username == name)
                             .values(failures=LoginThrottle.failures + 1, last_failed_at=now)
                             .returning(LoginThrottle.failures)).scalar_one()
        lock = lock_after(failures)
        if lock is not None:
            s.execute(update(LoginThrottle).where(LoginThrottle.username == name)
                      .values(locked_until=now + lock))
        return lock


def clear(db: Database, name: str) -> None:
    with db.write() as s:
        s.execute(delete(LoginThrottle).where(LoginThrottle.username == name))


def failed_logins(db: Database, limit: int = 200) -> list[FailedLoginView]:
    with db.read() as s:
        rows = s.scalars(select(FailedLogin).order_by(FailedLogin.id.desc()).limit(limit))
        return [FailedLoginView(r.at, r.username, r.known, r.reason, r.workstation)
                for r in rows]
