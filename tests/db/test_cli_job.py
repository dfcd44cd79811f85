"""`tamirgah job move` and `tamirgah job pay` drive a job headless through the same services
and role checks as the desk; the named user's role decides, and a refusal changes nothing."""

from __future__ import annotations

import pytest

from app.auth.roles import Role
from app.bootstrap import Services
from app.cli import main
from app.jobs.workflow import Status
from tests.factories import intake_request, user


def run(db_url: str, *args: str) -> int:
    return main(["--database", db_url, *args])


def test_a_job_is_moved_and_paid_as_a_named_user(
        services: Services, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk = user(services, Role.RECEPTION, "sara")
    user(services, Role.TECHNICIAN, "reza")
    job = services.jobs.intake(desk, intake_request(1))
    assert run(db_url, "job", "move", job.number, "diagnosing", "--as", "reza") == 0
    assert "received → diagnosing (by reza)" in capsys.readouterr().out
    detail = services.jobs.get(job.id)
    assert detail.status == Status.DIAGNOSING
    assert detail.events[-1].actor == "reza"  # recorded as the named user's work
    assert run(db_url, "job", "pay", job.number, "۱٬۲۵۰٬۰۰۰", "--method", "card",
               "--as", "sara") == 0
    assert "1,250,000 paid by card (by sara)" in capsys.readouterr().out
    [payment] = services.jobs.get(job.id).payments
    assert (payment.amount, payment.method) == (1_250_000, "card")


def test_the_named_users_role_decides_and_a_refusal_changes_nothing(
        services: Services, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    desk = user(services, Role.RECEPTION, "sara")
    job = services.jobs.intake(desk, intake_request(2))
    before = services.jobs.get(job.id)
    # reception may not diagnose; an unknown user, status or amount is refused in words
    assert run(db_url, "job", "move", job.number, "diagnosing", "--as", "sara") == 2
    assert run(db_url, "job", "move", job.number, "diagnosing", "--as", "nobody") == 2
    assert "no active user named 'nobody'" in capsys.readouterr().err
    assert run(db_url, "job", "pay", job.number, "12.5", "--method", "cash",
               "--as", "sara") == 2
    assert "amounts are whole numbers, not '12.5'" in capsys.readouterr().err
    assert run(db_url, "job", "pay", "1405-99999", "100", "--method", "cash",
               "--as", "sara") == 2
    assert "There is no job 1405-99999" in capsys.readouterr().err
    assert run(db_url, "job", "move", job.number, "ready", "--as", "sara") == 2
    after = services.jobs.get(job.id)
    assert (after.status, after.version, after.payments) == \
        (before.status, before.version, before.payments)
