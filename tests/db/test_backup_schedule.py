"""The daily backup with rotation, the record of the last backup, and a restore that keeps the
data it replaces, on SQLite and on PostgreSQL, with real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.auth.roles import SYSTEM, Role
from app.backup.copies import inspect_backup
from app.backup.files import daily_day, daily_name
from app.backup.record import last_backup
from app.backup.schedule import (
    DONE_TODAY,
    MADE,
    OFF,
    choose_daily_here,
    makes_daily_here,
)
from app.bootstrap import Services
from app.errors import ValidationError
from app.notify import this_pc
from tests.e2e.test_cli import tamirgah
from tests.factories import intake_request, row_counts, user

TODAY = dt.date(2025, 11, 23)  # 1404/09/02


@pytest.fixture(autouse=True)
def this_pc_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "pc"
    monkeypatch.setenv("TAMIRGAH_HOME", str(home))
    return home


def use_folder(services: Services, folder: Path, keep: int = 3) -> Path:
    services.settings.set(SYSTEM, "backup.folder", str(folder))
    services.settings.set(SYSTEM, "backup.keep", str(keep))
    return folder


def test_the_daily_copy_is_made_once_a_day_and_only_the_oldest_daily_copies_go(
        services: Services, tmp_path: Path) -> None:
    folder = use_folder(services, tmp_path / "backups", keep=3)
    folder.mkdir()
    older = [folder / daily_name(TODAY - dt.timedelta(days=n), "jalali") for n in range(1, 6)]
    older.append(folder / daily_name(TODAY - dt.timedelta(days=9), "gregorian"))  # a year
    for path in older:                                 # when the shop used Gregorian dates
        path.write_bytes(b"old")
    by_hand = [folder / "tamirgah-1404-08-01-0930.tamirgah-backup",
               folder / "before the new till.tamirgah-backup",
               folder / "tamirgah-daily-notes.txt",
               folder / "tamirgah-daily-1404-13-01.tamirgah-backup"]  # no such day
    for path in by_hand:
        path.write_bytes(b"mine")
    services.jobs.intake(user(services, Role.RECEPTION), intake_request(1))

    first = services.backups.run_daily(today=TODAY)

    assert first.outcome == MADE and first.made is not None
    assert first.made.path == folder / "tamirgah-daily-1404-09-02.tamirgah-backup"
    assert inspect_backup(services.db, first.made.path).size == first.made.size
    # today's and the two newest old ones stay; the four oldest go, whatever their calendar
    assert sorted(first.removed) == sorted(older[2:])
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [first.made.path.name, older[0].name, older[1].name, *(p.name for p in by_hand)])
    record = last_backup(services.db)
    assert record is not None and record.daily_day == TODAY
    assert record.file == str(first.made.path) and record.size == first.made.size

    again = services.backups.run_daily(today=TODAY)
    assert again.outcome == DONE_TODAY and again.made is None and not again.removed
    assert len(list(folder.iterdir())) == 3 + len(by_hand)
    assert last_backup(services.db) == record

    tomorrow = services.backups.run_daily(today=TODAY + dt.timedelta(days=1))
    assert tomorrow.outcome == MADE and tomorrow.removed == [older[1]]
    assert all(path.exists() for path in by_hand)


def test_a_daily_copy_already_in_the_folder_is_not_made_again(services: Services,
                                                              tmp_path: Path) -> None:
    """After a restore the database's record is older than the files: the file counts."""
    folder = use_folder(services, tmp_path / "backups")
    folder.mkdir()
    (folder / daily_name(TODAY, "gregorian")).write_bytes(b"made this morning")
    assert services.backups.run_daily(today=TODAY).outcome == DONE_TODAY
    assert last_backup(services.db) is None


def test_a_failing_backup_records_nothing_and_says_why(services: Services,
                                                       tmp_path: Path) -> None:
    blocker = tmp_path / "usb"
    blocker.write_text("a file where the folder should be")
    use_folder(services, blocker / "backups")
    with pytest.raises(ValidationError) as err:
        services.backups.run_daily(today=TODAY)
    assert err.value.code == "backup_unwritable"
    assert str(blocker / "backups") in err.value.message
    assert "«" in err.value.localized("fa")
    assert last_backup(services.db) is None
    with pytest.raises(ValidationError):
        services.backups.back_up_to(blocker / "by-hand.tamirgah-backup")
    assert last_backup(services.db) is None


def test_switched_off_there_is_no_daily_copy(services: Services, tmp_path: Path) -> None:
    folder = use_folder(services, tmp_path / "backups")
    services.settings.set(SYSTEM, "backup.daily", "no")
    assert services.backups.run_daily(today=TODAY).outcome == OFF
    assert not folder.exists() and last_backup(services.db) is None


def test_a_copy_by_hand_is_recorded_and_keeps_the_day_of_the_last_daily_one(
        services: Services, tmp_path: Path) -> None:
    use_folder(services, tmp_path / "backups")
    services.backups.run_daily(today=TODAY)
    info = services.backups.back_up_to(tmp_path / "elsewhere" / "before-update.tamirgah-backup")
    record = last_backup(services.db)
    assert record is not None and record.file == str(info.path)
    assert record.daily_day == TODAY


def test_restore_keeps_the_data_it_replaces_and_refuses_a_bad_file(services: Services,
                                                                   tmp_path: Path) -> None:
    folder = use_folder(services, tmp_path / "backups")
    desk = user(services, Role.RECEPTION)
    services.jobs.intake(desk, intake_request(1))
    monday = services.backups.back_up_to(tmp_path / "monday.tamirgah-backup")
    at_monday = row_counts(services)
    later = services.jobs.intake(desk, intake_request(2)).number
    at_tuesday = row_counts(services)

    junk = tmp_path / "photo.tamirgah-backup"
    junk.write_bytes(b"\x89PNG" + b"not a database" * 50)
    with pytest.raises(ValidationError) as err:
        services.backups.restore(junk)
    assert err.value.code == "bad_backup"
    assert row_counts(services) == at_tuesday
    assert not folder.exists()  # refused before anything was written

    restored = services.backups.restore(monday.path)
    assert row_counts(services) == at_monday
    assert services.jobs.id_for_number(later) is None
    kept = restored.kept.path
    assert kept.parent == folder and kept.name.startswith("tamirgah-before-restore-")
    record = last_backup(services.db)
    assert record is not None and record.file == str(kept)  # not the copy's older record
    services.backups.restore(kept)  # the replaced data can come back
    assert services.jobs.id_for_number(later) is not None


def test_the_live_database_is_not_taken_for_a_backup(sqlite_url: str) -> None:
    from app.bootstrap import build

    services = build(sqlite_url, migrate="never")
    try:
        with pytest.raises(ValidationError) as err:
            services.backups.restore(Path(sqlite_url.removeprefix("sqlite:///")))
        assert err.value.code == "backup_in_use"
    finally:
        services.close()


def test_backup_settings_are_checked(services: Services) -> None:
    for key, raw, code in [("backup.folder", "backups", "bad_folder"),
                           ("backup.keep", "0", "out_of_range"),
                           ("backup.daily", "sometimes", "bad_choice")]:
        with pytest.raises(ValidationError) as err:
            services.settings.set(SYSTEM, key, raw)
        assert err.value.code == code
    assert services.settings.get("backup.daily") == "yes"
    assert services.settings.get("backup.keep") == 14
    assert services.settings.get("backup.folder") == ""
    with pytest.raises(ValidationError):
        services.settings.set(SYSTEM, "backup.last", "{}")  # written by the system only


def test_which_pc_makes_the_daily_copy(services: Services) -> None:
    db = services.db
    assert makes_daily_here(db) == db.sqlite  # one PC, or by default the PC that sends SMS
    this_pc.choose(True)
    assert makes_daily_here(db)
    choose_daily_here(False)
    assert not makes_daily_here(db)
    choose_daily_here(None)
    assert makes_daily_here(db)


def test_daily_names_are_read_back_in_either_calendar() -> None:
    assert daily_day("tamirgah-daily-1404-09-02.tamirgah-backup") == TODAY
    assert daily_day("tamirgah-daily-2025-11-23.tamirgah-backup") == TODAY
    assert daily_day("tamirgah-daily-2025-02-30.tamirgah-backup") is None
    assert daily_day("tamirgah-1404-09-02-1015.tamirgah-backup") is None
    assert daily_day("tamirgah-daily-1404-09-02.tamirgah-backup.partial") is None


def test_the_daily_backup_from_the_command_line(tmp_path: Path) -> None:
    assert tamirgah("demo", "--jobs", "3", home=tmp_path).returncode == 0
    first = tamirgah("backup", "--daily", home=tmp_path)
    assert first.returncode == 0, first.stderr
    made = list((tmp_path / "backups").glob("tamirgah-daily-*.tamirgah-backup"))
    assert len(made) == 1 and str(made[0]) in first.stdout
    second = tamirgah("backup", "--daily", home=tmp_path)
    assert second.returncode == 0 and "exists already" in second.stdout
    assert len(list((tmp_path / "backups").iterdir())) == 1
    both = tamirgah("backup", "--daily", str(tmp_path / "x.backup"), home=tmp_path)
    assert both.returncode == 2 and "give no FILE" in both.stderr
    demo = tamirgah("--demo", "backup", "--daily", home=tmp_path)
    assert demo.returncode == 2 and "demo shop makes no daily backups" in demo.stderr
    back = tamirgah("restore", str(made[0]), home=tmp_path)
    assert back.returncode == 0 and "before the restore is kept in" in back.stdout


def test_a_sqlite_copy_reports_its_progress_in_pages(sqlite_url: str, tmp_path: Path) -> None:
    from app.bootstrap import build

    services = build(sqlite_url, migrate="never")
    try:
        desk = user(services, Role.RECEPTION)
        for n in range(40):
            services.jobs.intake(desk, intake_request(n, problem="ایراد " * 500))
        seen: list[tuple[int, int]] = []
        services.backups.back_up_to(tmp_path / "a.tamirgah-backup",
                                    lambda d, t: seen.append((d, t)))
        assert seen and seen[-1][0] == seen[-1][1] > 0
        assert [done for done, _ in seen] == sorted(done for done, _ in seen)
        seen.clear()
        services.backups.restore(tmp_path / "a.tamirgah-backup",
                                lambda d, t: seen.append((d, t)))
        assert seen[-1][0] == seen[-1][1] and any(d <= t // 2 for d, t in seen)
    finally:
        services.close()
