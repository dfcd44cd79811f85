"""Alembic, driven from code: the CLI and the app's start-up call these.

Alembic itself is imported only when a migration has to run: the desk starts a third of a
second sooner on a database that is already current, which is every start but the first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test keeps the two the same.
HEAD = "0006"
KNOWN_REVISIONS = frozenset(f"{n:04d}" for n in range(1, int(HEAD) + 1))


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def is_blank(engine: Engine) -> bool:
    """No tables at all: a database made for the shop and not yet set up."""
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == HEAD
