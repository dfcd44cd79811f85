"""The self-test's looks at this PC: its printers and where its backups go."""

from __future__ import annotations

import os
from pathlib import Path

from app.self_test.results import Probe, Result, failed, ok, say, warning


# --- printers ------------------------------------------------------------------------------
def printers(probe: Probe) -> Result:
    """Through the print system the command handed in (Qt's, loaded only for this check)."""
    from app.printing.errors import PrinterUnavailable
    from app.printing.papers import PRINTER_ROLES
    from app.printing.printers import printer_for

    headless = probe.print_system
    if headless is None:
        return warning(say("printers_unchecked"))
    visible = headless.printer_names()
    shown = ", ".join(visible) if visible else None
    configured = {role: name for role in PRINTER_ROLES if (name := printer_for(role))}
    if not configured:
        return warning(say("printers_none", visible=shown))
    problems, fine = [], []
    for role, name in configured.items():
        if name not in visible:
            problems.append(say("printer_missing", role=role, name=name))
            continue
        try:
            headless.check_printer(name)
        except PrinterUnavailable:
            problems.append(say("printer_stopped", role=role, name=name))
            continue
        fine.append(say("printer_ok", role=role, name=name))
    if problems:
        return failed(*problems, say("printers_visible", visible=shown))
    return ok(*fine)


# --- backups -------------------------------------------------------------------------------
STALE_HOURS = 48  # a daily backup older than this is worth a warning


def backups(probe: Probe) -> Result:
    """Daily backups on, recent, and possible from this PC if it is the one that makes them."""
    from app.backup.copies import find_pg_tool
    from app.backup.record import last_backup
    from app.backup.schedule import backup_plan, makes_daily_here
    from app.locale.calendar import utcnow

    if probe.services is None:
        return warning(say("backups_no_db"))
    db = probe.services.db
    plan, last, here = backup_plan(db), last_backup(db), makes_daily_here(db)
    problems = []
    if here and not _writable(plan.folder):
        problems.append(say("backups_folder_unwritable", folder=plan.folder))
    if here and not db.sqlite and find_pg_tool("pg_dump") is None:
        problems.append(say("backups_no_pg_dump"))
    if problems:
        return failed(*problems)
    who = say("backups_here" if here else "backups_elsewhere")
    if last is None:
        return warning(say("backups_none_yet"), who)
    hours = int((utcnow() - last.at).total_seconds() // 3600)
    age = say("hours_ago", n=hours) if hours < STALE_HOURS else say("days_ago", n=hours // 24)
    newest = say("backups_last", age=age, file=Path(last.file).name)
    if not plan.daily:
        return warning(say("backups_daily_off"), newest)
    if hours >= STALE_HOURS:
        return warning(newest, say("backups_stale"), who)
    return ok(say("backups_daily", keep=plan.keep, folder=plan.folder), newest, who)


def _writable(folder: Path) -> bool:
    """The folder, or the nearest folder above it that exists (a backup makes the rest)."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder.is_dir() and os.access(folder, os.W_OK)
