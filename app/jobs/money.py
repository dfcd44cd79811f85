"""Totals are derived from estimate lines and payments, never stored; every one of them stays
within the money limit, so every paper can print it (in figures and in words)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.errors import ValidationError
from app.locale.amounts import format_amount
from app.validation import MAX_MONEY


class LineLike(Protocol):
    """An estimate line: a stored row or a record of the unit of work."""

    @property
    def quantity(self) -> int: ...
    @property
    def unit_price(self) -> int: ...
    @property
    def discount(self) -> int: ...


class PaymentLike(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def amount(self) -> int: ...


class LineKind(StrEnum):
    PART = "part"
    LABOUR = "labour"
    OTHER = "other"


class PaymentKind(StrEnum):
    """Money in or out of the shop; a payment row's amount is always positive."""

    PAYMENT = "payment"
    REFUND = "refund"


class PayMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    TRANSFER = "transfer"
    STORE_CREDIT = "store_credit"


def line_total(line: LineLike) -> int:
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


def totals(lines: Sequence[LineLike], payments: Sequence[PaymentLike]) -> Totals:
    return Totals(
        estimate=sum(line_total(line) for line in lines),
        discount=sum(line.discount for line in lines),
        paid=sum(p.amount for p in payments if p.kind == PaymentKind.PAYMENT),
        refunded=sum(p.amount for p in payments if p.kind == PaymentKind.REFUND),
    )


def check_line_within_limit(index: int, quantity: int, unit_price: int) -> None:
    """Quantity × unit price of one line, each already within the limit, may still pass it."""
    gross = quantity * unit_price
    if gross > MAX_MONEY:
        raise ValidationError(
            f"line {index + 1}: {quantity:,} × {unit_price:,} is {gross:,}, above the money "
            f"limit of {MAX_MONEY:,}", code="line_too_large", field="unit_price",
            line=index + 1, limit=_limit_fa())


def check_totals_within_limit(lines: Iterable[LineLike],
                              payments: Iterable[PaymentLike]) -> Totals:
    """The job's totals, or a refusal when the lines or the payments would sum past the limit.
    The gross sum bounds the subtotal, the total and the discount; the payments bound the
    refunds (never more than was paid) and so the balance, from -limit to +limit."""
    lines, payments = list(lines), list(payments)
    gross = sum(line.quantity * line.unit_price for line in lines)
    if gross > MAX_MONEY:
        raise ValidationError(f"The estimate would total {gross:,}, above the money limit of "
                              f"{MAX_MONEY:,}", code="estimate_too_large", field="estimate",
                              limit=_limit_fa())
    result = totals(lines, payments)
    if result.paid > MAX_MONEY:
        raise ValidationError(f"The payments would total {result.paid:,}, above the money "
                              f"limit of {MAX_MONEY:,}", code="paid_too_large", field="amount",
                              limit=_limit_fa())
    return result


def _limit_fa() -> str:
    return format_amount(MAX_MONEY, lang="fa", unit=False)
