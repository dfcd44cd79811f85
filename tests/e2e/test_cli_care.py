"""Customer care through the real `tamirgah` command: a job is finished, paid and delivered
headless, surveyed at once, answered with a low score, complained about at the desk, and the
follow-ups are listed and closed by the role that may close them. The shop's staff and the
job's bench work are set up in-process; a customer's reply arrives through the dispatcher's
own reply intake (only the provider's fetch is left out). One database, one test."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.auth.roles import SYSTEM, Actor
from app.bootstrap import Services, build
from app.care.replies import CareReplies
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from db.models import CareTask, Survey
from tests.e2e.test_cli import tamirgah
from tests.factories import intake_request

PASSWORD = "care-e2e-1"
PRICE = 1_450_000


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path))
    services = build(f"sqlite:///{tmp_path / 'tamirgah.db'}", migrate="always")
    services.users.create(None, username="saeed", full_name="Saeed Karimi", role="manager",
                          password=PASSWORD)
    boss = services.users.authenticate("saeed", PASSWORD)
    for username, full_name, role in (("maryam", "Maryam Ahmadi", "reception"),
                                      ("reza", "Reza Mousavi", "technician")):
        services.users.create(boss, username=username, full_name=full_name, role=role,
                              password=PASSWORD)
    services.settings.set(SYSTEM, "sms.grace_seconds", "0")
    yield services
    services.close()


def in_repair(services: Services) -> str:
    """A job on the bench with its estimate approved, as the desk and the technician left it."""
    desk, tech = (services.users.acting_as(name) for name in ("maryam", "reza"))
    job = services.jobs.intake(desk, intake_request(41, technician_id=tech.user_id))

    def move(actor: Actor, target: Status) -> None:
        services.jobs.change_status(actor, job.id, target, services.jobs.get(job.id).version)

    move(tech, Status.DIAGNOSING)
    services.jobs.set_estimate(tech, job.id, services.jobs.get(job.id).version,
                               [LineInput("part", "LCD Galaxy A52", 1, PRICE)])
    move(tech, Status.AWAITING_APPROVAL)
    move(desk, Status.APPROVED)
    move(tech, Status.IN_REPAIR)
    return job.number


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def refused(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    return result.stderr


def open_tasks(services: Services) -> list[tuple[int, str, str, int]]:
    with services.db.read() as s:
        rows = s.execute(select(CareTask.id, CareTask.kind, CareTask.state, CareTask.version)
                         .order_by(CareTask.id))
        return [(r.id, r.kind, r.state, r.version) for r in rows]


def test_delivered_surveyed_complained_about_and_closed_headless(
        shop: Services, tmp_path: Path) -> None:
    home = tmp_path
    number = in_repair(shop)
    ok(tamirgah("config", "set", "survey.delay_hours", "0", home=home))

    assert f"{number}: in_repair → ready (by reza)" in \
        ok(tamirgah("job", "move", number, "ready", "--as", "reza", home=home))
    paid = ok(tamirgah("job", "pay", number, str(PRICE), "--method", "card", "--as", "maryam",
                       home=home))
    assert f"{PRICE:,} paid by card (by maryam); balance 0" in paid
    assert f"{number}: ready → delivered (by maryam)" in \
        ok(tamirgah("job", "move", number, "delivered", "--as", "maryam", home=home))

    sent = ok(tamirgah("survey", "send-due", home=home))
    assert "surveys asked 1, not asked 0" in sent
    with shop.db.read() as s:
        [(state, technician)] = s.execute(select(Survey.state, Survey.technician_id)).all()
    assert (state, technician) == ("asked", shop.users.acting_as("reza").user_id)

    # The customer answers "۳" by SMS: a detractor, so a recovery task opens for a manager.
    mobile = shop.jobs.get(shop.jobs.id_for_number(number) or 0).customer_mobile
    taken = take_replies(shop.db, "console", [InboundSms("0" + mobile[3:], "۳", utcnow(), "r-1")],
                         utcnow(), jobs=shop.jobs, care=CareReplies())
    assert taken.scored == 1

    complained = ok(tamirgah("care", "complaint", number, "--text",
                             "صفحه بعد از دو روز دوباره خط افتاد", "--severity", "high",
                             "--via", "phone", "--as", "maryam", home=home))
    match = re.search(rf"complaint #(\d+) on {number} for Saeed Karimi, due ", complained)
    assert match, complained
    complaint_id = int(match.group(1))

    listed = ok(tamirgah("care", "tasks", "--open", home=home)).splitlines()
    mine = [line for line in listed if line.startswith(f"#{complaint_id} ")]
    assert len(mine) == 1 and "complaint" in mine[0] and number in mine[0]
    assert "to Saeed Karimi" in mine[0] and "دوباره خط افتاد" in mine[0]
    recoveries = [line for line in listed if " recovery " in line]
    assert len(recoveries) == 1 and "to Saeed Karimi" in recoveries[0]
    assert len(listed) == 2

    before = open_tasks(shop)
    words = refused(tamirgah("care", "done", str(complaint_id), "--outcome", "resolved",
                             "--note", "called back", "--as", "maryam", home=home))
    assert "Only a manager or the owner closes a complaint" in words
    assert open_tasks(shop) == before  # still open, same version

    assert f"#{complaint_id} done: resolved" in \
        ok(tamirgah("care", "done", str(complaint_id), "--outcome", "resolved", "--note",
                    "screen replaced again at no cost", "--as", "saeed", home=home))
    after = {task_id: (kind, state) for task_id, kind, state, _ in open_tasks(shop)}
    assert after[complaint_id] == ("complaint", "done")
    assert sorted(after.values()) == [("complaint", "done"), ("recovery", "open")]
    listed = ok(tamirgah("care", "tasks", "--open", home=home)).splitlines()
    assert len(listed) == 1 and " recovery " in listed[0]

    results = ok(tamirgah("survey", "results", home=home)).splitlines()
    assert "NPS -100, 1 of 1 answered (100%); not asked 0" in results[0]
    assert results[1:] == ["  Reza Mousavi: NPS -100, 1 of 1 answered (100%)"]

    before = open_tasks(shop)
    with ThreadPoolExecutor(3) as pool:  # independent refusals, run side by side
        no_job, bad_date, bad_outcome = pool.map(lambda args: tamirgah(*args, home=home), (
            ("care", "complaint", "1405-99999", "--text", "x", "--as", "maryam"),
            ("survey", "results", "--from", "1405-13-40"),
            ("care", "done", str(complaint_id), "--outcome", "forgotten", "--as", "saeed")))
    assert "There is no job 1405-99999" in refused(no_job)
    assert "--from: '1405-13-40' is not a date like 1405-09-01" in refused(bad_date)
    assert "invalid choice: 'forgotten'" in refused(bad_outcome)
    assert "resolved" in bad_outcome.stderr  # the outcomes it would take are named
    assert open_tasks(shop) == before
    with shop.db.read() as s:
        assert s.scalar(select(func.count(Survey.id))) == 1
