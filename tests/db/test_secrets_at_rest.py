"""Passcodes and patterns at rest: sealed in the database and every copy of it, opened only by a
login that holds the shop's unlock key, deleted some days after delivery."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from app.auth.roles import SYSTEM, Role
from app.backup.copies import backup
from app.bootstrap import Services
from app.errors import PermissionDenied, ValidationError
from app.jobs.unlock_retention import delete_old_unlock_secrets
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from db.models import Job, JobEvent, JobSecret, UnlockKey, UserKey
from tests.factories import intake_request, user

PASSCODE = "Qz8841-kX"
PATTERN = "1-5-9-6-3"


def _dump(services: Services, tmp_path: Path) -> bytes:
    """Every byte a copy of this database carries: the app's own backup of a SQLite file; a
    plain pg_dump of PostgreSQL (the app's custom dump is compressed, which would hide it)."""
    if services.db.sqlite:
        copy = backup(services.db, tmp_path / "copy.db").path
        return copy.read_bytes()
    url = make_url(services.db.url).set(drivername="postgresql")
    return subprocess.run(["pg_dump", "--format=plain",
                           url.render_as_string(hide_password=False)],
                          capture_output=True, check=True).stdout


def _live_files(services: Services) -> bytes:
    database = make_url(services.db.url).database or ""
    return b"".join(Path(database + suffix).read_bytes() for suffix in ("", "-wal")
                    if Path(database + suffix).exists())


def test_a_typed_passcode_is_in_no_copy_and_only_the_bench_reads_it(
        services: Services, tmp_path: Path) -> None:
    desk, tech = user(services, Role.RECEPTION), user(services, Role.TECHNICIAN)
    job = services.jobs.intake(desk, intake_request(passcode=PASSCODE, pattern=PATTERN))
    assert services.jobs.get(job.id).has_unlock
    with pytest.raises(PermissionDenied):
        services.jobs.reveal_unlock(desk, job.id)
    unlock = services.jobs.reveal_unlock(tech, job.id)
    assert (unlock.passcode, unlock.pattern, unlock.hidden) == (PASSCODE, PATTERN, False)

    with services.db.read() as s:
        row = s.get(JobSecret, job.id)
        assert row is not None and (row.passcode, row.pattern) == ("", "")
        assert row.sealed and PASSCODE not in row.sealed
    dump = _dump(services, tmp_path)
    assert b"job_secrets" in dump or b"JobSecret" in dump or len(dump) > 10_000
    for secret in (PASSCODE, PATTERN):
        assert secret.encode() not in dump
        if services.db.sqlite:
            assert secret.encode() not in _live_files(services)


def test_the_system_and_a_login_without_the_key_see_hidden_not_an_error(
        services: Services) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request(passcode=PASSCODE))
    events = len(services.jobs.get(job.id).events)
    shown = services.jobs.reveal_unlock(SYSTEM, job.id)  # the CLI: a manager with no login
    assert shown.hidden and shown.passcode == "" and shown.pattern == ""
    assert len(services.jobs.get(job.id).events) == events  # nothing was seen, nothing logged


def test_a_password_reset_by_the_manager_keeps_the_technician_reading(
        services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    tech = user(services, Role.TECHNICIAN, "reza")
    job = services.jobs.intake(boss, intake_request(passcode=PASSCODE))
    services.users.set_password(boss, tech.user_id or 0, "forgot-it-2")
    with pytest.raises(PermissionDenied):
        services.users.authenticate("reza", "secret-1")
    again = services.users.authenticate("reza", "forgot-it-2")
    assert services.jobs.reveal_unlock(again, job.id).passcode == PASSCODE


def test_a_reset_by_the_system_leaves_the_key_pending_until_a_reader_passes_it_on(
        services: Services) -> None:
    tech = user(services, Role.TECHNICIAN, "reza")
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request(passcode=PASSCODE))
    services.users.set_password(SYSTEM, tech.user_id or 0, "forgot-it-2")
    reza = services.users.authenticate("reza", "forgot-it-2")
    assert services.jobs.reveal_unlock(reza, job.id).hidden
    boss = services.users.authenticate("boss", "secret-1")  # a holder's login hands it on
    assert boss.keys is not None and boss.keys.shop_private is not None
    assert services.jobs.reveal_unlock(reza, job.id).passcode == PASSCODE  # same session


def test_an_own_password_change_rewraps_the_same_keys(services: Services) -> None:
    tech = user(services, Role.TECHNICIAN, "reza")
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request(passcode=PASSCODE))
    with pytest.raises(ValidationError):
        services.users.change_own_password(tech, "not-it", "brand-new-3")
    services.users.change_own_password(tech, "secret-1", "brand-new-3")
    reza = services.users.authenticate("reza", "brand-new-3")
    assert services.jobs.reveal_unlock(reza, job.id).passcode == PASSCODE
    with pytest.raises(PermissionDenied):
        services.users.change_own_password(SYSTEM, "x", "brand-new-4")


def test_a_role_change_gives_and_takes_the_key(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    clerk = user(services, Role.RECEPTION, "sara")
    job = services.jobs.intake(clerk, intake_request(passcode=PASSCODE))

    def grant(user_id: int | None) -> str | None:
        with services.db.read() as s:
            row = s.get(UserKey, user_id)
            assert row is not None
            return row.shop_key

    assert grant(clerk.user_id) is None
    services.users.set_role(boss, clerk.user_id or 0, "technician")
    assert grant(clerk.user_id) is not None
    sara = services.users.authenticate("sara", "secret-1")
    assert services.jobs.reveal_unlock(sara, job.id).passcode == PASSCODE
    services.users.set_role(boss, clerk.user_id or 0, "reception")
    assert grant(clerk.user_id) is None
    with pytest.raises(PermissionDenied):
        services.jobs.reveal_unlock(services.users.authenticate("sara", "secret-1"), job.id)


def test_secrets_typed_before_the_upgrade_are_sealed_by_the_first_reader_to_log_in(
        services: Services, tmp_path: Path) -> None:
    """As a database upgraded to 0005 is: typed rows, no shop key, no user keys yet."""
    desk = user(services, Role.RECEPTION)
    user(services, Role.TECHNICIAN, "reza")
    jobs = [services.jobs.intake(desk, intake_request()) for _ in range(3)]
    with services.db.write() as s:
        s.query(UserKey).delete()
        s.query(UnlockKey).delete()
        for n, job in enumerate(jobs):
            secret = s.get(JobSecret, job.id)
            assert secret is not None
            secret.sealed, secret.passcode, secret.pattern = None, f"{PASSCODE}{n}", PATTERN
    # until then nothing is lost: a bench login of an old desk still reads them
    before = services.jobs.reveal_unlock(SYSTEM, jobs[0].id)
    assert (before.passcode, before.hidden) == (f"{PASSCODE}0", False)
    # reception logs in first: it may not read, so it makes no key and seals nothing
    desk_again = services.users.authenticate(desk.username, "secret-1")
    assert desk_again.keys is not None and desk_again.keys.shop_private is None
    with services.db.read() as s:
        assert s.scalar(select(UnlockKey.id)) is None
    reza = services.users.authenticate("reza", "secret-1")
    with services.db.read() as s:
        assert s.scalar(select(UnlockKey.id)) == 1
        rows = s.scalars(select(JobSecret)).all()
        assert {(r.passcode, r.pattern) for r in rows} == {("", "")}
        assert all(r.sealed for r in rows)
    for n, job in enumerate(jobs):
        assert services.jobs.reveal_unlock(reza, job.id).passcode == f"{PASSCODE}{n}"
    dump = _dump(services, tmp_path)
    assert PASSCODE.encode() not in dump
    if services.db.sqlite:  # overwritten in place: zeroed (secure_delete), not left behind
        assert PASSCODE.encode() not in _live_files(services)


def test_two_first_readers_logging_in_at_once_make_one_key_and_both_read(
        db_url: str) -> None:
    import threading

    from app.bootstrap import build

    first = build(db_url, migrate="never")
    job = first.jobs.intake(user(first, Role.RECEPTION), intake_request(passcode=PASSCODE))
    user(first, Role.TECHNICIAN, "reza")
    with first.db.write() as s:  # as just after the upgrade, with one typed secret
        s.execute(update(UserKey).values(shop_key=None, granted_by_id=None))
        s.query(UnlockKey).delete()
        secret = s.get(JobSecret, job.id)
        assert secret is not None
        secret.sealed, secret.passcode = None, PASSCODE
    second = build(db_url, migrate="never")
    start = threading.Barrier(2)
    actors: dict[str, object] = {}

    def log_in(services: Services, name: str) -> None:
        start.wait()
        actors[name] = services.users.authenticate(name, "secret-1")

    threads = [threading.Thread(target=log_in, args=(first, "boss")),
               threading.Thread(target=log_in, args=(second, "reza"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert set(actors) == {"boss", "reza"}
        with first.db.read() as s:
            assert len(s.scalars(select(UnlockKey)).all()) == 1
        for name in ("boss", "reza"):
            again = first.users.authenticate(name, "secret-1")
            assert first.jobs.reveal_unlock(again, job.id).passcode == PASSCODE
    finally:
        first.close()
        second.close()


def test_unlock_secrets_go_the_set_number_of_days_after_delivery(services: Services) -> None:
    tech = user(services, Role.RECEPTION)
    kept = services.jobs.intake(tech, intake_request(passcode="1111"))
    gone = services.jobs.intake(tech, intake_request(passcode="2222"))
    open_job = services.jobs.intake(tech, intake_request(passcode="3333"))
    delivered = utcnow() - dt.timedelta(days=10)
    with services.db.write() as s:
        s.execute(update(Job).where(Job.id == gone.id)
                  .values(status=Status.DELIVERED, delivered_at=delivered))
        s.execute(update(Job).where(Job.id == kept.id)
                  .values(status=Status.DELIVERED, delivered_at=utcnow() - dt.timedelta(days=6)))
    assert delete_old_unlock_secrets(services.db) == 1
    assert delete_old_unlock_secrets(services.db) == 0  # once only
    cancelled = services.jobs.intake(tech, intake_request(passcode="4444"))
    with services.db.write() as s:  # handed back unrepaired 8 days ago
        s.execute(update(Job).where(Job.id == cancelled.id).values(
            status=Status.CANCELLED, status_changed_at=utcnow() - dt.timedelta(days=8)))
    assert delete_old_unlock_secrets(services.db) == 1
    assert services.jobs.get(cancelled.id).events[-1].data == {"days_after_cancel": 7}
    assert not services.jobs.get(gone.id).has_unlock
    assert services.jobs.get(kept.id).has_unlock and services.jobs.get(open_job.id).has_unlock
    last = services.jobs.get(gone.id).events[-1]
    assert (last.kind, last.actor, last.data) == ("unlock_deleted", "system",
                                                  {"days_after_delivery": 7})
    # a shorter setting applies at the next round; a bad one is refused and changes nothing
    for bad in ("-1", "seven", "99999"):
        with pytest.raises(ValidationError):
            services.settings.set(SYSTEM, "jobs.unlock_keep_days", bad)
    services.settings.set(SYSTEM, "jobs.unlock_keep_days", "3")
    assert delete_old_unlock_secrets(services.db) == 1
    with services.db.read() as s:
        assert s.get(JobSecret, kept.id) is None and s.get(JobSecret, open_job.id) is not None
        assert s.scalar(select(JobEvent.data).where(JobEvent.job_id == kept.id,
                                                    JobEvent.kind == "unlock_deleted")) \
            == {"days_after_delivery": 3}


def test_a_login_runs_the_deletion_one_batch_at_most(services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.jobs import unlock_retention

    monkeypatch.setattr(unlock_retention, "BATCH", 2)
    user(services, Role.TECHNICIAN, "reza")
    desk = user(services, Role.RECEPTION)
    jobs = [services.jobs.intake(desk, intake_request(passcode="1111")) for _ in range(3)]
    with services.db.write() as s:
        s.execute(update(Job).where(Job.id.in_([j.id for j in jobs])).values(
            status=Status.DELIVERED, delivered_at=utcnow() - dt.timedelta(days=8)))
    services.users.authenticate("reza", "secret-1")
    assert [services.jobs.get(j.id).has_unlock for j in jobs] == [False, False, True]
    assert delete_old_unlock_secrets(services.db) == 1  # the round takes the rest


def test_the_sms_round_deletes_them_too(services: Services, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path))  # the console gateway's file
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request(passcode="1111"))
    with services.db.write() as s:
        s.execute(update(Job).where(Job.id == job.id).values(
            status=Status.DELIVERED, delivered_at=utcnow() - dt.timedelta(days=8)))
    dispatcher = services.dispatcher()
    try:
        dispatcher.run_once()
    finally:
        dispatcher.close()
    assert not services.jobs.get(job.id).has_unlock
    assert services.jobs.get(job.id).events[-1].kind == "unlock_deleted"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_data_folder_and_its_files_are_private_to_this_os_user(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.bootstrap import build
    from app.this_pc import paths, secrets
    from app.this_pc.log_file import log_file

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    old = home / "tamirgah.db"  # a database from before this rule, readable by all
    (home / "backups").mkdir(mode=0o755)
    (home / "backups" / "daily.db").write_bytes(b"x")
    os.chmod(home / "backups" / "daily.db", 0o644)
    monkeypatch.setenv("TAMIRGAH_HOME", str(home))
    monkeypatch.delenv("TAMIRGAH_SECRET_KEY", raising=False)
    monkeypatch.setattr(paths, "_made_private", set())
    services = build(f"sqlite:///{old}")
    try:
        user(services, Role.TECHNICIAN)
        services.jobs.intake(user(services, Role.RECEPTION), intake_request(passcode="1"))
        secrets.seal("an api key")
        log = log_file()
        copy = backup(services.db, home / "backups" / "manual.db").path
        modes = {p.name: stat.S_IMODE(p.stat().st_mode)
                 for p in (home, home / "backups", old, Path(f"{old}-wal"), Path(f"{old}-shm"),
                           home / "secret.key", log, home / "backups" / "daily.db")}
    finally:
        services.close()
    assert modes == {"home": 0o700, "backups": 0o700, "tamirgah.db": 0o600,
                     "tamirgah.db-wal": 0o600, "tamirgah.db-shm": 0o600,
                     "secret.key": 0o600, "tamirgah.log": 0o600, "daily.db": 0o600}
    assert stat.S_IMODE(copy.stat().st_mode) & 0o077 == 0
