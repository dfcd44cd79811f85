"""`tamirgah sms …` and `tamirgah notifier`: customer messages without the desk app."""

from __future__ import annotations

import argparse
import datetime
import logging
import signal
import sys
import threading
from typing import TYPE_CHECKING

from app.auth.roles import SYSTEM
from app.locale.calendar import format_datetime
from app.locale.text import terminal_safe
from app.notify.gateway import GatewayError
from app.notify.templates import LANGUAGES, MessageEvent

if TYPE_CHECKING:
    from app.bootstrap import Services


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notifier = sub.add_parser("notifier", help="send customer messages (the dispatcher)")
    notifier.add_argument("--once", action="store_true", help="send what is due and exit")
    notifier.add_argument("--interval", type=float, default=5.0, help="seconds between rounds")
    notifier.add_argument("--concurrency", type=int, default=16,
                          help="messages in flight at once")

    sms = sub.add_parser("sms", help="customer messages: test, balance, outbox, templates")
    act = sms.add_subparsers(dest="action", required=True)
    test = act.add_parser("test", help="send one test message and print the provider's answer")
    test.add_argument("mobile")
    test.add_argument("--lang", choices=LANGUAGES)
    act.add_parser("balance", help="remaining credit, where the provider tells it")
    outbox = act.add_parser("outbox", help="messages, newest first")
    outbox.add_argument("--status", choices=["queued", "sending", "sent", "delivered",
                                             "failed", "cancelled", "review"])
    outbox.add_argument("--job", metavar="NUMBER")
    outbox.add_argument("--limit", type=int, default=30)
    for name, text in (("retry", "send a failed, cancelled or doubtful message again"),
                       ("cancel", "cancel a waiting or doubtful message"),
                       ("mark-sent", "confirm a doubtful message did go out")):
        act.add_parser(name, help=text).add_argument("id", type=int)
    resend = act.add_parser("resend", help="send an event's message again for a job")
    resend.add_argument("job", metavar="NUMBER")
    resend.add_argument("event", choices=list(MessageEvent))
    act.add_parser("templates", help="every template with its on/off switch and the parts of "
                                     "its longest realistic message")
    template = act.add_parser("template", help="change one template")
    template.add_argument("event", choices=list(MessageEvent))
    template.add_argument("lang", choices=LANGUAGES)
    change = template.add_mutually_exclusive_group(required=True)
    change.add_argument("--set", metavar="TEXT", help="new text with {placeholders}")
    change.add_argument("--reset", action="store_true", help="back to the shipped text")
    change.add_argument("--on", action="store_true", help="send this event's message")
    change.add_argument("--off", action="store_true", help="never send this event's message")
    alerts = act.add_parser("alerts", help="no credit, bad key, doubtful messages")
    alerts.add_argument("--all", action="store_true", help="resolved ones too")
    alerts.add_argument("--resolve", type=int, metavar="ID")
    this_pc = act.add_parser("this-pc", help="whether the desk app on this PC sends the SMS")
    this_pc.add_argument("choice", choices=["on", "off", "show"])
    replies = act.add_parser("replies", help="customers' replies")
    replies.add_argument("--unread", action="store_true")


def run_notifier(args: argparse.Namespace, services: Services) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # httpx logs every request URL at INFO, and Kavenegar carries the API key in its URL.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    dispatcher = services.dispatcher(concurrency=args.concurrency)
    try:
        if args.once:
            print(dispatcher.run_once().summary())
            return 0
        stop = threading.Event()
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        dispatcher.run_until(stop, args.interval)
        return 0
    finally:
        dispatcher.close()


def run_sms(args: argparse.Namespace, services: Services) -> int:
    messages = services.messages
    if args.action == "test":
        try:
            result = messages.send_test(SYSTEM, args.mobile, args.lang)
        except GatewayError as err:
            print(f"tamirgah: the provider refused ({err.kind}): {err.reason}", file=sys.stderr)
            return 1
        print(f"accepted: id {result.provider_id}, status {result.status}")
    elif args.action == "balance":
        try:
            name, balance = messages.balance()
        except GatewayError as err:
            print(f"tamirgah: the provider refused ({err.kind}): {err.reason}", file=sys.stderr)
            return 1
        print(f"{name}: " + (f"{balance.amount:,.0f} {balance.unit}" if balance
                             else "this provider does not report a balance"))
    elif args.action == "outbox":
        job_id = _job_id(services, args.job) if args.job else None
        for m in messages.outbox(status=args.status, job_id=job_id, limit=args.limit):
            when = shop_time(m.created_at)
            print(terminal_safe(f"#{m.id:<6} {when}  {m.status:9} {m.event:18} {m.to}  "
                                f"{m.parts}p  {m.body[:60]}"
                                + (f"\n        {m.error}" if m.error else "")))
            if m.check_at is not None:
                print(f"        asks the provider at {shop_time(m.check_at)} (shop time)")
    elif args.action in ("retry", "cancel", "mark-sent"):
        act = {"retry": messages.retry, "cancel": messages.cancel,
               "mark-sent": messages.mark_sent}[args.action]
        print(f"message #{args.id} is now {act(SYSTEM, args.id).status}")
    elif args.action == "resend":
        m = messages.resend(SYSTEM, _job_id(services, args.job), args.event)
        print(f"queued message #{m.id}: {m.body}")
    elif args.action == "templates":
        for t in messages.templates():
            state = "on " if t.enabled else "off"
            mark = "" if t.is_default else " (edited)"
            print(f"{t.event:18} {t.lang} {state} {t.parts.parts}p {t.parts.encoding}{mark}\n"
                  f"    {t.body}" + (f"\n    cannot be used: {t.problem}" if t.problem else ""))
    elif args.action == "template":
        _template(args, services)
    elif args.action == "alerts":
        if args.resolve is not None:
            messages.resolve_alert(SYSTEM, args.resolve)
        for a in messages.alerts(open_only=not args.all):
            print(f"#{a.id} {shop_time(a.at)} {a.kind:12} {a.gateway}: {a.reason}"
                  + (" (resolved)" if a.resolved else ""))
    elif args.action == "this-pc":
        from app.notify import this_pc

        if args.choice != "show":
            this_pc.choose(args.choice == "on")
        sends = this_pc.sends_here(services.db)
        print("this PC sends the shop's SMS while the desk app runs" if sends
              else "this PC does not send SMS; another PC or `tamirgah notifier` does")
    elif args.action == "replies":
        for r in messages.replies(unread_only=args.unread):
            print(terminal_safe(f"#{r.id} {shop_time(r.received_at)} {r.sender} "
                                f"{r.outcome:9} {r.body}"))
    return 0


def shop_time(moment: datetime.datetime) -> str:
    """As `sms outbox` prints times: the shop's clock, Gregorian, Latin digits."""
    return format_datetime(moment, calendar="gregorian", lang="en")


def _template(args: argparse.Namespace, services: Services) -> None:
    messages = services.messages
    if args.set is not None:
        view = messages.save_template(SYSTEM, args.event, args.lang, args.set)
        print(f"saved: {view.parts.parts} part(s), {view.parts.encoding}, "
              f"{view.parts.units} characters with long names and amounts")
    elif args.reset:
        messages.reset_template(SYSTEM, args.event, args.lang)
        print("back to the shipped text")
    else:
        messages.set_enabled(SYSTEM, args.event, bool(args.on))
        print(f"{args.event} is {'on' if args.on else 'off'}")


def _job_id(services: Services, number: str) -> int:
    from app.errors import NotFound

    job_id = services.jobs.id_for_number(number)
    if job_id is None:
        raise NotFound(f"No job {number}", code="no_job")
    return job_id
