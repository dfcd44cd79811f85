"""`tamirgah job move` and `tamirgah job pay`: a job's life driven without the desk, for scripts
and integrations, through the same services and role checks (the named user's role decides)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

from app.errors import NotFound, ValidationError
from app.jobs.money import PayMethod
from app.jobs.workflow import Status
from app.locale.amount_text import parse_amount
from app.locale.text import terminal_safe, to_latin_digits

if TYPE_CHECKING:
    from app.bootstrap import Services


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    job = sub.add_parser("job", help="move a job or take a payment, as a named user") \
        .add_subparsers(dest="action", required=True)
    move = job.add_parser("move", help="move a job to another status")
    move.add_argument("number", metavar="JOB_NUMBER")
    move.add_argument("status", choices=[s.value for s in Status])
    move.add_argument("--reason", default="", help="why (required by some moves)")
    move.add_argument("--promised", metavar="YYYY-MM-DD", help="a new promised date")
    move.add_argument("--override", action="store_true",
                      help="a manager delivers a job that is not fully paid")
    pay = job.add_parser("pay", help="take a payment on a job")
    pay.add_argument("number", metavar="JOB_NUMBER")
    pay.add_argument("amount", help="whole units of the shop's currency, e.g. 1250000")
    pay.add_argument("--method", required=True, choices=[m.value for m in PayMethod])
    pay.add_argument("--note", default="")
    for command in (move, pay):
        command.add_argument("--as", dest="username", required=True, metavar="USERNAME",
                             help="the user whose role allows it; it is recorded as theirs")


def run(args: argparse.Namespace, services: Services) -> int:
    actor = services.users.acting_as(args.username)
    job_id = services.jobs.id_for_number(args.number)
    if job_id is None:
        raise NotFound(f"There is no job {args.number}", code="no_job", number=args.number)
    job = services.jobs.get(job_id)
    if args.action == "move":
        services.jobs.change_status(actor, job_id, args.status, job.version,
                                    reason=args.reason, promised_date=_date(args.promised),
                                    override=args.override)
        moved = services.jobs.get(job_id)
        print(terminal_safe(f"{moved.number}: {job.status} → {moved.status} "
                            f"(by {actor.username})"))
        return 0
    amount = _amount(args.amount)
    services.jobs.add_payment(actor, job_id, amount, args.method, note=args.note)
    paid = services.jobs.get(job_id)
    print(terminal_safe(f"{paid.number}: {amount:,} paid by {args.method} "
                        f"(by {actor.username}); balance {paid.totals.balance:,}"))
    return 0


def _date(raw: str | None) -> dt.date | None:
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(to_latin_digits(raw).strip())
    except ValueError:
        raise ValidationError(f"--promised: '{raw}' is not a date like 2026-12-31",
                              code="bad_date", field="promised_date") from None


def _amount(raw: str) -> int:
    amount = parse_amount(raw, "amount")  # the clerk's own reading: Persian digits, «٬» or ","
    if amount is None:
        raise ValidationError("amount: give the amount paid", code="required", field="amount")
    return amount
