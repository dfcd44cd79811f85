"""`tamirgah self-test [--lang fa|en] [--online]`: the checks, one line each as they finish,
then a summary and where the data and the log are. Exit 1 when a check failed, else 0."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.printing.print_system import PrintSystem

LANGUAGES = ("fa", "en")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("self-test", help="check this PC's setup and say what is wrong",
                       description="Check that the database opens and is current, the fonts "
                                   "load, every paper renders, the message texts are valid, "
                                   "the SMS gateway is set up, backups are made and the "
                                   "printers are there. "
                                   "Changes nothing and sends nothing. Exit code 1 when a "
                                   "check failed.")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the report (default: this PC's, else the shop's)")
    p.add_argument("--online", action="store_true",
                   help="also ask the SMS provider for the balance (sends no message)")


def run(args: argparse.Namespace, print_system: PrintSystem | None = None) -> int:
    from app.database.choice import database_url
    from app.self_test import report
    from app.self_test.results import Level, Probe
    from app.self_test.runner import CHECKS, run_check
    from app.this_pc.log_file import log_file_location
    from app.this_pc.paths import data_location, default_database_url

    _utf8_output()
    url = default_database_url("demo.db") if args.demo else database_url(args.database)
    probe = Probe(url=url, online=args.online, print_system=print_system)
    try:
        first = run_check(CHECKS[0], probe)  # the database: it may tell the shop's language
        lang = report_language(args.lang, probe.services)
        _say(report.header(lang, _version()))
        results = [first]
        _say(*report.check_lines(CHECKS[0].name, first, lang))
        for check in CHECKS[1:]:
            result = run_check(check, probe)
            results.append(result)
            _say(*report.check_lines(check.name, result, lang))
    finally:
        probe.close()
    location = data_location()
    _say(report.summary(results, lang),
         *report.where(lang, location.path, location.why, log_file_location()))
    return 1 if any(r.level == Level.FAILED for r in results) else 0


def report_language(explicit: str | None, services: Services | None) -> str:
    """--lang, else this PC's language, else the shop's, else English."""
    from app.this_pc import workstation

    if explicit in LANGUAGES:
        return str(explicit)
    chosen = workstation.get("language")
    if chosen in LANGUAGES:
        return str(chosen)
    if services is not None:
        try:
            shop = services.settings.get("shop.language")
        except Exception:
            shop = None
        if shop in LANGUAGES:
            return str(shop)
    return "en"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tamirgah")
    except PackageNotFoundError:
        return ""


def _say(*lines: str) -> None:
    for line in lines:
        print(line, flush=True)


def _utf8_output() -> None:
    """Persian on a console or pipe whose encoding cannot write it (Windows code pages)."""
    out = sys.stdout
    encoding = getattr(out, "encoding", None) or "ascii"
    try:
        "تعمیرگاه".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        reconfigure = getattr(out, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
