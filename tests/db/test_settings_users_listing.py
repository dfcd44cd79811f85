import datetime as dt

import pytest
from sqlalchemy import update

from app.auth.roles import Role
from app.bootstrap import Services
from app.errors import PermissionDenied, ValidationError
from app.jobs.listing import JobFilter
from app.jobs.workflow import Status
from db.models import Job
from tests.factories import intake_request, user


def test_settings_are_shared_and_checked(services: Services) -> None:
    boss, desk = user(services, Role.MANAGER), user(services, Role.RECEPTION)
    assert services.settings.get("shop.calendar") == "jalali"
    services.settings.set(boss, "shop.name", "  موبایل   رضا ")
    services.settings.set(boss, "jobs.warranty_days", "90")
    assert services.settings.all()["shop.name"] == "موبایل رضا"
    assert services.settings.get("jobs.warranty_days") == 90
    for key, value, code in (("shop.currency", "dollar", "bad_choice"),
                             ("jobs.warranty_days", "-3", "out_of_range"),
                             ("shop.timezone", "Mars/Base", "bad_timezone"),
                             ("shop.phone", "12", "bad_phone"),
                             ("shop.colour", "red", "unknown_setting")):
        with pytest.raises(ValidationError) as err:
            services.settings.set(boss, key, value)
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        services.settings.set(desk, "shop.name", "x")
    assert services.settings.get("shop.name") == "موبایل رضا"
    job = services.jobs.intake(desk, intake_request())
    assert job.warranty_days == 90  # the shop default reaches new jobs


def test_users_first_one_free_then_only_managers_add(services: Services) -> None:
    assert not services.users.has_users()
    services.users.create(None, username="Owner", full_name="مالک", role="manager",
                          password="long-enough")
    with pytest.raises(PermissionDenied):
        services.users.create(None, username="sneaky", full_name="", role="manager",
                              password="long-enough")
    owner = services.users.authenticate("owner", "long-enough")
    assert owner.role == Role.MANAGER
    services.users.create(owner, username="tech1", full_name="Tech", role="technician",
                          password="123456")
    tech = services.users.authenticate("tech1", "123456")
    with pytest.raises(PermissionDenied):
        services.users.create(tech, username="x2", full_name="", role="manager",
                              password="123456")
    for kwargs, code in (({"username": "a b"}, "bad_username"),
                         ({"role": "janitor"}, "bad_role"),
                         ({"password": "123"}, "short_password"),
                         ({"username": "tech1"}, "username_taken")):
        args = {"username": "newbie", "full_name": "", "role": "reception",
                "password": "123456", **kwargs}
        with pytest.raises(ValidationError) as err:
            services.users.create(owner, **args)
        assert err.value.code == code
    with pytest.raises(PermissionDenied):
        services.users.authenticate("tech1", "wrong")
    with services.db.read() as s:
        from sqlalchemy import text
        stored = s.execute(text("SELECT password_hash FROM users WHERE username='tech1'"))
        assert stored.scalar().startswith("$argon2")


def test_pages_filter_sort_and_continue(services: Services) -> None:
    desk, tech, boss = (user(services, r) for r in (Role.RECEPTION, Role.TECHNICIAN,
                                                    Role.MANAGER))
    jobs = [services.jobs.intake(desk, intake_request(technician_id=tech.user_id if i % 2
                                                      else None)) for i in range(7)]
    for job in jobs[:3]:
        services.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    first = services.listing.page(JobFilter(), limit=4)
    assert [r.number for r in first.rows] == [j.number for j in reversed(jobs)][:4]
    second = services.listing.page(JobFilter(), limit=4, after=first.after)
    assert [r.number for r in second.rows] == [j.number for j in reversed(jobs)][4:]
    assert second.after is None
    diag = services.listing.page(JobFilter(statuses=(Status.DIAGNOSING,)))
    assert {r.number for r in diag.rows} == {j.number for j in jobs[:3]}
    mine = services.listing.page(JobFilter(technician_id=tech.user_id))
    assert {r.number for r in mine.rows} == {jobs[i].number for i in (1, 3, 5)}
    assert services.listing.status_counts() == {Status.DIAGNOSING: 3, Status.RECEIVED: 4}
    today = dt.date.today()
    assert len(services.listing.page(JobFilter(created_from=today - dt.timedelta(days=1),
                                               created_to=today + dt.timedelta(days=1))).rows) == 7
    assert services.listing.page(JobFilter(created_to=today - dt.timedelta(days=3))).rows == []
    assert services.listing.page(JobFilter(overdue=True)).rows == []
    with services.db.write() as s:  # promised yesterday: overdue while open, not once cancelled
        s.execute(update(Job).where(Job.id.in_([jobs[0].id, jobs[6].id]))
                  .values(promised_date=today - dt.timedelta(days=1)))
    services.jobs.change_status(desk, jobs[6].id, Status.CANCELLED, jobs[6].version,
                                reason="customer took it")
    assert [r.number for r in services.listing.page(JobFilter(overdue=True)).rows] == [
        jobs[0].number]
    queue = services.listing.technician_queue(tech.user_id)
    assert {r.number for r in queue} == {jobs[i].number for i in (1, 3, 5)}
    assert boss.role == Role.MANAGER
