"""The one composition root: database, migrations and every service, wired once."""

from __future__ import annotations

from dataclasses import dataclass

from app.auth.service import UserService
from app.customers.service import CustomerService
from app.jobs.listing import JobListing
from app.jobs.service import JobService
from app.notify.service import MessagingService
from app.search.service import SearchService
from app.settings.service import SettingsService
from app.this_pc.paths import database_url
from db.engine import Database
from db.migrate import HEAD, KNOWN_REVISIONS, current_revision, is_blank, upgrade


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

    def close(self) -> None:
        self.db.dispose()


class NotMigrated(RuntimeError):
    pass


class NewerSchema(NotMigrated):
    """The database was set up by a newer Tamirgah; this PC must be updated, not the data."""


def build(url: str | None = None, *, migrate: str = "auto", echo: bool = False) -> Services:
    """migrate: 'auto' upgrades a local SQLite file by itself; 'always' and 'never' as named.

    A shared PostgreSQL server that is in use is upgraded only on request (`tamirgah db
    upgrade`), so one workstation's new version never changes the schema under the others
    unannounced; a blank one, which nobody uses yet, is set up by whoever opens it first.
    """
    db = Database(database_url(url), echo=echo)
    if migrate == "never":
        return _services(db)
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
    return _services(db)


def _services(db: Database) -> Services:
    return Services(db=db, users=UserService(db), settings=SettingsService(db),
                    customers=CustomerService(db), jobs=JobService(db), listing=JobListing(db),
                    search=SearchService(db), messages=MessagingService(db))
