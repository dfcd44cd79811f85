"""The self-test's checks: each a small function that looks and returns a Result.

A check only reads. It never migrates, writes a row, creates a key file or sends an SMS, so a
shop can run the self-test at any time, on the live database, while the desk is in use.
Results carry message keys and values; report.py puts them into words in the user's language.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.jobs.service import UnlockInfo
    from app.jobs.views import JobDetail
    from app.notify.gateway import SmsGateway
    from app.printing.print_system import PrintSystem
    from app.printing.shop import ShopInfo

CONNECT_TIMEOUT = 5  # seconds to wait for a PostgreSQL server before calling it unreachable
LICENCE = "OFL.txt"
PERSIAN_AND_LATIN = "پژگچAz09"  # letters a Persian paper cannot do without


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"  # not set up, or only partly checked; does not fail the run
    FAILED = "failed"


@dataclass(frozen=True)
class Say:
    """One thing to tell the user: a key of report.WORDS and the values it names."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)


def say(key: str, /, **values: Any) -> Say:
    return Say(key, values)


@dataclass(frozen=True)
class Result:
    level: Level
    says: tuple[Say, ...]


def ok(*says: Say) -> Result:
    return Result(Level.OK, says)


def warning(*says: Say) -> Result:
    return Result(Level.WARNING, says)


def failed(*says: Say) -> Result:
    return Result(Level.FAILED, says)


@dataclass
class Probe:
    """What the checks share: the database URL, and the services once the database check
    found the database current (None otherwise: the later checks then say what they could
    not look at)."""

    url: str
    online: bool = False
    services: Services | None = None
    print_system: PrintSystem | None = None  # the desk's, handed in by the tamirgah command

    def close(self) -> None:
        if self.services is not None:
            self.services.close()
            self.services = None


# --- the database --------------------------------------------------------------------------
def database(probe: Probe) -> Result:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from app.bootstrap import build
    from db.engine import is_sqlite, normalize_url
    from db.migrate import HEAD, current_revision

    url = normalize_url(probe.url)
    parsed = make_url(url)
    shown = parsed.render_as_string(hide_password=True)
    sqlite = is_sqlite(url)
    if sqlite and parsed.database and parsed.database != ":memory:" \
            and not parsed.database.startswith("file:") and not Path(parsed.database).exists():
        # Connecting would create an empty file: say so instead, and leave nothing behind.
        return failed(say("db_no_file", path=parsed.database))
    connect_args = {} if sqlite else {"connect_timeout": CONNECT_TIMEOUT}
    engine = create_engine(url, poolclass=NullPool, connect_args=connect_args)
    try:
        revision = current_revision(engine)
        known = revision in (None, HEAD) or _known_revision(engine, str(revision))
        scripts = _migrations_head(engine)  # reads files only, connects to nothing
    except Exception as err:
        return failed(say("db_unreachable", url=shown, error=_short(err)))
    finally:
        engine.dispose()
    if revision is None:
        return failed(say("db_empty", url=shown))
    if scripts != HEAD:
        return failed(say("db_no_migrations", url=shown, head=HEAD, found=scripts))
    if revision != HEAD:
        return failed(say("db_old" if known else "db_new", url=shown, revision=revision,
                          head=HEAD))
    services = build(probe.url, migrate="never")
    try:
        services.settings.get("shop.name")  # the tables answer, not only alembic_version
    except Exception:
        services.close()
        raise
    probe.services = services
    return ok(say("db_ok" if sqlite else "db_ok_server", url=shown, revision=revision))


def _known_revision(engine: Any, revision: str) -> bool:
    """Whether this program's migrations know the revision (an older schema) or not (a
    database that a newer Tamirgah has upgraded)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from db.migrate import alembic_config

    try:
        return ScriptDirectory.from_config(alembic_config(engine)).get_revision(
            revision) is not None
    except CommandError:
        return False


def _migrations_head(engine: Any) -> str:
    """The newest revision among the migration scripts the program carries (a frozen app
    without them could never bring a database up to date)."""
    from db.migrate import head_revision

    try:
        return head_revision(engine) or "-"
    except Exception as err:
        return _short(err)


def _short(err: BaseException) -> str:
    """The error in one line: the driver's own words where SQLAlchemy wraps them."""
    inner = getattr(err, "orig", None) or err
    return " ".join(str(inner).split()) or type(inner).__name__


# --- fonts ---------------------------------------------------------------------------------
def fonts(probe: Probe) -> Result:
    from reportlab.pdfbase.ttfonts import TTFont

    from app.printing.fonts import register_fonts
    from app.printing.resources import FONT_FILES, font_path

    paths = [font_path(weight) for weight in FONT_FILES]
    folder = paths[0].parent
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        return failed(say("fonts_missing", files=", ".join(missing), folder=folder))
    problems = []
    for path in paths:
        try:
            glyphs = TTFont(f"self-test {path.stem}", str(path)).face.charToGlyph
        except Exception as err:
            problems.append(say("font_bad", file=path.name, error=err))
            continue
        if not all(ord(c) in glyphs for c in PERSIAN_AND_LATIN):
            problems.append(say("font_no_persian", file=path.name))
    if not (folder / LICENCE).is_file():
        problems.append(say("fonts_no_licence", file=LICENCE, folder=folder))
    if problems:
        return failed(*problems)
    register_fonts()  # as the papers do
    return ok(say("fonts_ok", files=", ".join(p.name for p in paths), licence=LICENCE,
                  folder=folder))


# --- papers --------------------------------------------------------------------------------
SHOP_KEYS = ("shop.name", "shop.phone", "shop.address", "shop.currency", "shop.timezone",
             "shop.language", "receipt.terms.fa", "receipt.terms.en", "shop.logo",
             "papers.amount_in_words")


def papers(probe: Probe) -> Result:
    from app.printing.papers import DOCUMENT_SIZES, LANGUAGES
    from app.printing.render import render

    job, shop, unlock, source = _paper_subject(probe)
    count, failures = 0, []
    for document, sizes in DOCUMENT_SIZES.items():
        for size in sizes:
            for lang in LANGUAGES:
                count += 1
                try:
                    pdf = render(document, job, shop, lang=lang, size=size,
                                 unlock=unlock if document == "sheet" else None).pdf
                    if not pdf.startswith(b"%PDF"):
                        raise ValueError("the result is not a PDF")
                except Exception as err:
                    failures.append(say("paper_failed", paper=f"{document} {size} {lang}",
                                        error=err))
    if failures:
        return failed(say("papers_failed", failed=len(failures), count=count), *failures[:5])
    return ok(say("papers_ok", count=count, documents=len(DOCUMENT_SIZES), source=source))


def _paper_subject(probe: Probe) -> tuple[JobDetail, ShopInfo, UnlockInfo | None, Say]:
    """The newest delivered job (else the newest job) and the shop, read only; without the
    database or a job, a sample made in memory. A real job's passcode is never read: its sheet
    shows the passcode as hidden, as it does for reception."""
    from sqlalchemy import select

    from app.printing.shop import ShopInfo
    from app.self_test.sample_job import SAMPLE_SHOP, SAMPLE_UNLOCK, sample_job
    from app.settings.service import read_setting
    from db.models import Job

    services = probe.services
    if services is None:
        return sample_job(), SAMPLE_SHOP, SAMPLE_UNLOCK, say("sample_no_db")
    with services.db.read() as s:
        shop = ShopInfo.from_settings({key: read_setting(s, key) for key in SHOP_KEYS})
        job_id = s.scalar(select(Job.id).where(Job.status == "delivered")
                          .order_by(Job.id.desc()).limit(1)) \
            or s.scalar(select(Job.id).order_by(Job.id.desc()).limit(1))
    if job_id is None:
        return sample_job(), shop, SAMPLE_UNLOCK, say("sample_no_jobs")
    job = services.jobs.get(job_id)
    return job, shop, None, say("real_job", number=job.number)


# --- message templates ---------------------------------------------------------------------
def templates(probe: Probe) -> Result:
    from app.errors import DomainError
    from app.notify.service import MessagingService
    from app.notify.templates import DEFAULTS

    if probe.services is None:
        texts = [(str(event), lang, body, True) for lang, table in DEFAULTS.items()
                 for event, body in table.items()]
    else:
        texts = [(t.event, t.lang, t.body, t.is_default)
                 for t in probe.services.messages.templates()]
    problems = []
    for event, lang, body, _default in texts:
        try:
            MessagingService.preview(body, lang)  # parses, checks placeholders, renders
        except DomainError as err:
            problems.append(say("template_bad", event=event, lang=lang, error=err))
    if problems:
        return failed(*problems)
    if probe.services is None:
        return warning(say("templates_no_db", count=len(texts)))
    own = sum(1 for *_, default in texts if not default)
    return ok(say("templates_ok", count=len(texts), own=own) if own
              else say("templates_ok_defaults", count=len(texts)))


# --- the SMS gateway -----------------------------------------------------------------------
def gateway(probe: Probe) -> Result:
    from sqlalchemy import select

    from app.notify.gateway_config import CONSOLE_FILE
    from app.this_pc.paths import data_location
    from db.models import Setting

    plugins, broken = _plugins()
    found = ", ".join(sorted(plugins)) if plugins else None
    if probe.services is None:
        if not plugins:
            return failed(say("gateway_none_found"), *broken)
        return (failed if broken else warning)(say("gateway_no_db", found=found), *broken)
    with probe.services.db.read() as s:
        stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
    name = str(stored.get("sms.gateway", "console"))
    cls = plugins.get(name)
    if cls is None:
        return failed(say("gateway_unknown", name=name, found=found), *broken)
    problems = [*broken, *_option_problems(name, cls, stored)]
    if problems:
        return failed(*problems)
    if name == "console":
        path = stored.get("sms.console.path") or data_location().path / CONSOLE_FILE
        return warning(say("gateway_console", path=path))
    says = [say("gateway_ok", name=name)]
    if probe.online:
        from app.notify.gateway import GatewayError

        try:
            _, balance = probe.services.messages.balance()
        except GatewayError as err:
            return failed(say("gateway_online_failed", name=name, error=err.reason))
        says.append(say("gateway_balance", amount=f"{balance.amount:,.0f}", unit=balance.unit)
                    if balance else say("gateway_no_balance"))
    return ok(*says)


def _plugins() -> tuple[dict[str, type[SmsGateway]], list[Say]]:
    """Every gateway of the entry-point group, each loaded for real (a frozen app without the
    package's metadata finds none); one that does not load is named, not fatal here."""
    from importlib.metadata import entry_points

    from app.notify.gateway import SmsGateway
    from app.notify.registry import GROUP

    plugins: dict[str, type[SmsGateway]] = {}
    broken = []
    for ep in entry_points(group=GROUP):
        try:
            cls = ep.load()
            if not (isinstance(cls, type) and issubclass(cls, SmsGateway)):
                raise TypeError(f"{ep.value} is not an SmsGateway")
        except Exception as err:
            broken.append(say("gateway_plugin_broken", name=ep.name, error=err))
            continue
        plugins[ep.name] = cls
    return plugins, broken


def _option_problems(name: str, cls: type[SmsGateway], stored: dict[str, Any]) -> list[Say]:
    from app.errors import ValidationError
    from app.this_pc.paths import data_location
    from app.this_pc.secrets import ENV_KEY, KEY_FILE, unseal

    key_file = data_location().path / KEY_FILE
    has_key = bool(os.environ.get(ENV_KEY)) or key_file.exists()
    problems = []
    for option in cls.options:
        key = f"sms.{name}.{option.key}"
        value = str(stored.get(key) or option.default or "")
        if option.required and not value:
            problems.append(say("gateway_option_missing", key=key, help=option.help))
        elif option.secret and value:
            if not has_key:  # unsealing would make a new key; this PC has none to read it
                problems.append(say("gateway_no_key", key=key, key_file=key_file))
                continue
            try:
                unseal(value, name=key)
            except ValidationError as err:
                problems.append(say("gateway_secret", key=key, error=err))
    return problems


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
