"""Random Unicode at the service boundary (controls, lone surrogates, NUL, invisible
characters, huge values) against intake, customer edits, notes, search, templates and
settings: nothing raises but the app's own DomainError, and a refusal changes no row.

One shop per database for the whole module (a SQLite file, and PostgreSQL); the examples
are few enough on PostgreSQL to keep the suite quick.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from app.auth.roles import Actor, Role
from app.bootstrap import Services, build
from app.customers.service import NewCustomer, NewDevice
from app.errors import DomainError
from app.jobs.intake import IntakeRequest
from app.locale.text import clean_text
from db.engine import make_engine
from db.models import Base
from tests.factories import intake_request, mobile, row_counts, user

EXAMPLES = {"sqlite": 60, "postgresql": 25}
_mobiles = itertools.count(5_000_000)

awkward = st.sampled_from(["\x00", "\x1b[2J", "\x07", "\ud800", "\udfff", "\x7f", "\x85",
                           "\u200c", "\u200d", "\u200e", "\u200f", "\u200b", "\ufeff",
                           "\u202e", "\r\n", "\t", " ", "'", '"', "%", "_", "\\", "*", "[",
                           "{", "}", "{job_number}", "0912", "1405-", "ی", "ي", "۱۲۳"])
pieces = st.text(st.characters(codec=None, exclude_categories=()), max_size=12) | awkward
junk = st.one_of(
    st.lists(pieces, max_size=8).map("".join),
    st.builds(lambda piece, n: piece * n, pieces, st.integers(300, 30_000)),  # huge
)
plain = st.text("abcXYZ019 -./سلامیکگ\u200cپژ۱۲", min_size=1, max_size=30)


@st.composite
def some_junk(draw: st.DrawFn, valid: dict[str, st.SearchStrategy[Any]]) -> dict[str, Any]:
    """Valid values with up to two of them junk, so that some calls go through."""
    values = {key: draw(strategy) for key, strategy in valid.items()}
    for key in draw(st.lists(st.sampled_from(sorted(valid)), max_size=2, unique=True)):
        values[key] = draw(junk)
    return values


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, sqlite_template: Path,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str]]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("fuzz") / "shop.db"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_database")
        engine = make_engine(url)
        with engine.begin() as conn:
            conn.execute(sql("TRUNCATE " + ", ".join(t.name for t in Base.metadata.sorted_tables)
                             + " RESTART IDENTITY CASCADE"))
        engine.dispose()
    services = build(url, migrate="never")
    yield services, request.param
    services.close()


@pytest.fixture(scope="module")
def people(shop: tuple[Services, str]) -> tuple[Actor, int, int]:
    """The manager, and a job and its customer to edit."""
    services, _ = shop
    manager = user(services, Role.MANAGER, "boss")
    job = services.jobs.intake(manager, intake_request(4_999_999))
    customer_id = services.customers.find_by_mobile(mobile(4_999_999))
    assert customer_id is not None
    return manager, job.id, customer_id


def only_domain_errors(services: Services, action: Callable[[], Any]) -> bool:
    """True when the action went through; a refusal must be a DomainError that wrote nothing."""
    before = row_counts(services)
    try:
        action()
    except DomainError as err:
        assert err.localized("fa")
        assert row_counts(services) == before, err.message
        return False
    return True


def fuzzed(kind: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Hypothesis settings per database, in the test itself (no profile slows the suite)."""
    def wrap(test: Callable[..., None]) -> Callable[..., None]:
        return settings(max_examples=EXAMPLES[kind], deadline=None, database=None,
                        suppress_health_check=[HealthCheck.too_slow,
                                               HealthCheck.data_too_large])(test)
    return wrap


def run(shop: tuple[Services, str], body: Callable[..., None], *strategies: Any) -> None:
    _, kind = shop
    fuzzed(kind)(given(*strategies)(body))()


def test_intake(shop: tuple[Services, str], people: tuple[Actor, int, int]) -> None:
    services, _ = shop
    manager, _, _ = people

    def body(v: dict[str, Any]) -> None:
        req = IntakeRequest(
            problem=v["problem"],
            new_customer=NewCustomer(name=v["name"], mobile=v["mobile"] or mobile(
                next(_mobiles)), email=v["email"], notes=v["notes"]),
            new_device=NewDevice(kind="phone", brand=v["brand"], model=v["model"],
                                 serial=v["serial"], colour=v["colour"]),
            accessories=[v["accessory"]], passcode=v["passcode"], customer_note=v["note"])
        taken: list[Any] = []
        if only_domain_errors(services, lambda: taken.append(services.jobs.intake(manager,
                                                                                   req))):
            job = taken[0]
            assert services.jobs.id_for_number(job.number) == job.id
            assert services.search.jobs(job.number)[0].id == job.id

    run(shop, body, some_junk({
        "problem": plain, "name": plain, "mobile": st.just(""), "email": st.just(""),
        "notes": plain, "brand": plain, "model": plain, "serial": plain, "colour": plain,
        "note": plain, "accessory": plain, "passcode": plain}))


def test_customer_edit(shop: tuple[Services, str], people: tuple[Actor, int, int]) -> None:
    services, _ = shop
    manager, _, customer_id = people

    def body(v: dict[str, Any]) -> None:
        version = services.customers.card(customer_id).version
        if only_domain_errors(services, lambda: services.customers.update(
                manager, customer_id, version, name=v["name"], notes=v["notes"],
                email=v["email"], other_phones=[v["phone"]])):
            assert services.customers.card(customer_id).name == clean_text(v["name"])

    run(shop, body, some_junk({"name": plain, "notes": plain, "email": st.just("a@b.ir"),
                               "phone": st.just("")}))


def test_notes(shop: tuple[Services, str], people: tuple[Actor, int, int]) -> None:
    services, _ = shop
    manager, job_id, _ = people

    def body(note: str, visible: bool, payment_note: str) -> None:
        only_domain_errors(services, lambda: services.jobs.add_note(
            manager, job_id, note, customer_visible=visible))
        only_domain_errors(services, lambda: services.jobs.add_payment(
            manager, job_id, 1000, "cash", note=payment_note))

    run(shop, body, junk, st.booleans(), junk)


def test_search(shop: tuple[Services, str], people: tuple[Actor, int, int]) -> None:
    services, _ = shop

    def body(term: str) -> None:  # a search never refuses: no exception at all
        services.search.jobs(term)
        services.search.customers(term)
        services.jobs.id_for_number(term)

    run(shop, body, junk)


def test_template_and_settings_save(shop: tuple[Services, str],
                                    people: tuple[Actor, int, int]) -> None:
    services, _ = shop
    manager, _, _ = people

    def body(template: str, lang: str, shop_name: str, terms: str) -> None:
        if only_domain_errors(services, lambda: services.messages.save_template(
                manager, "received", lang, template)):
            services.messages.preview(template, lang)
        only_domain_errors(services, lambda: services.settings.set(manager, "shop.name",
                                                                   shop_name))
        only_domain_errors(services, lambda: services.settings.set(manager, "receipt.terms.fa",
                                                                   terms))

    run(shop, body, junk, st.sampled_from(["fa", "en"]), junk, junk)
    services.messages.reset_template(manager, "received", "fa")
    services.messages.reset_template(manager, "received", "en")
    assert services.jobs.intake(manager, intake_request(next(_mobiles))).number
