"""The store-credit ledger's rules: any sequence of grants, redemptions, give-backs and
expiries keeps the balance equal to the log's sum and to what is left of the grants, never
negative, never spends an expired grant, and always spends the soonest expiring first."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.loyalty.ledger import NEVER, EntryKind, Ledger

START = dt.date(2026, 12, 1)

steps = st.lists(st.one_of(
    st.tuples(st.just("grant"), st.integers(1, 500_000),
              st.one_of(st.none(), st.integers(0, 120))),
    st.tuples(st.just("redeem"), st.integers(1, 800_000), st.none()),
    st.tuples(st.just("give_back"), st.integers(0, 40), st.none()),
    st.tuples(st.just("wait"), st.integers(0, 30), st.none()),
), max_size=40)


@given(steps)
def test_any_sequence_keeps_the_ledger_whole(ops: list[tuple[str, int, int | None]]) -> None:
    ledger, today = Ledger(), START
    for op, n, days in ops:
        before = ledger
        try:
            if op == "grant":
                ledger = ledger.grant(n, None if days is None else today
                                      + dt.timedelta(days=days), today)
            elif op == "redeem":
                ledger = ledger.redeem(n, today)
                spent = ledger.entries[-1]
                usable = {g.id: g for g in before.grants if g.usable(today)}
                assert all(p.grant_id in usable for p in spent.portions)  # none expired
                order = [usable[p.grant_id].expires or NEVER for p in spent.portions]
                assert order == sorted(order)  # soonest expiry first
                untouched = [g for g in usable.values()
                             if g.id not in {p.grant_id for p in spent.portions}]
                assert all((g.expires or NEVER) >= order[-1] for g in untouched)
            elif op == "give_back":
                ledger = ledger.give_back(n, today)
            else:
                today += dt.timedelta(days=n)
                ledger = ledger.expire(today)
        except ValidationError:
            assert ledger == before  # a refusal changes nothing
        assert ledger.balance == sum(e.amount for e in ledger.entries)
        assert ledger.balance == sum(g.left for g in ledger.grants)
        assert all(0 <= g.left <= g.amount for g in ledger.grants)
        assert ledger.entries[: len(before.entries)] == before.entries  # append-only
    settled = ledger.expire(today + dt.timedelta(days=365 * 5))
    assert settled.balance == sum(g.left for g in settled.grants if g.expires is None)


def test_soonest_expiring_first_and_a_refund_gives_each_grant_its_part() -> None:
    ledger = Ledger().grant(50_000, START + dt.timedelta(days=90), START)
    ledger = ledger.grant(30_000, START + dt.timedelta(days=10), START)
    ledger = ledger.grant(20_000, None, START)
    ledger = ledger.redeem(60_000, START)
    spent = ledger.entries[-1]
    assert [(p.grant_id, p.amount) for p in spent.portions] == [(2, 30_000), (1, 30_000)]
    assert (spent.amount, spent.balance_after) == (-60_000, 40_000)
    ledger = ledger.give_back(3, START)
    assert [g.left for g in ledger.grants] == [50_000, 30_000, 20_000]
    with pytest.raises(ValidationError) as twice:
        ledger.give_back(3, START)
    assert twice.value.code == "already_given_back"


def test_expired_credit_is_written_off_the_day_after_and_cannot_be_spent() -> None:
    ledger = Ledger().grant(40_000, START + dt.timedelta(days=7), START)
    last_day = START + dt.timedelta(days=7)
    assert ledger.available(last_day) == 40_000  # spendable on its last day
    assert ledger.expire(last_day) == ledger
    after = last_day + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as short:
        ledger.redeem(1, after)
    assert short.value.code == "credit_short"
    written_off = ledger.expire(after)
    assert written_off.entries[-1].kind == EntryKind.EXPIRY
    assert (written_off.entries[-1].amount, written_off.balance) == (-40_000, 0)


@pytest.mark.parametrize("amount, expires", [
    (0, None), (-5, None), (10, START - dt.timedelta(days=1)), (True, None),
])
def test_bad_grants_are_refused(amount: int, expires: dt.date | None) -> None:
    with pytest.raises(ValidationError):
        Ledger().grant(amount, expires, START)
