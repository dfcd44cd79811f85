"""Money stays within the limit where it is summed, not only where it is typed: a line's
quantity × unit price, the estimate, the payments and so the balance. A change that would push
a total past the limit is refused in both languages and changes nothing; every paper prints
whatever was accepted. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.auth.roles import Actor, Role
from app.bootstrap import Services
from app.errors import DomainError, ValidationError
from app.jobs.money import Totals
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.printing.formats import Formats
from app.printing.render import render
from app.validation import MAX_MONEY
from tests.db.printing import samples
from tests.db.printing.conftest import page_texts, squeeze
from tests.factories import intake_request, row_counts, user


@dataclass
class Staff:
    desk: Actor
    tech: Actor
    boss: Actor


@pytest.fixture
def staff(services: Services) -> Staff:
    return Staff(user(services, Role.RECEPTION), user(services, Role.TECHNICIAN),
                 user(services, Role.MANAGER))


def diagnosing_job(services: Services, staff: Staff, deposit: int = 0) -> int:
    job = services.jobs.intake(staff.desk, intake_request(deposit=deposit))
    services.jobs.change_status(staff.tech, job.id, Status.DIAGNOSING, job.version)
    return job.id


def set_lines(services: Services, staff: Staff, job_id: int, lines: list[LineInput]) -> None:
    services.jobs.set_estimate(staff.tech, job_id, services.jobs.get(job_id).version, lines)


def assert_within_limit(t: Totals) -> None:
    assert 0 <= t.estimate <= t.estimate + t.discount <= MAX_MONEY
    assert 0 <= t.refunded <= t.paid <= MAX_MONEY
    assert -MAX_MONEY <= t.balance <= MAX_MONEY


def prints(services: Services, job_id: int) -> None:
    job = services.jobs.get(job_id)
    for document, lang in (("estimate", "fa"), ("invoice", "en")):
        shop = samples.SHOP_FA if lang == "fa" else samples.SHOP_EN
        pdf = render(document, job, shop, lang=lang, printed_at=samples.PRINTED).pdf
        total = Formats(lang, shop.currency).number(job.totals.estimate)
        assert squeeze(total) in squeeze(" ".join(page_texts(pdf)))


def test_the_attack_line_of_ten_thousand_times_the_limit_is_refused(
        services: Services, staff: Staff) -> None:
    job_id = diagnosing_job(services, staff)
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        set_lines(services, staff, job_id, [LineInput("part", "LCD", 10_000, MAX_MONEY)])
    assert err.value.code == "line_too_large"
    assert err.value.localized("fa").startswith("ردیف ۱: تعداد × قیمت واحد از سقف مبلغ "
                                                "(\u2068۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰\u2069)")  # isolated
    assert "10,000 × 1,000,000,000,000,000" in err.value.message
    assert row_counts(services) == before
    assert services.jobs.get(job_id).lines == []


def test_lines_each_within_the_limit_may_not_sum_past_it(services: Services,
                                                         staff: Staff) -> None:
    job_id = diagnosing_job(services, staff)
    half = MAX_MONEY // 2
    set_lines(services, staff, job_id, [LineInput("part", "A", 1, half),
                                        LineInput("part", "B", 1, half)])  # exactly the limit
    assert services.jobs.get(job_id).totals.estimate == MAX_MONEY
    prints(services, job_id)
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        # the discount would bring the total back under, but the subtotal printed is over
        set_lines(services, staff, job_id, [LineInput("part", "A", 1, half),
                                            LineInput("part", "B", 1, half + 1, discount=5)])
    assert err.value.code == "estimate_too_large" and "جمع برآورد" in err.value.localized("fa")
    assert row_counts(services) == before
    assert services.jobs.get(job_id).totals.estimate == MAX_MONEY


def test_payments_may_not_sum_past_the_limit(services: Services, staff: Staff) -> None:
    job_id = diagnosing_job(services, staff, deposit=MAX_MONEY - 10)
    services.jobs.add_payment(staff.desk, job_id, 10, "cash")
    before = row_counts(services)
    with pytest.raises(ValidationError) as err:
        services.jobs.add_payment(staff.desk, job_id, 1, "card")
    assert err.value.code == "paid_too_large" and "پرداخت" in err.value.localized("fa")
    assert row_counts(services) == before
    services.jobs.refund(staff.boss, job_id, 500, "cash", reason="overpaid")
    with pytest.raises(ValidationError):  # a refund does not make room: paid is what prints
        services.jobs.add_payment(staff.desk, job_id, 1, "card")
    t = services.jobs.get(job_id).totals
    assert (t.paid, t.refunded, t.balance) == (MAX_MONEY, 500, -(MAX_MONEY - 500))
    prints(services, job_id)


_AMOUNTS = st.one_of(st.integers(0, 10_000_000),
                     st.integers(MAX_MONEY // 10_000, MAX_MONEY // 1_000),
                     st.integers(MAX_MONEY // 3, MAX_MONEY + 10))
_LINE = st.builds(LineInput, st.sampled_from(["part", "labour"]), st.just("Part"),
                  st.integers(1, 10_000), _AMOUNTS, st.just(0))
_STEP = st.one_of(
    st.tuples(st.just("lines"), st.lists(_LINE, min_size=1, max_size=4)),
    st.tuples(st.just("pay"), st.integers(1, MAX_MONEY)),
    st.tuples(st.just("refund"), st.integers(1, MAX_MONEY)),
)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(deposit=_AMOUNTS, steps=st.lists(_STEP, max_size=6))
def test_any_accepted_sequence_keeps_every_total_within_the_limit_and_prints(
        services: Services, staff: Staff, deposit: int,
        steps: list[tuple[str, object]]) -> None:
    try:
        job_id = diagnosing_job(services, staff, deposit=deposit)
    except ValidationError:
        assert deposit > MAX_MONEY
        return
    for kind, value in steps:
        before = services.jobs.get(job_id)
        try:
            if kind == "lines":
                set_lines(services, staff, job_id, value)  # type: ignore[arg-type]
            elif kind == "pay":
                services.jobs.add_payment(staff.desk, job_id, value, "cash")  # type: ignore[arg-type]
            else:
                services.jobs.refund(staff.boss, job_id, value, "cash",  # type: ignore[arg-type]
                                     reason="returned")
        except DomainError:
            after = services.jobs.get(job_id)
            assert (after.version, after.totals) == (before.version, before.totals)
        assert_within_limit(services.jobs.get(job_id).totals)
    prints(services, job_id)
