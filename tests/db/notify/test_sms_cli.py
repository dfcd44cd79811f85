"""`tamirgah sms` and `tamirgah notifier` as a manager uses them, in a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import create_engine, text

from app.locale.calendar import format_datetime
from tests.e2e.test_cli import tamirgah
from tests.fakes.kavenegar import API_KEY, FakeKavenegar


def configure(home: Path, fake: FakeKavenegar) -> None:
    for key, value in [("sms.gateway", "kavenegar"), ("sms.kavenegar.base_url", fake.base_url),
                       ("sms.kavenegar.api_key", API_KEY), ("sms.kavenegar.sender", "10004346"),
                       ("sms.timeout_seconds", "2"), ("sms.quiet_start", "00:00"),
                       ("sms.quiet_end", "00:00"), ("sms.grace_seconds", "0")]:
        done = tamirgah("config", "set", key, value, home=home)
        assert done.returncode == 0, done.stderr


def stored(home: Path, key: str) -> str:
    engine = create_engine(f"sqlite:///{home / 'tamirgah.db'}")
    with engine.connect() as conn:
        value = conn.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": key})
        result = json.loads(value.scalar_one())
    engine.dispose()
    return str(result)


def test_the_api_key_is_encrypted_at_rest_and_never_printed(tmp_path: Path,
                                                            kavenegar: FakeKavenegar) -> None:
    configure(tmp_path, kavenegar)
    raw = stored(tmp_path, "sms.kavenegar.api_key")
    assert raw.startswith("fernet:") and API_KEY not in raw
    assert (tmp_path / "secret.key").exists()
    shown = tamirgah("config", "get", "sms.kavenegar.api_key", home=tmp_path).stdout
    listing = tamirgah("config", "list", home=tmp_path).stdout
    assert API_KEY not in shown + listing and "encrypted" in shown
    assert "sms.kavenegar.sender = 10004346" in listing


def test_sms_test_prints_the_providers_answer(tmp_path: Path, kavenegar: FakeKavenegar) -> None:
    configure(tmp_path, kavenegar)
    ok = tamirgah("sms", "test", "0912 123 4567", home=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "accepted" in ok.stdout and kavenegar.accepted[0].to == "09121234567"
    kavenegar.set_mode("no_credit")
    refused = tamirgah("sms", "test", "09121234567", home=tmp_path)
    assert refused.returncode == 1 and "credit" in refused.stderr.lower()
    bad = tamirgah("sms", "test", "0912", home=tmp_path)
    assert bad.returncode == 2 and "not a valid phone number" in bad.stderr
    assert kavenegar.send_count == 1
    balance = tamirgah("sms", "balance", home=tmp_path)
    assert balance.returncode == 0 and "1,000,000 rial" in balance.stdout


def test_a_key_sealed_on_another_pc_is_refused_in_words(tmp_path: Path,
                                                         kavenegar: FakeKavenegar) -> None:
    configure(tmp_path, kavenegar)
    (tmp_path / "secret.key").unlink()
    result = tamirgah("sms", "test", "09121234567", home=tmp_path)
    assert result.returncode == 2 and "saved on another PC" in result.stderr
    assert kavenegar.send_count == 0


def test_notifier_once_sends_what_is_due(tmp_path: Path, kavenegar: FakeKavenegar) -> None:
    configure(tmp_path, kavenegar)
    assert tamirgah("demo", "--jobs", "20", home=tmp_path).returncode == 0
    number = tamirgah("search", "09", home=tmp_path).stdout.split()[0]
    result = tamirgah("sms", "resend", number, "received", home=tmp_path)
    assert result.returncode == 0, result.stderr
    once = tamirgah("notifier", "--once", home=tmp_path)
    assert once.returncode == 0, once.stderr
    assert "sent 1" in once.stdout and kavenegar.send_count == 1
    outbox = tamirgah("sms", "outbox", "--status", "sent", home=tmp_path).stdout
    assert "received" in outbox


def test_templates_are_listed_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    listing = tamirgah("sms", "templates", home=tmp_path)
    assert listing.returncode == 0 and listing.stdout.count("\n") >= 2 * 12 * 2
    bad = tamirgah("sms", "template", "received", "fa", "--set", "سلام {nam}", home=tmp_path)
    assert bad.returncode == 2 and "Unknown placeholder {nam}" in bad.stderr
    good = tamirgah("sms", "template", "received", "en", "--set",
                    "Hi {customer_name}, job {job_number}", home=tmp_path)
    assert good.returncode == 0 and "1 part(s), GSM-7" in good.stdout
    off = tamirgah("sms", "template", "diagnosis_started", "fa", "--off", home=tmp_path)
    assert off.returncode == 0
    assert "diagnosis_started  fa off" in tamirgah("sms", "templates", home=tmp_path).stdout


def test_balance_alerts_and_a_lost_answer_are_told_in_words(tmp_path: Path,
                                                          kavenegar: FakeKavenegar) -> None:
    configure(tmp_path, kavenegar)
    bad = tamirgah("config", "set", "sms.kavenegar.base_url", "api.kavenegar.com",
                   home=tmp_path)
    assert bad.returncode == 2 and "https://" in bad.stderr and "Traceback" not in bad.stderr
    kavenegar.set_mode("bad_key", scope="all")
    balance = tamirgah("sms", "balance", home=tmp_path)
    assert balance.returncode == 1 and "Traceback" not in balance.stderr
    assert balance.stderr.startswith("tamirgah: ") and "API key" in balance.stderr
    assert tamirgah("sms", "resend", _a_job(tmp_path), "received", home=tmp_path).returncode == 0
    once = tamirgah("notifier", "--once", home=tmp_path)
    assert "failed 0" in once.stdout and "held 1" in once.stdout, once.stdout
    alerts = tamirgah("sms", "alerts", home=tmp_path).stdout
    stored = _stored_time(tmp_path, "SELECT at FROM sms_alerts")
    assert "bad_key" in alerts and format_datetime(stored, calendar="gregorian",
                                                   lang="en") in alerts
    kavenegar.set_mode("accept")
    assert tamirgah("sms", "test", "09121234567", home=tmp_path).returncode == 0  # works again
    kavenegar.set_mode("accept_then_hang", count=1)
    once = tamirgah("notifier", "--once", home=tmp_path)
    assert "answer lost 1" in once.stdout, once.stdout
    outbox = tamirgah("sms", "outbox", "--status", "sending", home=tmp_path).stdout
    assert "asks the provider" in outbox and "(shop time)" in outbox


def _a_job(home: Path) -> str:
    assert tamirgah("demo", "--jobs", "3", home=home).returncode == 0
    return tamirgah("search", "09", home=home).stdout.split()[0]


def _stored_time(home: Path, query: str) -> dt.datetime:
    engine = create_engine(f"sqlite:///{home / 'tamirgah.db'}")
    with engine.connect() as conn:
        raw = conn.execute(text(query)).scalar_one()
    engine.dispose()
    value = raw if isinstance(raw, dt.datetime) else dt.datetime.fromisoformat(str(raw))
    return value.replace(tzinfo=dt.UTC)
