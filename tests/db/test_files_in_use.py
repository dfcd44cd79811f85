"""Nothing of ours is ever written onto a file the shop is using: the live database, its
-wal/-shm/-journal, this PC's key, settings and log. Backups, saved papers, the console
gateway's file, daily rotation and `db copy-to` all refuse them, by any spelling."""

from __future__ import annotations

import datetime as dt
import ntpath
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.auth.roles import SYSTEM, Role
from app.backup.copies import backup
from app.backup.files import daily_name, rotate
from app.bootstrap import Services, build
from app.database.copy_to import copy_database
from app.errors import ValidationError
from app.notify.gateway_config import gateway_settings
from app.printing.service import PaperService
from app.this_pc import files_in_use
from db.models import Job, Setting
from tests.factories import intake_request, row_counts, user

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(pc_home: Path) -> Path:
    return pc_home


@pytest.fixture
def shop(home: Path) -> Iterator[Services]:
    services = build(f"sqlite:///{home / 'tamirgah.db'}")
    yield services
    services.close()


def spellings(live: Path, tmp_path: Path) -> list[Path]:
    """The live database and its companions, written as a careless or hostile user might."""
    link = tmp_path / "looks-like-a-backup.tamirgah-backup"
    link.symlink_to(live)
    wal_link = tmp_path / "wal-link"
    wal_link.symlink_to(live.with_name(live.name + "-wal"))
    hard = tmp_path / "hard-link.db"
    os.link(live, hard)
    return [live, live.parent / "sub" / ".." / live.name, link, hard, wal_link,
            live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm"),
            live.with_name(live.name + "-journal")]


def test_a_backup_onto_the_live_database_is_refused_by_every_spelling(
        shop: Services, home: Path, tmp_path: Path) -> None:
    shop.jobs.intake(user(shop, Role.RECEPTION), intake_request(1))
    live = home / "tamirgah.db"
    before = row_counts(shop)
    for target in spellings(live, tmp_path):
        with pytest.raises(ValidationError) as refused:
            backup(shop.db, target)
        assert refused.value.code == "file_in_use", target
        assert "a file the shop is using" in refused.value.message
        assert "فایلی که تعمیرگاه در حال استفاده" in refused.value.localized("fa")
    for own in ("secret.key", "workstation.json", "tamirgah.log"):
        with pytest.raises(ValidationError, match="a file the shop is using"):
            shop.backups.back_up_to(home / own)
    assert row_counts(shop) == before
    with sqlite3.connect(live) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_backup_whose_partial_file_would_be_the_database_is_refused(
        home: Path, tmp_path: Path) -> None:
    live = tmp_path / "shop.tamirgah-backup.partial"
    services = build(f"sqlite:///{live}")
    try:
        services.jobs.intake(SYSTEM, intake_request(2))
        with pytest.raises(ValidationError, match="a file the shop is using"):
            backup(services.db, tmp_path / "shop.tamirgah-backup")
        assert live.exists() and row_counts(services)["jobs"] == 1
    finally:
        services.close()


def test_case_is_folded_where_the_file_system_folds_it(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    live = tmp_path / "Shop" / "tamirgah.db"
    other_case = tmp_path / "SHOP" / "TAMIRGAH.DB-WAL"
    assert not files_in_use.same_place(other_case, live.with_name("tamirgah.db-wal"))
    monkeypatch.setattr(files_in_use, "fold_case", ntpath.normcase)  # as on Windows
    assert files_in_use.in_use(other_case, f"sqlite:///{live}") == live.with_name(
        "tamirgah.db-wal")


@pytest.mark.slow
def test_the_cli_refuses_to_back_up_onto_the_database_a_writer_is_using(
        shop: Services, home: Path, tmp_path: Path) -> None:
    """The drill of issue 11: a writer acknowledges jobs while `backup H/tamirgah.db` runs."""
    url = f"sqlite:///{home / 'tamirgah.db'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), TAMIRGAH_HOME=str(home))
    writer = subprocess.Popen([sys.executable, str(ROOT / "tests/e2e/crash_writer.py"), url],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert writer.stdout is not None
    acknowledged = [writer.stdout.readline().strip() for _ in range(20)]
    attempts = []
    for target in (home / "tamirgah.db", home / "x" / ".." / "tamirgah.db",
                   home / "tamirgah.db-wal"):
        attempts.append(subprocess.run(
            [sys.executable, "-m", "ui.launch", "backup", str(target)], capture_output=True,
            text=True, cwd=ROOT, env=env, check=False))
    acknowledged += [writer.stdout.readline().strip() for _ in range(20)]
    writer.terminate()
    writer.wait()
    acknowledged += [line.strip() for line in writer.stdout if line.strip()]
    for done in attempts:
        assert done.returncode == 2, done.stderr
        assert "a file the shop is using" in done.stderr and "Traceback" not in done.stderr
    with sqlite3.connect(home / "tamirgah.db") as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with shop.db.read() as s:
        assert set(acknowledged) <= set(s.scalars(select(Job.number)))


def test_daily_rotation_never_deletes_the_database_even_when_named_like_a_daily_copy(
        home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    oldest = dt.date(2026, 1, 1)
    live = folder / daily_name(oldest, "gregorian")
    services = build(f"sqlite:///{live}")
    try:
        for day in range(1, 4):
            backup(services.db, folder / daily_name(oldest + dt.timedelta(days=day),
                                                    "gregorian"))
        removed = rotate(folder, 1, files_in_use.files_in_use(services.db.url))
        assert live not in removed and live.exists()
        assert len(removed) == 2  # the two older real copies went
        assert services.jobs.intake(SYSTEM, intake_request(3)).number
    finally:
        services.close()


def test_db_copy_to_refuses_the_live_databases_own_files(shop: Services, home: Path) -> None:
    shop.jobs.intake(SYSTEM, intake_request(4))
    before = row_counts(shop)
    live = home / "tamirgah.db"
    with shop.db.read():
        pass  # the live database has its -wal beside it now
    for target in (live.with_name("tamirgah.db-wal"), live.with_name("tamirgah.db-shm"),
                   home / "sub" / ".." / "tamirgah.db"):
        with pytest.raises(ValidationError) as refused:
            copy_database(shop.db, f"sqlite:///{target}")
        assert refused.value.code == "same_database"
    assert row_counts(shop) == before
    with sqlite3.connect(live) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_paper_is_never_saved_over_the_database(shop: Services, home: Path,
                                                  tmp_path: Path) -> None:
    job = shop.jobs.intake(SYSTEM, intake_request(5))
    papers = PaperService(shop.jobs, shop.settings)
    paper = papers.prepare(SYSTEM, job.id, "receipt", size="80mm")
    for target in (home / "tamirgah.db", home / "tamirgah.db-wal"):
        with pytest.raises(ValidationError, match="a file the shop is using"):
            papers.save_pdf(SYSTEM, paper, target)
    saved = papers.save_pdf(SYSTEM, paper, tmp_path / "receipt.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    cli = subprocess.run([sys.executable, "-m", "ui.launch", "print", "receipt", job.number,
                          "--out", str(home / "tamirgah.db")], capture_output=True, text=True,
                         cwd=ROOT, env=dict(os.environ, TAMIRGAH_HOME=str(home)), check=False)
    assert cli.returncode == 2 and "a file the shop is using" in cli.stderr
    with sqlite3.connect(home / "tamirgah.db") as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_console_gateway_never_appends_to_the_database(shop: Services, home: Path) -> None:
    manager = user(shop, Role.MANAGER)
    with pytest.raises(ValidationError, match="a file the shop is using"):
        shop.settings.set(manager, "sms.console.path", str(home / "tamirgah.db"))
    with shop.db.write() as s:  # as an older version could have stored it
        s.add(Setting(key="sms.console.path", value=f'"{home / "tamirgah.db-wal"}"',
                      updated_at=dt.datetime.now(dt.UTC)))
    with shop.db.read() as s, pytest.raises(ValidationError, match="a file the shop is using"):
        gateway_settings(s)
    shop.settings.set(manager, "sms.console.path", str(home / "sent.jsonl"))
    with shop.db.read() as s:
        assert gateway_settings(s)[1]["path"] == str((home / "sent.jsonl").resolve())


def test_on_a_server_this_pcs_own_files_are_still_refused(pg_url: str, home: Path,
                                                          tmp_path: Path) -> None:
    services = build(pg_url, migrate="never")
    try:
        (home / "secret.key").write_bytes(b"key")
        with pytest.raises(ValidationError, match="a file the shop is using"):
            services.backups.back_up_to(home / "secret.key")
        assert (home / "secret.key").read_bytes() == b"key"
    finally:
        services.close()


def test_a_build_never_replaces_a_portable_copys_data(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import build

    dist = tmp_path / "dist" / "tamirgah"
    (dist / "data").mkdir(parents=True)
    assert build.portable_data(dist) == []
    database = dist / "data" / "tamirgah.db"
    database.write_bytes(b"SQLite format 3\x00")
    monkeypatch.setattr(build, "DIST", dist)
    with pytest.raises(SystemExit, match="holds a portable copy's data"):
        build.build(portable=True)
    assert database.read_bytes() == b"SQLite format 3\x00"


def test_a_database_file_replaced_from_outside_takes_no_more_writes(shop: Services,
                                                                     home: Path,
                                                                     tmp_path: Path) -> None:
    from db.engine import DatabaseFileReplaced

    kept = shop.jobs.intake(SYSTEM, intake_request(6)).number
    copy = backup(shop.db, tmp_path / "copy.tamirgah-backup").path
    os.replace(copy, home / "tamirgah.db")  # as a file manager's "replace" would
    with pytest.raises(DatabaseFileReplaced, match="was not saved"):
        shop.jobs.intake(SYSTEM, intake_request(7))
    shop.db.dispose()
    with shop.db.read() as s:
        assert list(s.scalars(select(Job.number))) == [kept]
