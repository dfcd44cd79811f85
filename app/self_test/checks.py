"""The self-test's checks of the shop's data: the database, fonts, papers and templates.

A check only reads. It never migrates, writes a row, creates a key file or sends an SMS, so a
shop can run the self-test at any time, on the live database, while the desk is in use.
Results carry message keys and values; report.py puts them into words in the user's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.self_test.results import Probe, Result, Say, failed, ok, say, warning

if TYPE_CHECKING:
    from app.jobs.service import UnlockInfo
    from app.jobs.views import JobDetail
    from app.printing.shop import ShopInfo

CONNECT_TIMEOUT = 5  # seconds to wait for a PostgreSQL server before calling it unreachable
LICENCE = "OFL.txt"
PERSIAN_AND_LATIN = "پژگچAz09"  # letters a Persian paper cannot do without


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
    from app.printing.papers import DOCUMENT_SIZES, LANGUAGES, papers_for
    from app.printing.render import render

    job, shop, unlock, source = _paper_subject(probe)
    documents = papers_for(job.status)  # only the papers that are true of this job
    count, failures = 0, []
    for document in documents:
        for size in DOCUMENT_SIZES[document]:
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
    return ok(say("papers_ok", count=count, documents=len(documents), source=source))


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
