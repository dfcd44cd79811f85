"""The composition root takes fakes: the clock and the unit of work handed to build() are the
ones every service runs on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.auth.roles import Role
from app.bootstrap import Services, build
from app.storage.sql import SqlUnitOfWork
from app.storage.unit_of_work import UnitOfWork
from tests.factories import intake_request, user

NOON = dt.datetime(2024, 3, 21, 8, 30, tzinfo=dt.UTC)  # noon in Tehran, 2 Farvardin 1403


@pytest.fixture
def rooted(sqlite_url: str) -> Iterator[tuple[Services, list[UnitOfWork]]]:
    opened: list[UnitOfWork] = []
    services: Services | None = None

    def counted() -> UnitOfWork:
        assert services is not None
        unit = SqlUnitOfWork(services.db)
        opened.append(unit)
        return unit

    services = build(sqlite_url, clock=lambda: NOON, unit_of_work=counted)
    yield services, opened
    services.close()


def test_every_service_runs_on_the_clock_and_unit_of_work_it_was_given(
        rooted: tuple[Services, list[UnitOfWork]]) -> None:
    services, opened = rooted
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request(1))
    assert job.number.startswith("1403-")  # the year of the clock's day, not today's
    assert services.jobs.get(job.id).created_at.replace(tzinfo=dt.UTC) == NOON
    assert len(opened) == 1  # the intake went through the unit of work handed in
    assert services.dispatcher().clock() == NOON
    assert "1403" in services.backups.suggested_file().name  # named by the clock's day
