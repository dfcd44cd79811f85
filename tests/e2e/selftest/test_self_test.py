"""`tamirgah self-test` run for real, in-process through ui.launch.main and as a subprocess, on
SQLite files in a data folder of their own and on PostgreSQL; it must change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.auth.roles import SYSTEM
from app.bootstrap import Services, build
from app.locale.calendar import utcnow
from app.self_test import report, runner
from app.self_test.results import Level, Probe, Result, ok
from app.this_pc import workstation
from db.engine import make_engine
from db.migrate import HEAD, current_revision, upgrade
from db.models import Base, MessageTemplate, Setting
from tests.db.printing.conftest import cups_queue  # noqa: F401  (a fixture)
from tests.e2e.test_cli import tamirgah
from tests.factories import intake_request
from tests.fakes.fixtures import kavenegar_fake  # noqa: F401  (a fixture)
from tests.fakes.kavenegar import FakeKavenegar
from ui.launch import main

TITLES = ("Database", "Fonts", "Papers", "Message templates", "SMS gateway", "Backups",
          "Printers")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of its own: no workstation settings, no secret key, no database yet."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("TAMIRGAH_HOME", str(path))
    monkeypatch.delenv("TAMIRGAH_DATABASE_URL", raising=False)
    monkeypatch.delenv("TAMIRGAH_SECRET_KEY", raising=False)
    return path


@pytest.fixture
def shop(home: Path, sqlite_template: Path) -> Iterator[Services]:
    """A migrated SQLite shop in the data folder, with two jobs."""
    shutil.copy(sqlite_template, home / "tamirgah.db")
    services = build(f"sqlite:///{home / 'tamirgah.db'}", migrate="never")
    for n in (1, 2):
        services.jobs.intake(SYSTEM, intake_request(n))
    yield services
    services.close()


def run(qapp: QApplication, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["self-test", *args])
    return code, capsys.readouterr().out


def lines(out: str) -> dict[str, tuple[str, str]]:
    """Title -> (level word, the rest), for the English report; continuation lines are
    added to their check's text."""
    found: dict[str, tuple[str, str]] = {}
    last = ""
    for line in out.splitlines():
        level, _, rest = line.partition(" ")
        title, _, text = rest.strip().partition(": ")
        if level in ("OK", "WARNING", "FAILED") and title in TITLES:
            found[title] = (level, text)
            last = title
        elif line.startswith("           - ") and last:
            found[last] = (found[last][0], found[last][1] + " " + line.strip())
    return found


def set_rows(services: Services, **settings: object) -> None:
    """Settings written straight into the table, as an older or broken version might."""
    with services.db.write() as s:
        for key, value in settings.items():
            key = key.replace("__", ".")
            s.merge(Setting(key=key, value=json.dumps(value), updated_at=utcnow()))


def counts(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- everything set up ---------------------------------------------------------------------
def test_all_good_is_ok_on_every_line_and_changes_nothing(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        home: Path, cups_queue: str) -> None:  # noqa: F811
    shop.settings.set(SYSTEM, "sms.gateway", "kavenegar")
    shop.settings.set(SYSTEM, "sms.kavenegar.api_key", "key-1234")  # sealed with this PC's key
    workstation.put("printers", {"receipt": cups_queue, "a4": cups_queue})
    shop.backups.run_daily()
    before, wal = counts(shop), home / "tamirgah.db-wal"
    shop.db.engine.dispose()
    file_before = digest(home / "tamirgah.db")
    files_before = sorted(p.name for p in home.iterdir())

    code, out = run(qapp, capsys, "--lang", "en")

    found = lines(out)
    assert code == 0, out
    assert [found[t][0] for t in TITLES] == ["OK"] * 7, out
    assert f"schema revision {HEAD} (current)" in found["Database"][1]
    # the newest job is still open: no warranty card, the invoice a pro-forma (12 sizes × 2)
    assert "24 papers render" in found["Papers"][1] and "job 1405-" in found["Papers"][1]
    assert found["SMS gateway"][1].startswith("kavenegar:")
    assert f"receipt: {cups_queue}" in found["Printers"][1]
    assert "daily, keeping 14" in found["Backups"][1] and "hours ago" in found["Backups"][1]
    assert "7 checks: 7 OK, 0 warnings, 0 failed" in out
    assert f"Data folder: {home} (set by TAMIRGAH_HOME)" in out
    assert f"Log file: {home / 'tamirgah.log'}" in out
    assert sorted(p.name for p in home.iterdir()) == files_before  # no key, no console file
    assert not wal.exists()
    assert digest(home / "tamirgah.db") == file_before
    assert counts(shop) == before  # no print recorded, no message queued, nothing migrated


def test_a_fresh_shop_warns_about_console_and_printers_but_passes(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    code, out = run(qapp, capsys, "--lang", "en")
    found = lines(out)
    assert code == 0, out
    assert found["SMS gateway"][0] == "WARNING"
    assert "messages are only written to a file, not sent" in found["SMS gateway"][1]
    assert found["Printers"][0] == "WARNING"
    assert "no printers are set for this PC" in found["Printers"][1]
    assert found["Backups"] == ("WARNING", "no backup has been made yet; this PC makes the "
                                           "daily copy")
    assert all(found[t][0] == "OK" for t in TITLES[:4]), out
    assert "7 checks: 4 OK, 3 warnings, 0 failed" in out


def test_demo_shop_through_the_installed_command(tmp_path: Path) -> None:
    """As support asks a shop: demo data made, then `self-test` in a process of its own."""
    made = tamirgah("demo", "--jobs", "5", home=tmp_path)
    assert made.returncode == 0, made.stderr
    before = digest(tmp_path / "tamirgah.db")
    result = tamirgah("self-test", "--lang", "en", home=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 0, result.stdout + result.stderr
    found = lines(result.stdout)
    assert [found[t][0] for t in TITLES[:4]] == ["OK"] * 4, result.stdout
    assert "FAILED" not in result.stdout
    assert digest(tmp_path / "tamirgah.db") == before
    persian = tamirgah("self-test", home=tmp_path, QT_QPA_PLATFORM="offscreen")  # shop: fa
    assert persian.returncode == 0
    assert "خودآزمایی تعمیرگاه" in persian.stdout and "پایگاه داده" in persian.stdout


# --- the database ----------------------------------------------------------------------------
def test_no_database_yet_fails_and_creates_none(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, out = run(qapp, capsys, "--lang", "en")
    found = lines(out)
    assert code == 1
    assert found["Database"][0] == "FAILED"
    assert "no database yet" in found["Database"][1] and "tamirgah db upgrade" in out
    assert not (home / "tamirgah.db").exists()
    assert not (home / "secret.key").exists()
    assert "sample job (the database is not open)" in found["Papers"][1]
    assert found["Fonts"][0] == "OK"  # the other checks still ran


def test_an_empty_database_fails_and_is_not_migrated(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    sqlite3.connect(home / "tamirgah.db").close()
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Database"]
    assert level == "FAILED" and "no Tamirgah schema (not migrated)" in text
    engine = make_engine(f"sqlite:///{home / 'tamirgah.db'}")
    assert current_revision(engine) is None
    engine.dispose()


def test_an_older_schema_fails_naming_both_revisions_and_stays_old(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    engine = make_engine(f"sqlite:///{home / 'tamirgah.db'}")
    upgrade(engine, "0002")
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Database"]
    assert level == "FAILED"
    assert f"schema revision 0002, this version needs {HEAD}" in text
    assert current_revision(engine) == "0002"
    engine.dispose()


def test_a_schema_from_a_newer_version_says_to_update_this_pc(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        home: Path) -> None:
    shop.close()
    with sqlite3.connect(home / "tamirgah.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Database"]
    assert level == "FAILED"
    assert "schema revision 0099 comes from a newer Tamirgah" in text and "update" in text


def test_an_unreachable_server_fails_quickly_and_hides_the_password(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path) -> None:
    started = time.monotonic()
    capsys.readouterr()
    code = main(["--database", "postgresql+psycopg://postgres:hunter2@127.0.0.1:1/x",
                 "self-test", "--lang", "en"])
    out = capsys.readouterr().out
    assert time.monotonic() - started < 60
    assert code == 1
    level, text = lines(out)["Database"]
    assert level == "FAILED"
    assert text.startswith("postgresql+psycopg://postgres:***@127.0.0.1:1/x: cannot connect:")
    assert "hunter2" not in out


@pytest.mark.postgres
def test_a_migrated_postgresql_server_is_ok(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path,
        pg_url: str) -> None:
    services = build(pg_url, migrate="never")
    services.jobs.intake(SYSTEM, intake_request(5))
    before = counts(services)
    capsys.readouterr()
    code = main(["--database", pg_url, "self-test", "--lang", "en"])
    out = capsys.readouterr().out
    found = lines(out)
    assert code == 0, out
    assert found["Database"][0] == "OK"
    assert f"the server answers; schema revision {HEAD} (current)" in found["Database"][1]
    assert found["Papers"][0] == "OK" and "job 1405-" in found["Papers"][1]
    assert counts(services) == before
    services.close()


# --- backups ----------------------------------------------------------------------------------
def test_a_daily_backup_days_old_is_a_warning(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    shop.backups.run_daily()
    with shop.db.write() as s:  # as if the desk had not run for three days
        row = s.get(Setting, "backup.last")
        assert row is not None
        record = json.loads(row.value)
        record["at"] = (utcnow() - dt.timedelta(days=3, hours=1)).isoformat()
        row.value = json.dumps(record)
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 0, out
    level, text = lines(out)["Backups"]
    assert level == "WARNING" and "3 days ago" in text and "no daily copy since" in text


def test_a_backup_folder_that_cannot_be_written_fails(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        home: Path) -> None:
    (home / "a-file").write_text("not a folder", encoding="utf-8")
    shop.settings.set(SYSTEM, "backup.folder", str(home / "a-file" / "backups"))
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Backups"]
    assert level == "FAILED" and "cannot write to" in text and "a-file" in text


def test_the_pc_backing_up_a_server_without_pg_dump_fails(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], home: Path, pg_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import app.backup.copies

    monkeypatch.setenv("PATH", str(home / "no-programs"))  # PostgreSQL's tools not installed
    monkeypatch.setattr(app.backup.copies, "pg_tool_folders", lambda: [])
    workstation.put("backup_here", True)
    capsys.readouterr()
    code = main(["--database", pg_url, "self-test", "--lang", "en"])
    out = capsys.readouterr().out
    assert code == 1
    level, text = lines(out)["Backups"]
    assert level == "FAILED" and "pg_dump is not installed" in text


# --- papers, fonts, templates ------------------------------------------------------------------
def test_missing_fonts_fail_naming_them(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    (resources / "fonts").mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[3] / "resources" / "fonts" / "OFL.txt",
                resources / "fonts")
    monkeypatch.setattr("app.printing.resources.resources_dir", lambda: resources)
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Fonts"]
    assert level == "FAILED"
    assert "missing: Vazirmatn-Regular.ttf, Vazirmatn-Bold.ttf" in text
    assert str(resources / "fonts") in text


def test_a_stored_template_with_an_unknown_placeholder_fails_naming_the_event(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    with shop.db.write() as s:  # as an older version or a hand edit might have left it
        s.add(MessageTemplate(event="ready_for_pickup", lang="fa", body="آماده است {pickup_code}",
                              updated_at=utcnow()))
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Message templates"]
    assert level == "FAILED"
    assert text.startswith("ready_for_pickup (fa): Unknown placeholder {pickup_code}")


# --- the gateway -------------------------------------------------------------------------------
def test_an_unknown_gateway_fails_naming_it_and_the_installed_ones(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    set_rows(shop, sms__gateway="pigeon")
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["SMS gateway"]
    assert level == "FAILED"
    assert "'pigeon' is not installed" in text and "console" in text and "kavenegar" in text


def test_a_gateway_without_its_required_key_fails_naming_the_setting(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    shop.settings.set(SYSTEM, "sms.gateway", "smsir")
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["SMS gateway"]
    assert level == "FAILED"
    assert "sms.smsir.api_key is not set" in text and "sms.smsir.line_number is not set" in text


def test_a_secret_from_another_pc_fails_and_no_key_is_made(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        home: Path) -> None:
    shop.settings.set(SYSTEM, "sms.gateway", "kavenegar")
    shop.settings.set(SYSTEM, "sms.kavenegar.api_key", "key-1234")
    (home / "secret.key").unlink()  # the database came from another PC
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["SMS gateway"]
    assert level == "FAILED"
    assert "sms.kavenegar.api_key is set, but this PC has no key to read it" in text
    assert not (home / "secret.key").exists()
    (home / "secret.key").write_bytes(Fernet.generate_key())  # a key, but not the one used
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1 and "saved on another PC" in lines(out)["SMS gateway"][1]


def test_online_asks_for_the_balance_and_sends_nothing(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        kavenegar_fake: FakeKavenegar) -> None:  # noqa: F811
    shop.settings.set(SYSTEM, "sms.gateway", "kavenegar")
    shop.settings.set(SYSTEM, "sms.kavenegar.api_key", kavenegar_fake.api_key)
    shop.settings.set(SYSTEM, "sms.kavenegar.base_url", kavenegar_fake.base_url)
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 0 and not kavenegar_fake.requests  # offline by default: no request at all
    assert lines(out)["SMS gateway"][0] == "OK"
    code, out = run(qapp, capsys, "--lang", "en", "--online")
    level, text = lines(out)["SMS gateway"]
    assert code == 0 and level == "OK" and "balance 1,000,000" in text, out
    assert kavenegar_fake.send_count == 0
    kavenegar_fake.set_mode("bad_key", scope="all")
    code, out = run(qapp, capsys, "--lang", "en", "--online")
    level, text = lines(out)["SMS gateway"]
    assert code == 1 and level == "FAILED"
    assert "the provider did not answer the balance check" in text
    assert kavenegar_fake.send_count == 0


# --- printers ----------------------------------------------------------------------------------
def test_a_configured_printer_that_is_not_there_fails_naming_it(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services) -> None:
    workstation.put("printers", {"label": "Zebra-GK420-Back-Room"})
    code, out = run(qapp, capsys, "--lang", "en")
    assert code == 1
    level, text = lines(out)["Printers"]
    assert level == "FAILED"
    assert "the label printer 'Zebra-GK420-Back-Room' is not known to this PC" in text


# --- the report --------------------------------------------------------------------------------
def test_persian_report(qapp: QApplication, capsys: pytest.CaptureFixture[str],
                        shop: Services) -> None:
    code, out = run(qapp, capsys, "--lang", "fa")
    assert code == 0
    for words in ("خودآزمایی تعمیرگاه", "درست", "پایگاه داده", "قلم‌ها", "برگه‌های چاپی",
                  "متن پیامک‌ها", "درگاه پیامک", "چاپگرها", "هشدار", "پشتیبان‌ها",
                  "7 بررسی: 4 درست، 3 هشدار، 0 ناموفق", "پوشهٔ داده‌ها", "فایل گزارش خطاها"):
        assert words in out, words
    assert "OK" not in out and "FAILED" not in out
    assert "\u200e" not in out and "\u200f" not in out  # plain text, no direction marks


def test_language_is_this_pcs_then_the_shops(qapp: QApplication,
                                             capsys: pytest.CaptureFixture[str],
                                             shop: Services) -> None:
    assert "پایگاه داده" in run(qapp, capsys)[1]  # the shop's default language is Persian
    workstation.put("language", "en")
    assert "Database" in run(qapp, capsys)[1]
    shop.settings.set(SYSTEM, "shop.language", "en")
    workstation.put("language", "fa")
    assert "پایگاه داده" in run(qapp, capsys)[1]


def test_both_languages_have_every_text() -> None:
    assert report.every_key_in_both() == {"en only": set(), "fa only": set()}


def test_a_check_that_raises_or_hangs_fails_and_the_rest_still_run(
        qapp: QApplication, capsys: pytest.CaptureFixture[str], shop: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def broken(probe: Probe) -> Result:
        raise RuntimeError("the font cache is corrupt")

    def hangs(probe: Probe) -> Result:
        release.wait(30)
        return ok()

    checks = list(runner.CHECKS)
    checks[1] = runner.Check("fonts", broken, 5)
    checks[3] = runner.Check("templates", hangs, 0.3)
    monkeypatch.setattr(runner, "CHECKS", tuple(checks))
    code, out = run(qapp, capsys, "--lang", "en")
    release.set()
    found = lines(out)
    assert code == 1
    assert found["Fonts"] == ("FAILED", "the check itself failed: RuntimeError: the font "
                                        "cache is corrupt")
    assert found["Message templates"] == ("FAILED", "did not finish within 0.3 s")
    assert found["Papers"][0] == "OK" and found["Printers"][0] == "WARNING"
    assert "7 checks: 2 OK, 3 warnings, 2 failed" in out


def test_levels_count_in_the_summary() -> None:
    results = [Result(Level.OK, ()), Result(Level.WARNING, ()), Result(Level.FAILED, ())]
    assert report.summary(results, "en") == "3 checks: 1 OK, 1 warning, 1 failed"
