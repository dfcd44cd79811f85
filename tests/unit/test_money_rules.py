"""Estimate, payments, refunds and the balance, on the fake unit of work."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import PermissionDenied, ValidationError
from app.jobs import edits, payments
from app.jobs.edits import LineInput
from app.jobs.money import PaymentKind, Totals
from app.jobs.steps import money_of
from app.jobs.workflow import Status
from app.validation import MAX_MONEY
from tests.fakes.unit_of_work import FakeShop

LINES = [LineInput("part", "LCD Galaxy A52", 1, 4_500_000),
         LineInput("labour", "Screen fitting", 1, 800_000, discount=300_000)]


def money(shop: FakeShop, job_id: int) -> Totals:
    with shop.store.unit_of_work() as uow:
        return money_of(uow, job_id)


def test_the_estimate_totals_its_lines_less_discounts() -> None:
    shop = FakeShop()
    job = shop.intake(deposit=1_000_000)
    v = shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES)
    totals = money(shop, job.id)
    assert (totals.estimate, totals.discount, totals.paid, totals.balance) == (
        5_000_000, 300_000, 1_000_000, 4_000_000)
    assert v == job.version + 1
    line = shop.store.events(job.id)[-1]
    assert line.data == {"total": {"before": 0, "after": 5_000_000}, "lines": 2}


def test_a_new_estimate_replaces_the_old_lines() -> None:
    shop = FakeShop()
    job = shop.intake()
    v = shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES)
    shop.do(edits.set_estimate, shop.tech, job.id, v, LINES[:1])
    assert money(shop, job.id).estimate == 4_500_000
    assert shop.store.events(job.id)[-1].data["total"] == {"before": 5_000_000,
                                                           "after": 4_500_000}


@pytest.mark.parametrize("line,code", [
    (LineInput("part", "x", 0, 1), None),
    (LineInput("part", "x", 1, -1), None),
    (LineInput("part", "", 1, 1), None),
    (LineInput("gift", "x", 1, 1), None),
    (LineInput("part", "x", 1, 100, discount=101), "discount_too_large"),
    (LineInput("part", "x", 10_000, MAX_MONEY), "line_too_large"),
])
def test_a_bad_line_is_refused_and_nothing_changes(line: LineInput, code: str | None) -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(ValidationError) as refused:
        shop.do(edits.set_estimate, shop.tech, job.id, job.version, [line])
    assert code is None or refused.value.code == code
    assert shop.store.job(job.id) == job and shop.store.kinds(job.id)[-1] == "created"


def test_the_estimate_is_for_the_bench_and_final_once_closed() -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(PermissionDenied):
        shop.do(edits.set_estimate, shop.desk, job.id, job.version, LINES)
    with pytest.raises(ValidationError) as too_many:
        shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES * 101)
    assert too_many.value.code == "too_many_lines"
    shop.store.tables.jobs[job.id].status = Status.DELIVERED
    with pytest.raises(ValidationError) as closed:
        shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES)
    assert closed.value.code == "job_closed"


def test_payments_and_refunds_make_the_balance_and_may_overpay() -> None:
    shop = FakeShop()
    job = shop.intake()
    shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES)
    first = shop.do(payments.add_payment, shop.desk, job.id, 3_000_000, "card", "")
    shop.do(payments.add_payment, shop.desk, job.id, 2_500_000, "cash", "")
    assert money(shop, job.id).balance == -500_000  # the shop owes the customer
    refund = shop.do(payments.refund, shop.boss, job.id, 500_000, "cash", "overpaid")
    assert money(shop, job.id).balance == 0
    kinds = [(p.kind, p.amount) for p in shop.store.payments(job.id)]
    assert kinds == [(PaymentKind.PAYMENT, 3_000_000), (PaymentKind.PAYMENT, 2_500_000),
                     (PaymentKind.REFUND, 500_000)]
    lines = shop.store.events(job.id)
    assert lines[-1].data == {"amount": 500_000, "method": "cash", "reason": "overpaid",
                              "payment_id": refund}
    assert lines[-3].data == {"amount": 3_000_000, "method": "card", "payment_id": first}
    assert shop.store.job(job.id).version == job.version + 1  # money never bumps the job


def test_a_refund_never_passes_what_was_paid() -> None:
    shop = FakeShop()
    job = shop.intake(deposit=200_000)
    with pytest.raises(ValidationError) as refused:
        shop.do(payments.refund, shop.boss, job.id, 200_001, "cash", "too much")
    assert refused.value.code == "refund_too_large" and refused.value.params["paid"] == 200_000
    with pytest.raises(ValidationError):
        shop.do(payments.refund, shop.boss, job.id, 1, "cash", " ")  # a reason is required
    with pytest.raises(PermissionDenied):
        shop.do(payments.refund, shop.desk, job.id, 1, "cash", "why")


@pytest.mark.parametrize("amount,method", [(0, "cash"), (-5, "cash"), (10, "cheque"),
                                           (MAX_MONEY + 1, "cash")])
def test_a_bad_payment_is_refused(amount: int, method: str) -> None:
    shop = FakeShop()
    job = shop.intake()
    with pytest.raises(ValidationError):
        shop.do(payments.add_payment, shop.desk, job.id, amount, method, "")
    assert shop.store.payments(job.id) == []


def test_payments_stop_at_the_money_limit_and_at_cancellation() -> None:
    shop = FakeShop()
    job = shop.intake()
    shop.do(payments.add_payment, shop.desk, job.id, MAX_MONEY, "cash", "")
    with pytest.raises(ValidationError) as limit:
        shop.do(payments.add_payment, shop.desk, job.id, 1, "cash", "")
    assert limit.value.code == "paid_too_large"
    shop.store.tables.jobs[job.id].status = Status.CANCELLED
    with pytest.raises(ValidationError) as closed:
        shop.do(payments.add_payment, shop.desk, job.id, 1, "cash", "")
    assert closed.value.code == "job_closed"
    with pytest.raises(PermissionDenied):
        shop.do(payments.add_payment, shop.tech, job.id, 1, "cash", "")


moves_of_money = st.lists(st.tuples(st.sampled_from(["pay", "refund"]),
                                    st.integers(min_value=1, max_value=5_000_000)),
                          max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(moves_of_money)
def test_the_balance_is_the_estimate_less_what_was_kept(steps: list[tuple[str, int]]) -> None:
    shop = FakeShop()
    job = shop.intake()
    shop.do(edits.set_estimate, shop.tech, job.id, job.version, LINES)
    kept = 0
    for kind, amount in steps:
        if kind == "pay":
            shop.do(payments.add_payment, shop.desk, job.id, amount, "cash", "")
            kept += amount
        elif amount > kept:
            with pytest.raises(ValidationError):
                shop.do(payments.refund, shop.boss, job.id, amount, "cash", "back")
        else:
            shop.do(payments.refund, shop.boss, job.id, amount, "cash", "back")
            kept -= amount
        totals = money(shop, job.id)
        assert totals.net_paid == kept >= 0
        assert totals.balance == 5_000_000 - kept
        stored = shop.store.payments(job.id)
        assert totals.paid == sum(p.amount for p in stored if p.kind == PaymentKind.PAYMENT)
