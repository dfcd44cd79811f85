import datetime as dt
import re

import pytest

from app.auth.roles import Role
from app.bootstrap import Services
from app.customers.service import NewCustomer, NewDevice
from app.errors import NotFound, ValidationError
from app.jobs.workflow import CustomerEvent, Status
from app.locale.calendar import jalali_year, utcnow
from tests.factories import intake_request, row_counts, user, valid_imei


def test_intake_creates_customer_device_job_and_timeline(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    job = services.jobs.intake(clerk, intake_request(1, deposit=200_000))
    assert re.fullmatch(rf"{jalali_year(utcnow())}-\d{{5}}", job.number)
    assert job.status == Status.RECEIVED
    assert job.customer_mobile == "+989120000001"
    assert job.device["imei"] == valid_imei(1)
    assert job.totals.paid == 200_000 and job.totals.balance == -200_000
    assert job.has_unlock
    kinds = [(e.kind, e.customer_event) for e in job.events]
    assert kinds == [("created", CustomerEvent.RECEIVED), ("payment", None)]
    assert job.events[0].actor == clerk.username


def test_job_numbers_count_up_within_the_year(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    numbers = [services.jobs.intake(clerk, intake_request(i)).number for i in range(1, 4)]
    seqs = [int(n.split("-")[1]) for n in numbers]
    assert seqs == [seqs[0], seqs[0] + 1, seqs[0] + 2]


def test_returning_customer_brings_a_known_device(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    first = services.jobs.intake(clerk, intake_request(5))
    again = services.jobs.intake(clerk, intake_request(
        problem="باتری زود خالی می‌شود", new_customer=None, new_device=None,
        customer_id=first.customer_id, device_id=first.device_id))
    assert again.customer_id == first.customer_id and again.device_id == first.device_id
    history = services.customers.device_history(first.device_id)
    assert [h["number"] for h in history] == [first.number, again.number]
    card = services.customers.card(first.customer_id)
    assert {j["number"] for j in card.jobs} == {first.number, again.number}
    assert services.customers.find_by_mobile("۰۹۱۲۰۰۰۰۰۰۵") == first.customer_id


def test_someone_elses_device_is_refused(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    a = services.jobs.intake(clerk, intake_request(6))
    b = services.jobs.intake(clerk, intake_request(7))
    with pytest.raises(ValidationError) as err:
        services.jobs.intake(clerk, intake_request(new_customer=None, new_device=None,
                                                   customer_id=a.customer_id,
                                                   device_id=b.device_id))
    assert err.value.code == "device_not_customers"


BAD_INPUTS = [
    ("bad_phone", {"new_customer": NewCustomer(name="Reza", mobile="0912-12")}),
    ("imei_check_digit", {"new_device": NewDevice(kind="phone", brand="Apple",
                                                  model="iPhone 13",
                                                  imei="490154203237519")}),
    ("money_negative", {"deposit": -5000}),
    ("money_not_int", {"deposit": 1500.5}),
    ("money_negative", {"estimate_min": -1}),
    ("unknown_technician", {"technician_id": 9999}),
    ("required", {"problem": "   "}),
    ("date_past", {"promised_date": dt.date(2020, 1, 1)}),
    ("too_long", {"problem": "x" * 100_000}),
    ("too_long", {"customer_note": "ی" * 100_000}),
    ("bad_pattern", {"pattern": "1-1-2"}),
    ("bad_condition", {"condition": {"smell": "bad"}}),
    ("bad_choice", {"new_device": NewDevice(kind="toaster", brand="X", model="Y")}),
    ("customer_required", {"new_customer": None}),
]


@pytest.mark.parametrize(("code", "overrides"), BAD_INPUTS, ids=[c for c, _ in BAD_INPUTS])
def test_bad_intake_is_refused_and_writes_nothing(services: Services, code: str,
                                                  overrides: dict) -> None:
    clerk = user(services, Role.RECEPTION)
    services.jobs.intake(clerk, intake_request(40))
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        services.jobs.intake(clerk, intake_request(41, **overrides))
    assert err.value.code == code
    assert err.value.message  # words for the UI
    assert row_counts(services) == before


def test_duplicate_mobile_is_refused_without_a_half_saved_device(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    services.jobs.intake(clerk, intake_request(50))
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        services.jobs.intake(clerk, intake_request(51, new_customer=NewCustomer(
            name="Other", mobile="+989120000050")))
    assert err.value.code == "mobile_taken"
    assert row_counts(services) == before


@pytest.fixture
def shop(services: Services) -> Services:
    clerk = user(services, Role.RECEPTION)
    services.jobs.intake(clerk, intake_request(
        101, new_customer=NewCustomer(name="علی‌رضا كريمي", mobile="09351234567"),
        new_device=NewDevice(kind="phone", brand="Xiaomi", model="Redmi Note 12",
                             imei=valid_imei(101))))
    services.jobs.intake(clerk, intake_request(
        102, new_customer=NewCustomer(name="Sarah Johnson", mobile="+447911123456",
                                      language="en"),
        new_device=NewDevice(kind="laptop", brand="Lenovo", model="ThinkPad T14",
                             serial="PF3KX9Z2")))
    services.jobs.intake(clerk, intake_request(103))
    return services


@pytest.mark.parametrize(("term", "name"), [
    ("علیرضا", "علی‌رضا کریمی"),        # no ZWNJ typed
    ("علي‌رضا", "علی‌رضا کریمی"),       # Arabic yeh typed
    ("کریمی", "علی‌رضا کریمی"),
    ("۳۵۱۲۳۴", "علی‌رضا کریمی"),        # Persian digits of the mobile
    ("0935123", "علی‌رضا کریمی"),
    ("+98 935 123 4567", "علی‌رضا کریمی"),
    ("4567", "علی‌رضا کریمی"),
    ("johns", "Sarah Johnson"),
    ("SARAH", "Sarah Johnson"),
    ("7911123", "Sarah Johnson"),
    ("pf3kx", "Sarah Johnson"),
    ("thinkpad", "Sarah Johnson"),
    ("redmi note", "علی‌رضا کریمی"),
])
def test_search_finds_jobs_by_every_key(shop: Services, term: str, name: str) -> None:
    hits = shop.search.jobs(term)
    assert [h.customer_name for h in hits] == [name]


def test_search_by_job_number_imei_and_short_terms(shop: Services) -> None:
    jobs = shop.search.jobs(valid_imei(101)[-7:])
    assert len(jobs) == 1 and jobs[0].device == "Xiaomi Redmi Note 12"
    number = jobs[0].number
    assert [h.number for h in shop.search.jobs(number)] == [number]
    sequence = str(int(number.split("-")[1]))
    assert next(h.number for h in shop.search.jobs(sequence)) == number  # typed number first
    assert {h.customer_name for h in shop.search.jobs("عل")} == {"علی‌رضا کریمی"}
    assert {h.customer_name for h in shop.search.jobs("مر")} == {"مریم احمدی 103"}
    assert {h.customer_name for h in shop.search.jobs("sa")} == {"Sarah Johnson"}
    assert len(shop.search.jobs("14")) == 3  # a prefix of every job number this year
    assert [h.customer_name for h in shop.search.jobs("09")] != []
    assert shop.search.jobs("zzz") == [] and shop.search.jobs("  ") == []
    assert shop.search.jobs("%") == [] and shop.search.jobs("_a") == []


def test_customer_search_and_rename_reindexes_jobs(shop: Services) -> None:
    hit = shop.search.customers("Johnson")[0]
    card = shop.customers.card(hit.id)
    boss = user(shop, Role.MANAGER)
    shop.customers.update(boss, hit.id, card.version, name="Sara Jansen")
    assert shop.search.jobs("johnson") == []
    assert [h.customer_name for h in shop.search.jobs("jansen")] == ["Sara Jansen"]


def test_unknown_job_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.jobs.get(424242)


def test_typed_job_number_prefix_and_phone_with_a_dash(shop: Services) -> None:
    numbers = sorted(h.number for h in shop.search.jobs("14"))
    year = numbers[0].split("-")[0]
    assert [h.number for h in shop.search.jobs(f"{year}-0000")] == numbers[::-1]
    assert [h.number for h in shop.search.jobs(numbers[1])] == [numbers[1]]
    assert [h.customer_name for h in shop.search.jobs("0935-1234567")] == ["علی‌رضا کریمی"]


def test_customer_edits_get_the_same_checks_as_new_customers(shop: Services) -> None:
    boss = user(shop, Role.MANAGER)
    hit = shop.search.customers("Johnson")[0]
    card = shop.customers.card(hit.id)
    for changes, code in (({"email": "sarah.example.com"}, "bad_email"),
                          ({"birthday": dt.date.today() + dt.timedelta(days=2)},
                           "bad_birthday"),
                          ({"mobile": "09351234567"}, "mobile_taken"),
                          ({"mobile": "0935"}, "bad_phone"),
                          ({"name": "  "}, "required"),
                          ({"language": "de"}, "bad_choice")):
        with pytest.raises(ValidationError) as err:
            shop.customers.update(boss, hit.id, card.version, **changes)
        assert err.value.code == code
    assert shop.customers.card(hit.id) == card
    shop.customers.update(boss, hit.id, card.version, email="sarah@example.com",
                          birthday=dt.date(1990, 5, 4), mobile="+447911000111")
    assert shop.customers.card(hit.id).mobile == "+447911000111"
    assert [h.customer_name for h in shop.search.jobs("7911000111")] == ["Sarah Johnson"]


def test_a_hit_carries_its_promised_date_for_the_boards_flag(services: Services) -> None:
    clerk = user(services, Role.RECEPTION)
    day = dt.date(2030, 1, 31)
    services.jobs.intake(clerk, intake_request(104, promised_date=day))
    services.jobs.intake(clerk, intake_request(105))
    hits = {h.customer_name: h.promised_date for h in services.search.jobs("مریم احمدی")}
    assert hits == {"مریم احمدی 104": day, "مریم احمدی 105": None}
