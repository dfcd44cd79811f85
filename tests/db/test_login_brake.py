"""The login brake: repeated wrong passwords lock a username on every PC, refusals are recorded
for the manager, and an unknown username costs the same hash work as a wrong password."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

import app.auth.service as auth_service
from app.auth import login_brake
from app.auth.roles import SYSTEM, Role
from app.bootstrap import Services, build
from app.errors import PermissionDenied
from app.locale.calendar import utcnow
from db.models import FailedLogin, LoginThrottle
from tests.factories import user


def _refusal(services: Services, username: str, password: str) -> PermissionDenied:
    with pytest.raises(PermissionDenied) as err:
        services.users.authenticate(username, password)
    return err.value


def _pass_time(services: Services, username: str) -> None:
    """The lock runs out: as if its time had passed."""
    with services.db.write() as s:
        s.execute(update(LoginThrottle).where(LoginThrottle.username == username)
                  .values(locked_until=utcnow() - dt.timedelta(seconds=1)))


@pytest.fixture
def second_pc(db_url: str) -> Iterator[Services]:
    other = build(db_url, migrate="never")
    yield other
    other.close()


def test_five_wrong_passwords_lock_the_username_even_against_the_right_one(
        services: Services, second_pc: Services) -> None:
    user(services, Role.TECHNICIAN, "reza")
    codes = [_refusal(services, "reza", f"guess-{n}").code for n in range(5)]
    assert codes == ["bad_login"] * 4 + ["login_locked"]
    locked = _refusal(second_pc, "Reza ", "secret-1")  # the right password, on another PC
    assert locked.code == "login_locked" and 25 <= locked.params["seconds"] <= 30
    assert "30 seconds" in locked.message or "seconds" in locked.message
    assert "ثانیهٔ دیگر" in locked.localized("fa")

    _pass_time(services, "reza")
    assert _refusal(services, "reza", "guess-6").params["seconds"] == 60  # doubled
    _pass_time(services, "reza")
    assert services.users.authenticate("reza", "secret-1").username == "reza"
    with services.db.read() as s:  # a good login starts the count again
        assert s.scalar(select(LoginThrottle).where(LoginThrottle.username == "reza")) is None
        reasons = s.scalars(select(FailedLogin.reason).where(FailedLogin.username == "reza")
                            .order_by(FailedLogin.id)).all()
    assert reasons == ["wrong_password"] * 5 + ["locked"] + ["wrong_password"]


def test_thirty_wrong_passwords_then_the_right_one_is_still_refused(
        services: Services) -> None:
    user(services, Role.TECHNICIAN, "reza")
    for n in range(30):
        _refusal(services, "reza", f"guess-{n}")
    assert _refusal(services, "reza", "secret-1").code == "login_locked"
    with services.db.read() as s:  # tries while locked are refused unchecked and not counted
        reasons = s.scalars(select(FailedLogin.reason)).all()
    assert (reasons.count("wrong_password"), reasons.count("locked")) == (5, 26)


def test_a_long_lock_is_told_in_minutes(services: Services) -> None:
    user(services, Role.TECHNICIAN, "reza")
    for n in range(10):
        _refusal(services, "reza", f"guess-{n}")
        _pass_time(services, "reza")
    err = _refusal(services, "reza", "guess-11")
    assert err.code == "login_locked_minutes" and err.params["minutes"] == 15
    assert "15 minutes" in err.message and "دقیقهٔ دیگر" in err.localized("fa")


@pytest.mark.parametrize(("failures", "seconds"), [
    (0, None), (4, None), (5, 30), (6, 60), (7, 120), (9, 480), (10, 900), (10_000, 900)])
def test_the_lock_doubles_from_thirty_seconds_up_to_fifteen_minutes(
        failures: int, seconds: int | None) -> None:
    lock = login_brake.lock_after(failures)
    assert (lock.total_seconds() if lock is not None else None) == seconds


def test_an_unknown_username_runs_the_same_hash_work_and_brakes_alike(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    user(services, Role.TECHNICIAN, "reza")
    checked: list[str] = []
    real = auth_service.verify_password

    def counting(stored: str, password: str) -> bool:
        checked.append(stored)
        return real(stored, password)

    monkeypatch.setattr(auth_service, "verify_password", counting)
    known = _refusal(services, "reza", "guess")
    unknown = _refusal(services, "nobody", "guess")
    assert (known.code, known.message) == (unknown.code, unknown.message)
    assert len(checked) == 2
    # the dummy is a real argon2id hash made with the same cost as a user's
    cost = [stored.split("$")[1:4] for stored in checked]
    assert cost[0] == cost[1] and cost[0][0] == "argon2id"
    assert checked[0] != checked[1]
    for n in range(4):
        _refusal(services, "nobody", f"guess-{n}")
    assert _refusal(services, "nobody", "x").code == "login_locked"
    with services.db.read() as s:
        rows = s.scalars(select(FailedLogin).order_by(FailedLogin.id)).all()
    assert [(r.username, r.known, r.reason) for r in rows[:2]] == [
        ("reza", True, "wrong_password"), ("nobody", False, "unknown_user")]


def test_a_deactivated_user_is_refused_like_a_wrong_password(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    tech = user(services, Role.TECHNICIAN, "reza")
    services.users.set_active(boss, tech.user_id or 0, False)
    assert _refusal(services, "reza", "secret-1").code == "bad_login"
    assert [v.reason for v in services.users.failed_logins(boss)] == ["inactive"]


def test_the_manager_sees_failed_logins_and_nobody_else_does(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    desk = user(services, Role.RECEPTION, "sara")
    _refusal(services, "sara", "wrong")
    _refusal(services, "ghost", "wrong")
    seen = services.users.failed_logins(boss)
    assert [(v.username, v.known, v.reason) for v in seen] == [
        ("ghost", False, "unknown_user"), ("sara", True, "wrong_password")]
    assert all(v.workstation for v in seen)
    with pytest.raises(PermissionDenied):
        services.users.failed_logins(desk)
    assert services.users.failed_logins(SYSTEM)  # the CLI runs as the shop's manager


@pytest.mark.parametrize("typed", ["bo\x00ss", "\udcff", "x" * 500, "\x1b[2Jboss", ""])
def test_a_strange_username_is_refused_and_recorded_without_harm(
        services: Services, typed: str) -> None:
    user(services, Role.MANAGER, "boss")
    assert _refusal(services, typed, "secret-1").code == "bad_login"
    with services.db.read() as s:
        recorded = s.scalars(select(FailedLogin.username)).all()
    assert len(recorded) == 1 and len(recorded[0]) <= 64
    assert recorded[0].isprintable()
