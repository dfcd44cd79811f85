"""Text with NUL, control characters or broken surrogates, on a SQLite file and PostgreSQL:
refused with the character named and nothing written, looked for without them, printed as
escapes, and carried from a file shop that already holds them onto a server."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

import pytest
from sqlalchemy import text as sql

from app.auth.roles import Actor, Role
from app.bootstrap import Services, build
from app.customers.service import NewCustomer, NewDevice
from app.database.copy_to import copy_database
from app.errors import ValidationError
from app.jobs.common import record
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.notify.gateway import InboundSms
from app.notify.replies import take_replies
from db.models import InboundMessage, Job
from tests.factories import intake_request, mobile, row_counts, user
from ui.launch import main

ESC, BEL, NUL, ZWNJ = "\x1b", "\x07", "\x00", "\u200c"
BAD = [NUL, ESC, "\x7f", "\x9b", "\ud800"]


def refused(services: Services, action: Callable[[], Any], field: str | None = None) -> None:
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        action()
    assert err.value.code == "bad_characters", err.value.message
    if field is not None:
        assert err.value.field == field
    assert row_counts(services) == before


def device(**changes: str) -> NewDevice:
    return replace(NewDevice(kind="phone", brand="Samsung", model="Galaxy A52", colour="مشکی",
                             serial="R58N123"), **changes)


INTAKE_FIELDS: dict[str, Callable[[str], dict[str, Any]]] = {
    "problem": lambda b: {"problem": f"صفحه{b} شکسته"},
    "customer_note": lambda b: {"customer_note": f"زنگ{b} بزنید"},
    "name": lambda b: {"new_customer": NewCustomer(name=f"مریم{b}", mobile=mobile(901))},
    "notes": lambda b: {"new_customer": NewCustomer(name="مریم", mobile=mobile(902),
                                                    notes=f"vip{b}")},
    "email": lambda b: {"new_customer": NewCustomer(name="مریم", mobile=mobile(903),
                                                    email=f"m{b}@x.ir")},
    "brand": lambda b: {"new_device": device(brand=f"Sam{b}sung")},
    "model": lambda b: {"new_device": device(model=f"A52{b}")},
    "serial": lambda b: {"new_device": device(serial=f"R58{b}")},
    "colour": lambda b: {"new_device": device(colour=f"سیاه{b}")},
    "accessories": lambda b: {"accessories": ["charger", f"case{b}"]},
    "passcode": lambda b: {"passcode": f"25{b}80"},
}


def test_intake_refuses_control_characters_in_every_text_and_writes_nothing(
        services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    for field, request_with in INTAKE_FIELDS.items():
        for bad in BAD:
            refused(services, lambda: services.jobs.intake(
                clerk, intake_request(900, **request_with(bad))), field)  # noqa: B023


def test_a_name_of_invisible_characters_is_refused_as_empty(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    before = row_counts(services)
    for blank in ("\u200b\u200c", " \u200e\u200f ", "\ufeff\u2060"):
        with pytest.raises(ValidationError) as err:
            services.jobs.intake(clerk, intake_request(
                904, new_customer=NewCustomer(name=blank, mobile=mobile(904))))
        assert (err.value.code, err.value.field) == ("required", "name")
    assert row_counts(services) == before


def test_persian_joiners_and_marks_are_kept_and_found(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    name = f"مهدی{ZWNJ}زاده \u200eA\u200e"
    problem = f"نمی{ZWNJ}خواهد روشن شود\nدکمه\u200dها\tخراب"
    job = services.jobs.intake(clerk, intake_request(
        905, problem=problem, new_customer=NewCustomer(name=name, mobile=mobile(905))))
    assert (job.customer_name, job.problem) == (name, problem)
    assert [h.number for h in services.search.jobs("مهدیزاده")] == [job.number]


@pytest.fixture
def one_job(services: Services) -> tuple[Services, Actor, int]:
    manager = user(services, Role.MANAGER, "boss")
    job = services.jobs.intake(manager, intake_request(906))
    return services, manager, job.id


def test_every_edit_refuses_control_characters(one_job: tuple[Services, Actor, int]) -> None:
    services, manager, job_id = one_job
    detail = services.jobs.get(job_id)
    customer_id = services.customers.find_by_mobile(mobile(906))
    assert customer_id is not None
    version = services.customers.card(customer_id).version
    jobs, customers = services.jobs, services.customers
    edits: list[tuple[str | None, Callable[[str], object]]] = [
        ("name", lambda b: customers.update(manager, customer_id, version, name=f"نام{b}")),
        ("notes", lambda b: customers.update(manager, customer_id, version, notes=f"ن{b}")),
        ("model", lambda b: customers.add_device(manager, customer_id, device(model=f"X{b}"))),
        ("note", lambda b: jobs.add_note(manager, job_id, f"note{b}", customer_visible=False)),
        ("problem", lambda b: jobs.update(manager, job_id, detail.version, problem=f"p{b}")),
        ("note", lambda b: jobs.add_payment(manager, job_id, 1000, "cash", note=f"n{b}")),
        ("line 1 description", lambda b: jobs.set_estimate(
            manager, job_id, detail.version, [LineInput("part", f"LCD{b}", 1, 1_000_000)])),
        ("shop.name", lambda b: services.settings.set(manager, "shop.name", f"تعمیرگاه{b}")),
        ("receipt.terms.fa", lambda b: services.settings.set(manager, "receipt.terms.fa",
                                                             f"شرایط\n{b}")),
        ("body", lambda b: services.messages.save_template(manager, "received", "fa",
                                                           f"{{job_number}} ثبت شد{b}")),
    ]
    for bad in BAD:
        for field, edit in edits:
            refused(services, partial(edit, bad), field)
    assert services.settings.get("shop.name") == "تعمیرگاه"


def test_search_and_lookup_leave_such_characters_out(
        one_job: tuple[Services, Actor, int]) -> None:
    services, _, job_id = one_job
    number = services.jobs.get(job_id).number
    for bad in BAD:
        assert [h.id for h in services.search.jobs(f"Gal{bad}axy")] == [job_id]
        assert [h.id for h in services.search.jobs(f"{bad}")] == []
        assert services.search.customers(f"مریم{bad}")
        assert services.jobs.id_for_number(f"{number}{bad}") == job_id


def old_data_with_controls(services: Services, manager: Actor, job_id: int) -> None:
    """What an older version let in, written straight into the database."""
    with services.db.write() as s:
        job = s.get(Job, job_id)
        assert job is not None
        job.customer.name = f"Evil{ESC}]0;pwned{BEL}{ESC}[2J"
        job.problem = f"fine\r{ESC}[31mspoofed{BEL}"
        record(s, job, manager, "note", {"text": f"bell{BEL}"})


def test_show_and_search_print_control_characters_as_escapes(
        one_job: tuple[Services, Actor, int], db_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    services, manager, job_id = one_job
    old_data_with_controls(services, manager, job_id)
    number = services.jobs.get(job_id).number
    assert main(["--database", db_url, "show", number]) == 0
    shown = capsys.readouterr().out
    assert main(["--database", db_url, "search", "Galaxy"]) == 0
    found = capsys.readouterr().out
    for out in (shown, found):
        assert ESC not in out and BEL not in out and "\r" not in out
        assert "Evil\\x1b]0;pwned\\x07\\x1b[2J" in out
    assert "problem: fine\\r\\x1b[31mspoofed\\x07" in shown
    assert main(["--database", db_url, "show", f"1300-9{ESC}[2J"]) == 2
    assert capsys.readouterr().err == "tamirgah: no job 1300-9\\x1b[2J\n"


def test_a_file_shop_holding_nul_moves_onto_postgresql(sqlite_url: str,
                                                       empty_pg: str) -> None:
    shop = build(sqlite_url, migrate="never")
    manager = user(shop, Role.MANAGER, "boss")
    job = shop.jobs.intake(manager, intake_request(907))
    with shop.db.write() as s:  # as an older version stored them
        s.execute(sql("UPDATE customers SET name = :n"), {"n": f"مریم{NUL} احمدی"})
        s.execute(sql("UPDATE jobs SET problem = :p"), {"p": f"{NUL}شکسته{NUL}"})
        row = s.get(Job, job.id)
        assert row is not None
        record(s, row, manager, "note", {"text": f"x{NUL}y"})
    before = row_counts(shop)

    summary = copy_database(shop.db, empty_pg)

    assert summary.nul_dropped == {"customers.name": 1, "jobs.problem": 1}
    server = build(empty_pg, migrate="never")
    try:
        assert row_counts(server) == before
        moved = server.jobs.get(job.id)
        assert (moved.customer_name, moved.problem) == ("مریم احمدی", "شکسته")
        assert moved.events[-1].data == {"text": f"x{NUL}y"}  # JSON keeps it escaped
    finally:
        server.close()
        shop.close()


def test_copy_to_says_what_it_left_out(sqlite_url: str, empty_pg: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    shop = build(sqlite_url, migrate="never")
    shop.jobs.intake(user(shop, Role.RECEPTION), intake_request(908))
    with shop.db.write() as s:
        s.execute(sql("UPDATE devices SET model = :m"), {"m": f"A52{NUL}"})
    shop.close()
    assert main(["--database", sqlite_url, "db", "copy-to", empty_pg]) == 0
    assert ("PostgreSQL cannot hold NUL characters; they were left out of devices.model "
            "(1 values)") in capsys.readouterr().out


def test_replies_from_outside_are_kept_without_such_characters(
        one_job: tuple[Services, Actor, int], caplog: pytest.LogCaptureFixture) -> None:
    services, manager, job_id = one_job
    jobs = services.jobs
    jobs.change_status(manager, job_id, Status.DIAGNOSING, jobs.get(job_id).version)
    jobs.set_estimate(manager, job_id, jobs.get(job_id).version,
                      [LineInput("part", "LCD", 1, 1_250_000)])
    jobs.change_status(manager, job_id, Status.AWAITING_APPROVAL, jobs.get(job_id).version)
    sender = "0" + jobs.get(job_id).customer_mobile[3:]
    now = utcnow()
    replies = [InboundSms(f"{sender}{NUL}", f"{NUL}۱{ESC}", now, "p-1"),
               InboundSms(sender, f"کی{NUL} آماده{ESC}[2J میشه؟\ud800", now, f"p-2{BEL}")]

    with caplog.at_level(logging.WARNING, logger="app.notify.replies"):
        taken = take_replies(services.db, "console", replies, now, jobs=services.jobs)

    assert "control or broken characters removed" in caplog.text
    assert sender not in caplog.text  # the customer's number stays out of the log
    assert (taken.approved, taken.unread) == (1, 1)
    assert jobs.get(job_id).status == Status.APPROVED
    stored = {r.body for r in services.messages.replies(job_id=job_id)}
    assert stored == {"۱", "کی آماده[2J میشه؟"}


def test_sms_replies_and_outbox_print_control_characters_as_escapes(
        services: Services, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with services.db.write() as s:  # stored by an older version
        s.add(InboundMessage(gateway="console", provider_id="p-9", sender="+989121234567",
                             body=f"hi{ESC}]0;pwned{BEL}", received_at=utcnow(),
                             fingerprint="f" * 64, outcome="unmatched"))
    assert main(["--database", db_url, "sms", "replies"]) == 0
    out = capsys.readouterr().out
    assert ESC not in out and BEL not in out and "hi\\x1b]0;pwned\\x07" in out


def test_user_names_go_through_the_same_check(services: Services) -> None:
    boss = user(services, Role.MANAGER, "boss")
    refused(services, lambda: services.users.create(
        boss, username="sara", full_name=f"سارا{ESC}[2J", role="technician",
        password="secret-1"), "full_name")
    added = services.users.create(boss, username="nima", full_name="\u200b\u200c ",
                                  role="reception", password="secret-1")
    assert added.full_name == "nima"
