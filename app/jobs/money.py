"""Totals are derived from estimate lines and payments, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from db.models import EstimateLine, Payment


class LineKind(StrEnum):
    PART = "part"
    LABOUR = "labour"
    OTHER = "other"


class PayMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    STORE_CREDIT = "store_credit"


def line_total(line: EstimateLine) -> int:
    return line.quantity * line.unit_price - line.discount


@dataclass(frozen=True)
class Totals:
    estimate: int
    discount: int
    paid: int
    refunded: int

    @property
    def net_paid(self) -> int:
        return self.paid - self.refunded

    @property
    def balance(self) -> int:
        """What the customer still owes; negative when the shop owes the customer."""
        return self.estimate - self.net_paid


def totals(lines: list[EstimateLine], payments: list[Payment]) -> Totals:
    return Totals(
        estimate=sum(line_total(line) for line in lines),
        discount=sum(line.discount for line in lines),
        paid=sum(p.amount for p in payments if p.kind == "payment"),
        refunded=sum(p.amount for p in payments if p.kind == "refund"),
    )
