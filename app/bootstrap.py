"""The one composition root: database, migrations and every service, wired once.

`build()` is the only place a service is constructed (tests/unit/test_layers.py checks it);
every part can be replaced by a fake through its keyword arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.auth.service import UserService
from app.auth.unlock_access import share_shop_key
from app.backup.service import BackupService
from app.care.care_round import CareRound
from app.care.replies import CareReplies
from app.care.service import CareService
from app.clock import Clock, system_clock
from app.customers.service import CustomerService
from app.database.choice import database_url, shown
from app.jobs.listing import JobListing
from app.jobs.service import JobService
from app.notify import this_pc
from app.notify.dispatcher import Dispatcher
from app.notify.gateway_config import GatewayFactory, build_gateway
from app.notify.service import MessagingService
from app.printing.print_system import PrintSystem
from app.search.service import SearchService
from app.settings.service import SettingsService
from app.storage.sql import SqlUnitOfWork
from app.storage.unit_of_work import UnitOfWorkFactory
from db.engine import Database
from db.migrate import HEAD, KNOWN_REVISIONS, current_revision, is_blank, upgrade

if TYPE_CHECKING:
    from app.demo.load import DemoSummary
    from app.printing.service import PaperService


class SendingPc:
    """Whether this PC sends the shop's SMS, and its background dispatcher."""

    def __init__(self, db: Database, make_dispatcher: Callable[[], Dispatcher]) -> None:
        self._db = db
        self._make_dispatcher = make_dispatcher

    def here(self) -> bool:
        return this_pc.sends_here(self._db)

    def choose(self, sends: bool) -> None:
        this_pc.choose(sends)

    def start_background(self, interval: float = 5.0) -> Callable[[], None] | None:
        """Start the dispatcher thread if this PC sends; returns how to stop it."""
        if not self.here():
            return None
        return this_pc.run_in_background(self._make_dispatcher(), interval)


@dataclass
class Services:
    db: Database
    users: UserService
    settings: SettingsService
    customers: CustomerService
    jobs: JobService
    listing: JobListing
    search: SearchService
    messages: MessagingService
    backups: BackupService
    care: CareService
    clock: Clock = system_clock
    print_system: PrintSystem | None = None
    make_gateway: GatewayFactory = build_gateway
    _papers: PaperService | None = field(default=None, repr=False)

    @property
    def papers(self) -> PaperService:
        """Built on first use: reportlab loads only when a paper is made."""
        if self._papers is None:
            from app.printing.service import PaperService

            self._papers = PaperService(self.jobs, self.settings)
        return self._papers

    @property
    def url(self) -> str:
        return self.db.url

    @property
    def local(self) -> bool:
        """A SQLite file on this PC rather than a shared server."""
        return self.db.sqlite

    def where(self) -> str:
        """The database as a person may see it: a server's password is hidden."""
        return shown(self.db.url)

    def dispatcher(self, **tuning: Any) -> Dispatcher:
        return Dispatcher(self.db, jobs=self.jobs, make_gateway=self.make_gateway,
                          clock=self.clock, care=CareReplies(), care_round=CareRound(),
                          **tuning)

    @property
    def sending(self) -> SendingPc:
        return SendingPc(self.db, self.dispatcher)

    def load_demo(self, *, jobs: int, seed: int = 1405,
                  progress: Callable[[int], None] | None = None) -> DemoSummary:
        from app.demo.load import load_demo  # the generator loads only for demo data

        return load_demo(self.db, jobs=jobs, seed=seed, progress=progress)

    def close(self) -> None:
        self.db.dispose()


class NotMigrated(RuntimeError):
    pass


class NewerSchema(NotMigrated):
    """The database was set up by a newer Tamirgah; this PC must be updated, not the data."""


def build(url: str | None = None, *, migrate: str = "auto", echo: bool = False,
          clock: Clock = system_clock, print_system: PrintSystem | None = None,
          make_gateway: GatewayFactory = build_gateway,
          unit_of_work: UnitOfWorkFactory | None = None) -> Services:
    """migrate: 'auto' upgrades a local SQLite file by itself; 'always' and 'never' as named.

    A shared PostgreSQL server that is in use is upgraded only on request (`tamirgah db
    upgrade`), so one workstation's new version never changes the schema under the others
    unannounced; a blank one, which nobody uses yet, is set up by whoever opens it first.
    """
    db = Database(database_url(url), echo=echo)
    if migrate == "never":
        return assemble(db, clock=clock, print_system=print_system, make_gateway=make_gateway,
                        unit_of_work=unit_of_work)
    revision = current_revision(db.engine)  # read once: this runs on every start
    if revision is not None and revision not in KNOWN_REVISIONS:
        db.dispose()
        raise NewerSchema("This database was set up by a newer version of Tamirgah: install "
                          "that version on this PC.")
    if migrate == "always" or (revision != HEAD and (db.sqlite or is_blank(db.engine))):
        upgrade(db.engine)
    elif revision != HEAD:
        db.dispose()
        raise NotMigrated("The database schema is not current: run `tamirgah db upgrade`.")
    return assemble(db, clock=clock, print_system=print_system, make_gateway=make_gateway,
                        unit_of_work=unit_of_work)


def assemble(db: Database, *, clock: Clock = system_clock,
             print_system: PrintSystem | None = None,
             make_gateway: GatewayFactory = build_gateway,
             unit_of_work: UnitOfWorkFactory | None = None) -> Services:
    """Every service over one open database; the fakes a test hands in go where they belong."""
    settings = SettingsService(db, clock=clock, reactions={
        # reception gains or loses the unlock key with the setting that lets it read them
        "jobs.reception_sees_unlock": lambda session, actor: share_shop_key(session,
                                                                            actor.keys)})
    jobs = JobService(db, clock=clock, uow=unit_of_work or (lambda: SqlUnitOfWork(db)))
    return Services(db=db, users=UserService(db, clock=clock), settings=settings,
                    customers=CustomerService(db, clock=clock), jobs=jobs,
                    listing=JobListing(db), search=SearchService(db, clock=clock),
                    messages=MessagingService(db, clock=clock, make_gateway=make_gateway),
                    backups=BackupService(db, clock=clock),
                    care=CareService(db, clock=clock, jobs=jobs), clock=clock,
                    print_system=print_system, make_gateway=make_gateway)
