import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.auth.roles import SYSTEM, Role
from app.bootstrap import Services, build
from app.errors import PermissionDenied
from db.models import Customer, Device, Job, JobEvent, JobSearch, Payment
from tests.factories import intake_request, user

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_sigkill_while_writing_loses_no_saved_job(db_url: str) -> None:
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/e2e/crash_writer.py"), db_url],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.stdout is not None
    saved = [proc.stdout.readline().strip() for _ in range(40)]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    saved += [line.strip() for line in proc.stdout if line.strip()]
    assert all(saved)

    services = build(db_url, migrate="never")
    try:
        with services.db.read() as s:
            if services.db.sqlite:
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            numbers = set(s.scalars(select(Job.number)))
            assert set(saved) <= numbers
            jobs = len(numbers)
            count = lambda model, *where: s.scalar(  # noqa: E731
                select(func.count()).select_from(model).where(*where))
            # every job is whole: its customer, device, search entry, timeline and deposit
            assert count(Customer) == count(Device) == jobs
            assert count(JobSearch) == jobs
            assert count(JobEvent, JobEvent.kind == "created") == jobs
            assert count(Payment) == jobs
    finally:
        services.close()


def test_unlock_is_only_for_the_bench_and_every_look_is_recorded(services: Services) -> None:
    desk, tech = user(services, Role.RECEPTION), user(services, Role.TECHNICIAN)
    job = services.jobs.intake(desk, intake_request(passcode="7391", pattern="1-5-9-6-3"))
    with pytest.raises(PermissionDenied):
        services.jobs.reveal_unlock(desk, job.id)
    unlock = services.jobs.reveal_unlock(tech, job.id)
    assert (unlock.passcode, unlock.pattern) == ("7391", "1-5-9-6-3")
    assert "7391" not in repr(unlock)
    assert services.jobs.get(job.id).events[-1].kind == "unlock_viewed"
    assert "7391" not in repr(services.jobs.get(job.id))


def test_reception_sees_the_unlock_only_where_the_shop_allows_it(services: Services) -> None:
    desk, boss = user(services, Role.RECEPTION), user(services, Role.MANAGER, "boss")
    job = services.jobs.intake(desk, intake_request(passcode="5521", pattern=""))
    assert not services.jobs.may_read_unlock(desk)
    # the manager who allows it hands reception the shop's unlock key in the same step
    services.settings.set(boss, "jobs.reception_sees_unlock", "yes")
    assert services.jobs.may_read_unlock(desk)
    assert services.jobs.reveal_unlock(desk, job.id).passcode == "5521"
    assert services.jobs.get(job.id).events[-1].actor == desk.username
    services.settings.set(SYSTEM, "jobs.reception_sees_unlock", "no")
    with pytest.raises(PermissionDenied):
        services.jobs.reveal_unlock(desk, job.id)


def test_passcode_never_reaches_the_sql_log(db_url: str,
                                            caplog: pytest.LogCaptureFixture) -> None:
    services = build(db_url, migrate="never", echo=True)
    try:
        caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
        boss = user(services, Role.MANAGER)
        job = services.jobs.intake(boss, intake_request(passcode="Zx-88231-q", pattern=""))
        assert services.jobs.reveal_unlock(boss, job.id).passcode == "Zx-88231-q"
        assert "INSERT INTO job_secrets" in caplog.text  # the log really was captured
        assert "Zx-88231-q" not in caplog.text
    finally:
        services.close()
