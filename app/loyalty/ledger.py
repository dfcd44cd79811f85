"""Store credit as a ledger, as pure rules over plain values (the database layer applies
them): grants with what is left of each, and an append-only log of grants, redemptions,
give-backs and expiries, each with the balance after it. A redemption spends the soonest
expiring grants first and says which paid for it; nothing is ever edited or deleted.

A grant that expires on a day can still be spent that day; it has expired the day after."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from app.errors import ValidationError

# Grants without an expiry (a manager's manual grant) are spent last.
NEVER = dt.date.max


class EntryKind(StrEnum):
    GRANT = "grant"
    REDEEM = "redeem"  # paid with credit
    GIVE_BACK = "give_back"  # a payment with credit refunded: the credit comes back
    EXPIRY = "expiry"  # what was left of a grant when it expired


@dataclass(frozen=True)
class Grant:
    id: int
    amount: int
    expires: dt.date | None
    left: int

    def usable(self, today: dt.date) -> bool:
        return self.left > 0 and (self.expires is None or self.expires >= today)


@dataclass(frozen=True)
class Portion:
    grant_id: int
    amount: int


@dataclass(frozen=True)
class Entry:
    kind: EntryKind
    amount: int  # signed: what the balance changed by
    balance_after: int
    portions: tuple[Portion, ...] = ()
    of_entry: int | None = None  # a give-back: the position of the redemption it undoes


@dataclass(frozen=True)
class Ledger:
    grants: tuple[Grant, ...] = ()
    entries: tuple[Entry, ...] = field(default=())

    @property
    def balance(self) -> int:
        """The log's sum: what the customer holds, expired remainders not yet written off
        included (expire() writes them off)."""
        return self.entries[-1].balance_after if self.entries else 0

    def available(self, today: dt.date) -> int:
        return sum(g.left for g in self.grants if g.usable(today))

    def grant(self, amount: int, expires: dt.date | None, today: dt.date) -> Ledger:
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ValidationError("A grant is a whole amount above zero", code="money_zero",
                                  field="amount")
        if expires is not None and expires < today:
            raise ValidationError(f"The expiry {expires} is in the past", code="date_past",
                                  field="expires")
        new = Grant(len(self.grants) + 1, amount, expires, amount)
        return self._with((*self.grants, new), EntryKind.GRANT, amount,
                          (Portion(new.id, amount),))

    def redeem(self, amount: int, today: dt.date) -> Ledger:
        """Pay `amount` with credit: the soonest expiring usable grants first."""
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ValidationError("Pay a whole amount above zero with credit",
                                  code="money_zero", field="amount")
        if amount > self.available(today):
            raise ValidationError(f"Only {self.available(today)} of credit is left",
                                  code="credit_short", available=self.available(today))
        grants = list(self.grants)
        portions = []
        wanted = amount
        for position in sorted((i for i, g in enumerate(grants) if g.usable(today)),
                               key=lambda i: (grants[i].expires or NEVER, grants[i].id)):
            take = min(wanted, grants[position].left)
            grants[position] = replace(grants[position], left=grants[position].left - take)
            portions.append(Portion(grants[position].id, take))
            wanted -= take
            if wanted == 0:
                break
        return self._with(tuple(grants), EntryKind.REDEEM, -amount, tuple(portions))

    def give_back(self, position: int, today: dt.date) -> Ledger:
        """The credit payment at `position` in the log was refunded: each grant that paid
        gets its part back with its own expiry (a part whose grant has expired meanwhile is
        written off by the next expire())."""
        redemption = self.entries[position] if 0 <= position < len(self.entries) else None
        if redemption is None or redemption.kind != EntryKind.REDEEM:
            raise ValidationError("Only a payment with credit can be given back",
                                  code="not_redemption")
        if any(e.of_entry == position for e in self.entries):
            raise ValidationError("This payment's credit was already given back",
                                  code="already_given_back")
        grants = list(self.grants)
        for portion in redemption.portions:
            at = portion.grant_id - 1
            grants[at] = replace(grants[at], left=grants[at].left + portion.amount)
        return self._with(tuple(grants), EntryKind.GIVE_BACK, -redemption.amount,
                          redemption.portions, of_entry=position)

    def expire(self, today: dt.date) -> Ledger:
        """Write off what is left of every grant that expired before today."""
        ledger = self
        for grant in self.grants:
            if grant.left > 0 and grant.expires is not None and grant.expires < today:
                grants = tuple(replace(g, left=0) if g.id == grant.id else g
                               for g in ledger.grants)
                ledger = ledger._with(grants, EntryKind.EXPIRY, -grant.left,
                                      (Portion(grant.id, grant.left),))
        return ledger

    def _with(self, grants: tuple[Grant, ...], kind: EntryKind, amount: int,
              portions: tuple[Portion, ...], of_entry: int | None = None) -> Ledger:
        entry = Entry(kind, amount, self.balance + amount, portions, of_entry)
        return Ledger(grants, (*self.entries, entry))
