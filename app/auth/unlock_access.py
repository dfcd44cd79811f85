"""Who may open the shop's unlock secrets, and how the shop's key reaches them.

The shop has one X25519 key pair for passcodes and patterns. Its public half is stored plain,
so reception seals what it types at intake without being able to open it. Its private half is
never stored as such: it is sealed to the own key pair of each user allowed to read, and a
user's private key is stored only wrapped by a key derived from their password (argon2id). At
login the password opens the user's key, that opens the shop's key, and both stay in memory
for the session only. Anyone holding the shop's key hands it on (a manager adding a user or
setting a password, any reader's login) to readers who lack it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import or_, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth import unlock_crypto as crypto
from app.auth.roles import ROLE_PERMS, Perm, Role
from app.locale.calendar import utcnow
from db.engine import Database
from db.models import JobSecret, UnlockKey, User, UserKey

SHOP_KEY_ID = 1
HIDDEN = "hidden"


@dataclass(eq=False)
class SessionKeys:
    """One login's keys, in memory only: the user's own, and the shop's once opened."""

    user_id: int
    user_private: X25519PrivateKey
    shop_private: X25519PrivateKey | None = None

    def __repr__(self) -> str:
        return f"SessionKeys(user_id={self.user_id}, ***)"

    def shop_key(self, session: Session) -> X25519PrivateKey | None:
        """The shop's key, also when it was handed to this user after they logged in."""
        if self.shop_private is None:
            self.shop_private = _open_grant(session, self)
        return self.shop_private


def may_read(session: Session, role: str) -> bool:
    """Technicians and managers; reception only where the shop allows it."""
    if Perm.READ_UNLOCK in ROLE_PERMS[Role(role)]:
        return True
    from app.settings.service import read_setting  # settings build on auth, not back

    return role == Role.RECEPTION and read_setting(session,
                                                   "jobs.reception_sees_unlock") == "yes"


def shop_public_key(session: Session) -> str | None:
    return session.scalar(select(UnlockKey.public_key).where(UnlockKey.id == SHOP_KEY_ID))


# --- a user's own key ------------------------------------------------------------------------
def give_user_key(session: Session, user_id: int, password: str,
                  now: dt.datetime | None = None) -> X25519PrivateKey:
    """A fresh key pair for the user, wrapped by this password; any earlier grant is void."""
    private = crypto.new_private_key()
    salt = crypto.new_salt()
    row = session.get(UserKey, user_id) or UserKey(user_id=user_id)
    row.public_key = crypto.public_text(private)
    row.salt = salt
    row.wrapped_private = crypto.wrap(crypto.password_key(password, salt),
                                      crypto.private_bytes(private))
    row.shop_key = None
    row.granted_by_id = None
    row.updated_at = now or utcnow()
    session.add(row)
    session.flush()
    return private


def rewrap_user_key(session: Session, keys: SessionKeys, password: str,
                    now: dt.datetime | None = None) -> None:
    """The user's own password change: same key pair (and grant), new wrapping."""
    row = session.get(UserKey, keys.user_id)
    if row is None:
        give_user_key(session, keys.user_id, password, now)
        return
    row.salt = crypto.new_salt()
    row.wrapped_private = crypto.wrap(crypto.password_key(password, row.salt),
                                      crypto.private_bytes(keys.user_private))
    row.updated_at = now or utcnow()


def _own_key(session: Session, user_id: int, password: str,
             now: dt.datetime) -> X25519PrivateKey:
    row = session.get(UserKey, user_id)
    if row is not None:
        try:
            return crypto.private_from(crypto.unwrap(crypto.password_key(password, row.salt),
                                                     row.wrapped_private))
        except crypto.CannotOpen:
            pass  # wrapped under a password set outside the app (demo load): start anew
    return give_user_key(session, user_id, password, now)


def _open_grant(session: Session, keys: SessionKeys) -> X25519PrivateKey | None:
    sealed = session.scalar(select(UserKey.shop_key).where(UserKey.user_id == keys.user_id))
    if not sealed:
        return None
    try:
        return crypto.private_from(crypto.open_sealed(keys.user_private, sealed))
    except crypto.CannotOpen:
        return None


# --- login -----------------------------------------------------------------------------------
def open_session_keys(db: Database, user_id: int, role: str, password: str,
                      now: dt.datetime | None = None) -> SessionKeys:
    """Right after a good password: the user's keys, and the shop's for a reader.

    The first reader to log in after the upgrade makes the shop's key pair and seals every
    secret still stored as typed. Two first logins at once: one makes it, the other retries
    and finds it.
    """
    now = now or utcnow()
    for attempt in (1, 2):
        try:
            sealed = 0
            with db.write() as s:
                keys = SessionKeys(user_id, _own_key(s, user_id, password, now))
                if may_read(s, role):
                    public = shop_public_key(s) or _make_shop_key(s, keys, now)
                    if keys.shop_key(s) is not None:
                        share_shop_key(s, keys, now)
                        sealed = seal_typed_secrets(s, public)
            if sealed and db.sqlite:
                _forget_old_pages(db)
            return keys
        except IntegrityError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def _make_shop_key(session: Session, keys: SessionKeys, now: dt.datetime) -> str:
    private = crypto.new_private_key()
    public = crypto.public_text(private)
    session.add(UnlockKey(id=SHOP_KEY_ID, public_key=public, created_at=now,
                          created_by_id=keys.user_id))
    session.flush()
    row = session.get(UserKey, keys.user_id)
    assert row is not None
    row.shop_key = crypto.seal(row.public_key, crypto.private_bytes(private))
    row.granted_by_id = keys.user_id
    keys.shop_private = private
    return public


def _forget_old_pages(db: Database) -> None:
    """The write-ahead log still holds the pages with the typed text: fold it into the file
    (where secure_delete zeroed it) and empty it."""
    raw = db.engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def seal_typed_secrets(session: Session, public: str) -> int:
    """Secrets stored as typed before the shop had a key: sealed now, typed text emptied."""
    rows = session.scalars(select(JobSecret).where(
        JobSecret.sealed.is_(None), or_(JobSecret.passcode != "", JobSecret.pattern != "")))
    count = 0
    for row in rows:
        row.sealed = seal_secret(public, row.passcode, row.pattern)
        row.passcode, row.pattern = "", ""
        count += 1
    return count


# --- handing the key on ----------------------------------------------------------------------
def share_shop_key(session: Session, keys: SessionKeys | None,
                   now: dt.datetime | None = None) -> int:
    """Take the grant from users who may no longer read; give it, when this session holds the
    shop's key, to readers who have their own key pair but not the shop's yet."""
    readers = {u.id for u in session.scalars(select(User).where(User.active.is_(True)))
               if may_read(session, u.role)}
    session.execute(update(UserKey).where(UserKey.user_id.not_in(readers) if readers else true(),
                                          UserKey.shop_key.is_not(None))
                    .values(shop_key=None, granted_by_id=None))
    shop = keys.shop_key(session) if keys is not None else None
    if shop is None or not readers:
        return 0
    given = 0
    for row in session.scalars(select(UserKey).where(UserKey.user_id.in_(readers),
                                                     UserKey.shop_key.is_(None))):
        row.shop_key = crypto.seal(row.public_key, crypto.private_bytes(shop))
        row.granted_by_id = keys.user_id if keys is not None else None
        row.updated_at = now or utcnow()
        given += 1
    return given


# --- one job's secret ------------------------------------------------------------------------
def seal_secret(public: str, passcode: str, pattern: str) -> str:
    plain = json.dumps({"passcode": passcode, "pattern": pattern}, ensure_ascii=False)
    return crypto.seal(public, plain.encode())


def open_secret(session: Session, keys: SessionKeys | None,
                secret: JobSecret) -> tuple[str, str] | None:
    """(passcode, pattern), or None when this session cannot open it."""
    if secret.sealed is None:
        return secret.passcode, secret.pattern
    shop = keys.shop_key(session) if keys is not None else None
    if shop is None:
        return None
    try:
        data = json.loads(crypto.open_sealed(shop, secret.sealed))
    except crypto.CannotOpen:
        return None
    return str(data.get("passcode", "")), str(data.get("pattern", ""))
