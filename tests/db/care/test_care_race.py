"""Two sending PCs on one PostgreSQL run the care round at the same moment: each survey is
asked once, each job at risk flagged once, and neither round fails."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from app.bootstrap import assemble, build
from app.care.care_round import CareReport, run_care_round
from app.errors import ConflictError
from db.models import CareTask, OutboxMessage, Survey
from tests.db.care.conftest import CareShop
from tests.moments import tehran

JOBS = 24


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_two_care_rounds_at_once_ask_each_customer_once(care: CareShop) -> None:
    care.configure(survey__every_days=0)
    care.at(tehran(2026, 12, 8, 11))
    delivered = [care.intake() for _ in range(JOBS)]
    late = [care.intake(promised_date=dt.date(2026, 12, 9)) for _ in range(JOBS // 2)]
    for job_id in delivered:
        care.deliver(job_id)
    url = care.services.db.engine.url.render_as_string(hide_password=False)
    start = threading.Barrier(2)
    reports: list[CareReport] = []
    errors: list[BaseException] = []

    def pc() -> None:
        other = build(url, migrate="never")  # its own engine and pool, as a second PC
        services = assemble(other.db, clock=lambda: tehran(2026, 12, 9, 10, 5))
        try:
            start.wait()
            reports.append(run_care_round(services.db, services.clock()))
        except BaseException as err:  # reported by the assertion below
            errors.append(err)
        finally:
            other.close()

    threads = [threading.Thread(target=pc) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sum(r.surveys_asked for r in reports) == JOBS
    assert sum(r.at_risk for r in reports) == len(late)
    with care.services.db.read() as s:
        assert s.scalar(select(func.count(func.distinct(Survey.job_id)))) == JOBS
        assert s.scalar(select(func.count(Survey.id))) == JOBS
        assert s.scalar(select(func.count(OutboxMessage.id)).where(
            OutboxMessage.event == "survey_nps")) == JOBS
        assert s.scalar(select(func.count(CareTask.id))) == len(late)


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_task_closed_on_two_pcs_at_once_is_closed_once_and_the_other_told(
        care: CareShop) -> None:
    job_id = care.intake()
    task = care.services.care.complaint(care.reception, job_id=job_id, text_="late")
    url = care.services.db.engine.url.render_as_string(hide_password=False)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def pc(outcome: str) -> None:
        other = build(url, migrate="never")
        try:
            start.wait()
            other.care.done(care.manager, task.id, task.version, outcome, outcome)
            outcomes.append(outcome)
        except ConflictError:
            outcomes.append("conflict")
        finally:
            other.close()

    threads = [threading.Thread(target=pc, args=(o,)) for o in ("resolved", "refunded")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(outcomes)[0] == "conflict" and len(outcomes) == 2
    closed = care.services.care.task(task.id)
    assert closed.outcome in outcomes and closed.note == closed.outcome
