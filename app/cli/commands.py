"""`tamirgah`: no subcommand starts the desk app; subcommands do admin and headless work."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.auth.roles import SYSTEM, Role
from app.cli import care as cli_care
from app.cli import jobs as cli_jobs
from app.cli import sms as cli_sms
from app.errors import DatabaseFileReplaced, DomainError
from app.locale.text import terminal_safe
from app.printing import command as print_command
from app.self_test import command as self_test_command

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.printing.print_system import PrintSystem

Handler = Callable[[argparse.Namespace], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tamirgah", description="Repair-shop desk app")
    p.add_argument("--database", metavar="URL",
                   help="database URL (default: $TAMIRGAH_DATABASE_URL, else SQLite in the "
                        "data directory)")
    p.add_argument("--demo", action="store_true",
                   help="open a separate demo database filled with demo data")
    sub = p.add_subparsers(dest="command")

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="action",
                                                                    required=True)
    db.add_parser("upgrade", help="apply all migrations")
    db.add_parser("current", help="show the schema revision")
    db.add_parser("use", help="open this database on this PC from now on (tried first)") \
        .add_argument("url", metavar="URL|default",
                      help="e.g. postgresql://tamirgah:PASSWORD@192.168.1.10/tamirgah, or "
                           "'default' for the SQLite file in this PC's data folder")
    db.add_parser("copy-to", help="copy all of this shop's data into a new, empty database "
                                  "(moving a one-PC shop onto a PostgreSQL server)") \
        .add_argument("url", metavar="URL")

    cfg = sub.add_parser("config", help="shop settings shared by every workstation")
    cfg_sub = cfg.add_subparsers(dest="action", required=True)
    cfg_sub.add_parser("list")
    cfg_sub.add_parser("get").add_argument("key")
    cfg_set = cfg_sub.add_parser("set")
    cfg_set.add_argument("key")
    cfg_set.add_argument("value")

    demo = sub.add_parser("demo", help="fill the database with realistic demo data")
    demo.add_argument("--jobs", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1405)

    user = sub.add_parser("user", help="users and roles").add_subparsers(dest="action",
                                                                         required=True)
    add = user.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--name", default="")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of prompting")
    user.add_parser("list")
    user.add_parser("failed-logins", help="refused logins, newest first") \
        .add_argument("--limit", type=int, default=50)

    sub.add_parser("search", help="find jobs as reception does").add_argument("term")
    show = sub.add_parser("show", help="one job with its timeline")
    show.add_argument("number")
    show.add_argument("--user", metavar="USERNAME",
                      help="log in as this technician or manager to read the passcode and "
                           "pattern (the look is recorded on the job's timeline)")
    show.add_argument("--password-stdin", action="store_true",
                      help="read that user's password from standard input")
    cli_jobs.add_parsers(sub)
    cli_care.add_parsers(sub)
    cli_sms.add_parsers(sub)
    print_command.add_parser(sub)
    self_test_command.add_parser(sub)
    backup = sub.add_parser("backup", help="a consistent copy of the database, while in use")
    backup.add_argument("file", nargs="?")
    backup.add_argument("--daily", action="store_true",
                        help="make today's daily copy in the backups folder unless it exists, "
                             "and delete the oldest beyond backup.keep (for a scheduled task)")
    sub.add_parser("restore", help="put a checked backup back (replaces the current data)") \
        .add_argument("file")
    return p


DeskStarter = Callable[[Callable[[], str], bool], int]
"""Starts the desk app with (the database URL to open, demo or not); ui/launch.py has it."""


def main(argv: Sequence[str] | None = None, *, desk: DeskStarter | None = None,
         print_system: PrintSystem | None = None) -> int:
    """The commands; the desk and the printers come from the `tamirgah` command
    (ui/launch.py), since app/ never imports Qt."""
    args = _parser().parse_args(argv)
    from app.bootstrap import NotMigrated

    try:
        return _dispatch(args, desk, print_system)
    except DomainError as err:
        print(f"tamirgah: {terminal_safe(err.message)}", file=sys.stderr)
        return 2
    except NotMigrated as err:
        print(f"tamirgah: {err}", file=sys.stderr)
        return 2
    except DatabaseFileReplaced as err:
        print(f"tamirgah: {err}", file=sys.stderr)
        return 2


def _url(args: argparse.Namespace) -> str:
    from app.database.choice import database_url
    from app.this_pc.paths import default_database_url

    return default_database_url("demo.db") if args.demo else database_url(args.database)


def _services(args: argparse.Namespace, migrate: str = "auto",
              print_system: PrintSystem | None = None) -> Services:
    from app.bootstrap import build

    return build(_url(args), migrate=migrate, print_system=print_system)


def _dispatch(args: argparse.Namespace, desk: DeskStarter | None,
              print_system: PrintSystem | None) -> int:
    if args.command is None:  # the desk says its start-up problems in a window
        if desk is None:
            print("tamirgah: name a command (see --help); the desk starts from the tamirgah "
                  "command", file=sys.stderr)
            return 2
        return desk(lambda: _url(args), args.demo)
    handlers: dict[str, Handler] = {"db": _db, "config": _config, "demo": _demo,
                                    "user": _user, "search": _search, "show": _show,
                                    "job": lambda a: cli_jobs.run(a, _services(a)),
                                    "care": lambda a: cli_care.run_care(a, _services(a)),
                                    "survey": lambda a: cli_care.run_survey(a, _services(a)),
                                    "sms": lambda a: cli_sms.run_sms(a, _services(a)),
                                    "notifier": lambda a: cli_sms.run_notifier(a, _services(a)),
                                    "print": lambda a: print_command.run(
                                        a, _services(a, print_system=print_system)),
                                    "self-test": lambda a: self_test_command.run(a,
                                                                                 print_system),
                                    "backup": _backup, "restore": _restore}
    return handlers[args.command](args)


def _db(args: argparse.Namespace) -> int:
    from db.migrate import current_revision

    if args.action == "use":
        return _db_use(args.url)
    if args.action == "copy-to":
        return _db_copy(args)
    services = _services(args, migrate="always" if args.action == "upgrade" else "never")
    print(f"{services.where()}: "
          f"revision {current_revision(services.db.engine)}")
    return 0


def _db_use(url: str) -> int:
    from app.database.choice import ConnectionProblem, keep, probe, shown
    from app.this_pc.paths import default_database_url

    if url == "default":
        keep(None)
        print(f"this PC opens {shown(default_database_url())} from its next start")
        return 0
    try:
        reached = probe(url)
    except ConnectionProblem as err:
        print(f"tamirgah: cannot use {shown(url)}: {err.reason}; nothing changed",
              file=sys.stderr)
        return 2
    keep(url)
    state = ("it holds a Tamirgah database" if reached.has_tamirgah
             else "it is empty; Tamirgah sets it up on the next start")
    print(f"this PC opens {shown(url)} from its next start ({reached.server}; {state})")
    return 0


def _db_copy(args: argparse.Namespace) -> int:
    from app.database.choice import shown
    from app.database.copy_to import copy_database

    services = _services(args)
    summary = copy_database(services.db, args.url, progress=lambda done, total: print(
        f"\r{done:,} of {total:,} rows", end="", file=sys.stderr))
    print(file=sys.stderr)
    print(f"copied {summary.rows:,} rows ({summary.tables.get('jobs', 0):,} jobs) into "
          f"{shown(args.url)}. Point each PC at it: tamirgah db use URL")
    if summary.nul_dropped:
        print("PostgreSQL cannot hold NUL characters; they were left out of " + ", ".join(
            f"{column} ({n:,} values)" for column, n in summary.nul_dropped.items()))
    return 0


def _config(args: argparse.Namespace) -> int:
    settings = _services(args).settings
    if args.action == "list":
        for key, value in settings.all().items():
            print(f"{key} = {_shown(settings.is_secret(key), value)}")
    elif args.action == "get":
        print(_shown(settings.is_secret(args.key), settings.get(args.key)))
    else:
        value = settings.set(SYSTEM, args.key, args.value)
        print(f"{args.key} = {_shown(settings.is_secret(args.key), value)}")
    return 0


def _shown(secret: bool, value: object) -> object:
    if not secret:
        return value
    return "(set, encrypted with this PC's key)" if value else "(not set)"


def _demo(args: argparse.Namespace) -> int:
    services = _services(args)
    summary = services.load_demo(jobs=args.jobs, seed=args.seed,
                                 progress=lambda n: print(f"\r{n:,} jobs", end="", file=sys.stderr))
    print(file=sys.stderr)
    print(f"added {summary.jobs:,} demo jobs in {summary.seconds:.1f} s")
    users = ", ".join(f"{u.username} ({u.role})" for u in summary.users)
    print(f"demo users: {users}; password {summary.password}")
    return 0


def _user(args: argparse.Namespace) -> int:
    users = _services(args).users
    if args.action == "list":
        for u in users.list():
            print(f"{u.username:20} {u.role:12} {u.full_name}{'' if u.active else ' (inactive)'}")
        return 0
    if args.action == "failed-logins":
        return _failed_logins(_services(args), args.limit)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Again: "):
            print("tamirgah: the passwords differ", file=sys.stderr)
            return 2
    info = users.create(SYSTEM, username=args.username, full_name=args.name, role=args.role,
                        password=password)
    print(f"added {info.username} ({info.role})")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.daily:
        if args.demo:  # its copies would land beside the shop's, under the same names
            print("tamirgah: the demo shop makes no daily backups", file=sys.stderr)
            return 2
        if args.file:
            print("tamirgah: --daily makes its own file in the backups folder; give no FILE",
                  file=sys.stderr)
            return 2
        return _daily(_services(args))
    if not args.file:
        print("tamirgah: name the backup FILE, or use --daily", file=sys.stderr)
        return 2
    info = _services(args).backups.back_up_to(Path(args.file))
    jobs = f", {info.jobs:,} jobs" if info.jobs is not None else ""
    print(f"backed up to {info.path} ({info.size / 1e6:.1f} MB{jobs})")
    return 0


def _daily(services: Services) -> int:
    from app.backup.schedule import DONE_TODAY, OFF

    result = services.backups.run_daily()
    if result.outcome == OFF:
        print("daily backups are switched off (backup.daily = no)")
    elif result.outcome == DONE_TODAY:
        print(f"today's daily backup exists already in {services.backups.plan().folder}")
    elif result.made is not None:
        print(f"backed up to {result.made.path} ({result.made.size / 1e6:.1f} MB)")
        for old in result.removed:
            print(f"deleted the old daily copy {old.name}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    restored = _services(args).backups.restore(Path(args.file))
    print(f"restored from {restored.source}")
    print(f"the data before the restore is kept in {restored.kept.path}")
    return 0


def _search(args: argparse.Namespace) -> int:
    for hit in _services(args).search.jobs(args.term):
        _say(f"{hit.number}  {hit.status:18} {hit.customer_name}  {hit.customer_mobile}  "
             f"{hit.device}")
    return 0


def _show(args: argparse.Namespace) -> int:
    services = _services(args)
    job_id = services.jobs.id_for_number(args.number)
    if job_id is None:
        print(f"tamirgah: no job {terminal_safe(args.number)}", file=sys.stderr)
        return 2
    job = services.jobs.get(job_id)
    _say(f"{job.number}  {job.status}  {job.customer_name} {job.customer_mobile}")
    _say(f"{job.device['brand']} {job.device['model']}  IMEI {job.device['imei'] or '-'}")
    _say(f"problem: {job.problem}")
    _say(f"unlock: {_unlock(services, args, job.id) if job.has_unlock else 'none'}")
    _say(f"estimate {job.totals.estimate}  paid {job.totals.net_paid}  "
         f"balance {job.totals.balance}")
    for e in job.events:
        _say(f"  {e.at:%Y-%m-%d %H:%M}  {e.actor:10} {e.kind:16} {e.data}")
    return 0


def _unlock(services: Services, args: argparse.Namespace, job_id: int) -> str:
    """The passcode and pattern only for a login that can open them; else words saying why."""
    if not args.user:
        return ("on record, hidden (add --user with a technician's or manager's username "
                "to read it)")
    password = (sys.stdin.readline().rstrip("\n") if args.password_stdin
                else getpass.getpass(f"Password for {args.user}: "))
    actor = services.users.authenticate(args.user, password)
    if not services.jobs.may_read_unlock(actor):
        return f"on record, hidden (a {actor.role} may not read it)"
    unlock = services.jobs.reveal_unlock(actor, job_id)
    if unlock.hidden:
        return ("on record, hidden (this user does not hold the shop's unlock key yet: it is "
                "handed on when a manager or technician who has it logs in)")
    return f"passcode {unlock.passcode or '-'}  pattern {unlock.pattern or '-'}"


def _failed_logins(services: Services, limit: int) -> int:
    from app.locale.calendar import format_datetime

    tz = str(services.settings.get("shop.timezone"))
    for row in services.users.failed_logins(SYSTEM, limit):
        who = row.username if row.known else f"{row.username} (no such user)"
        _say(f"{format_datetime(row.at, calendar='gregorian', lang='en', tz=tz)}  "
             f"{who:32} {row.reason.replace('_', ' '):15} {row.workstation}")
    return 0


def _say(line: str) -> None:
    """Stored text may come from anyone (a customer's name, a reply, data older than the
    checks): its control characters are shown, never acted on by the terminal."""
    print(terminal_safe(line))


if __name__ == "__main__":
    sys.exit(main())
