import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def newest_revision() -> str:
    from alembic.script import ScriptDirectory

    from db.migrate import MIGRATIONS

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def tamirgah(*args: str, home: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "TAMIRGAH_DATABASE_URL"}
    environment.update(TAMIRGAH_HOME=str(home), PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "ui.launch", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=environment,
                          check=False, timeout=120)


def test_default_database_lives_in_tamirgah_home(tmp_path: Path) -> None:
    result = tamirgah("db", "upgrade", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "tamirgah.db").exists()
    assert f"revision {newest_revision()}" in result.stdout


def test_database_option_and_environment_variable_choose_the_database(tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.db"
    assert tamirgah("--database", f"sqlite:///{other}", "db", "upgrade",
                    home=tmp_path).returncode == 0
    assert other.exists() and not (tmp_path / "tamirgah.db").exists()
    third = tmp_path / "from_env.db"
    assert tamirgah("db", "upgrade", home=tmp_path,
                    TAMIRGAH_DATABASE_URL=f"sqlite:///{third}").returncode == 0
    assert third.exists()


def test_config_list_get_set_and_refusals(tmp_path: Path) -> None:
    ok = tamirgah("config", "set", "shop.name", "تعمیرات موبایل نوین", home=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert tamirgah("config", "get", "shop.name", home=tmp_path).stdout.strip() == \
        "تعمیرات موبایل نوین"
    listing = tamirgah("config", "list", home=tmp_path).stdout
    assert "shop.calendar = jalali" in listing and "jobs.warranty_days = 30" in listing
    bad_key = tamirgah("config", "set", "shop.colour", "red", home=tmp_path)
    assert bad_key.returncode == 2 and "Unknown setting 'shop.colour'" in bad_key.stderr
    bad_value = tamirgah("config", "set", "shop.calendar", "lunar", home=tmp_path)
    assert bad_value.returncode == 2 and "jalali, gregorian" in bad_value.stderr
    assert tamirgah("config", "get", "shop.calendar", home=tmp_path).stdout.strip() == "jalali"


def test_user_add_search_and_show(tmp_path: Path) -> None:
    added = tamirgah("user", "add", "owner", "--role", "manager", "--password-stdin",
                     home=tmp_path, stdin="correct horse\n")
    assert added.returncode == 0, added.stderr
    assert "owner" in tamirgah("user", "list", home=tmp_path).stdout
    short = tamirgah("user", "add", "x", "--role", "manager", "--password-stdin",
                     home=tmp_path, stdin="1\n")
    assert short.returncode == 2 and "username" in short.stderr
    # a job, made through the services, is found and shown headless
    code = ("from app.bootstrap import build; from app.auth.roles import SYSTEM; "
            "from tests.factories import intake_request; "
            "print(build().jobs.intake(SYSTEM, intake_request(77)).number)")
    made = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, TAMIRGAH_HOME=str(tmp_path),
                                             PYTHONPATH=str(ROOT)), check=True)
    number = made.stdout.strip()
    found = tamirgah("search", "0000077", home=tmp_path)
    assert number in found.stdout
    shown = tamirgah("show", number, home=tmp_path)
    assert shown.returncode == 0 and "created" in shown.stdout and "Galaxy A52" in shown.stdout
    assert tamirgah("show", "1300-99999", home=tmp_path).returncode == 2


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    assert tamirgah("demo", "--jobs", "15", home=tmp_path).returncode == 0
    copy = tmp_path / "copies" / "monday.backup"
    made = tamirgah("backup", str(copy), home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "15 jobs" in made.stdout and copy.exists()
    assert tamirgah("demo", "--jobs", "5", home=tmp_path).returncode == 0
    back = tamirgah("restore", str(copy), home=tmp_path)
    assert back.returncode == 0, back.stderr
    listing = tamirgah("search", "09", home=tmp_path).stdout
    assert 0 < len(listing.splitlines()) <= 15
    refused = tamirgah("restore", str(tmp_path / "tamirgah.db-wal-missing"), home=tmp_path)
    assert refused.returncode == 2 and "no backup file" in refused.stderr.lower()
