"""`tamirgah care …` and `tamirgah survey …`: follow-ups, complaints and survey results
without the desk, through the same service and role checks."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING

import jdatetime

from app.auth.roles import SYSTEM, Actor
from app.care.scores import Scale, Summary
from app.care.states import HealthLevel, HealthReason, Outcome, Severity
from app.cli.sms import shop_time
from app.errors import NotFound, ValidationError
from app.locale.labels import label_of
from app.locale.text import terminal_safe, to_latin_digits

if TYPE_CHECKING:
    from app.bootstrap import Services


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    care = sub.add_parser("care", help="follow-ups: recoveries, complaints, jobs at risk") \
        .add_subparsers(dest="action", required=True)
    tasks = care.add_parser("tasks", help="list follow-ups, soonest due first")
    tasks.add_argument("--open", action="store_true", help="only those not done")
    tasks.add_argument("--overdue", action="store_true", help="only open ones past due")
    complaint = care.add_parser("complaint", help="record a complaint; it goes to a manager")
    complaint.add_argument("number", metavar="JOB_NUMBER")
    complaint.add_argument("--text", required=True, help="what the customer said")
    complaint.add_argument("--severity", default="low", choices=[s.value for s in Severity])
    complaint.add_argument("--via", default="in_person",
                           choices=["in_person", "phone", "sms"], help="how it came")
    done = care.add_parser("done", help="close a follow-up with its outcome")
    done.add_argument("task", type=int, metavar="TASK_ID")
    done.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    done.add_argument("--note", default="")
    health = care.add_parser("health", help="a customer's health and its reasons")
    health.add_argument("mobile", metavar="MOBILE")
    care.add_parser("at-risk", help="customers at risk, with their reasons")
    for command in (complaint, done):
        command.add_argument("--as", dest="username", metavar="USERNAME",
                             help="the user it is recorded as (default: the system)")
    survey = sub.add_parser("survey", help="the survey after delivery") \
        .add_subparsers(dest="action", required=True)
    survey.add_parser("send-due", help="ask the customers whose survey is due now "
                                       "(the notifier does this on its rounds)")
    results = survey.add_parser("results", help="NPS or CSAT with responses, per technician")
    results.add_argument("--from", dest="start", metavar="DATE",
                         help="first day, YYYY-MM-DD, Jalali (1405-09-01) or Gregorian; "
                              "default 30 days ago")
    results.add_argument("--to", dest="end", metavar="DATE", help="last day; default today")


def run_care(args: argparse.Namespace, services: Services) -> int:
    care = services.care
    if args.action == "tasks":
        now = services.clock()
        for t in care.tasks(open_only=args.open, overdue_only=args.overdue):
            flags = [w for w, on in (("OVERDUE", t.overdue(now)),
                                     (f"escalated to {t.escalated_to}", t.escalated_to),
                                     ("snoozed", t.snoozed(now))) if on]
            print(terminal_safe(
                f"#{t.id} {t.kind:13} {t.state:4} due {shop_time(t.due_at)} "
                f"{t.job_number or '-':11} {t.customer_name} ({t.customer_mobile}) "
                f"to {t.assignee_name or 'nobody'}"
                + (f" [{', '.join(flags)}]" if flags else "")
                + (f" → {t.outcome}" if t.outcome else "") + f": {_line(t.summary)}"))
        return 0
    if args.action == "complaint":
        job_id = services.jobs.id_for_number(args.number)
        if job_id is None:
            raise NotFound(f"There is no job {args.number}", code="no_job", number=args.number)
        task = care.complaint(_actor(args, services), job_id=job_id, text_=args.text,
                              severity=args.severity, came_by=args.via)
        owner = task.assignee_name or "the managers"
        print(terminal_safe(f"complaint #{task.id} on {task.job_number} for {owner}, "
                            f"due {shop_time(task.due_at)}"))
        return 0
    if args.action == "done":
        task = care.task(args.task)
        done = care.done(_actor(args, services), task.id, task.version, args.outcome, args.note)
        print(terminal_safe(f"#{done.id} done: {done.outcome}"))
        return 0
    if args.action == "health":
        customer_id = services.customers.find_by_mobile(args.mobile)
        if customer_id is None:
            raise NotFound(f"No customer with mobile {args.mobile}", code="no_customer")
        card = services.customers.card(customer_id)
        health = care.health(customer_id)
        print(terminal_safe(f"{card.name}: {_health(health.level, health.reasons)}"))
        return 0
    for risky in care.at_risk():
        print(terminal_safe(f"{risky.name} ({risky.mobile}): "
                            f"{_health(risky.health.level, risky.health.reasons)}"))
    return 0


def run_survey(args: argparse.Namespace, services: Services) -> int:
    care = services.care
    if args.action == "send-due":
        done = care.send_due_surveys()
        print(f"surveys asked {done.surveys_asked}, not asked {done.surveys_skipped} "
              "(each with its reason on the job's timeline)")
        return 0
    today = services.clock().astimezone(_zone(services)).date()
    end = _day(args.end, "--to") if args.end else today
    start = _day(args.start, "--from") if args.start else end - dt.timedelta(days=30)
    results = care.results(start, end)
    print(f"{start} to {end}: {_summary(results.overall)}; not asked {results.skipped}")
    for tech in results.technicians:
        print(terminal_safe(f"  {tech.name or 'no technician'}: {_summary(tech.summary)}"))
    return 0


def _summary(summary: Summary) -> str:
    name = "NPS" if summary.scale == Scale.NPS else "CSAT"
    score = "no answers" if summary.score is None else (
        f"{summary.score:+.0f}" if summary.scale == Scale.NPS else f"{summary.score:.0f}%")
    rate = summary.response_rate
    return (f"{name} {score}, {summary.answered} of {summary.sent} answered"
            + (f" ({100 * rate:.0f}%)" if rate is not None else ""))


def _health(level: str, reasons: tuple[object, ...]) -> str:
    words = [f"{label_of(HealthReason, r.kind, 'en')} ×{r.count}"  # type: ignore[attr-defined]
             for r in reasons]
    return label_of(HealthLevel, level, "en") + (f" ({', '.join(words)})" if words else "")


def _actor(args: argparse.Namespace, services: Services) -> Actor:
    return services.users.acting_as(args.username) if args.username else SYSTEM


def _zone(services: Services) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(str(services.settings.get("shop.timezone")))


def _day(raw: str, option: str) -> dt.date:
    """YYYY-MM-DD: a year before 1700 is Jalali (1405-09-01), otherwise Gregorian."""
    text = to_latin_digits(raw).strip().replace("/", "-")
    try:
        year, month, day = (int(p) for p in text.split("-"))
        if year < 1700:
            gregorian: dt.date = jdatetime.date(year, month, day).togregorian()
            return gregorian
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(f"{option}: '{raw}' is not a date like 1405-09-01 or "
                              "2026-11-22", code="bad_date", field="date") from None


def _line(text: str) -> str:
    return " ".join(text.split())[:80]

