import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from app.bootstrap import NewerSchema, NotMigrated, build
from db.engine import make_engine
from db.migrate import current_revision, downgrade, head_revision, upgrade
from db.models import Base

ROOT = Path(__file__).resolve().parents[2]




def test_local_sqlite_is_upgraded_on_start(tmp_path: Path) -> None:
    services = build(f"sqlite:///{tmp_path}/new.db")
    assert current_revision(services.db.engine) == head_revision(services.db.engine)
    with services.db.read() as s:
        pragmas = {p: s.execute(text(f"PRAGMA {p}")).scalar()
                   for p in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "busy_timeout": 15000}
    services.close()


def test_a_blank_server_database_is_set_up_by_the_first_pc(empty_pg: str) -> None:
    services = build(empty_pg)
    assert current_revision(services.db.engine) == head_revision(services.db.engine)
    services.close()


def test_shared_postgresql_in_use_is_upgraded_only_on_request(empty_pg: str) -> None:
    engine = make_engine(empty_pg)
    upgrade(engine, "0002")  # in use by PCs running an older version
    engine.dispose()
    with pytest.raises(NotMigrated, match="tamirgah db upgrade"):
        build(empty_pg)
    refused = subprocess.run([sys.executable, "-m", "ui.launch", "--database", empty_pg,
                              "config", "list"], capture_output=True, text=True, cwd=ROOT,
                             check=False)
    assert refused.returncode == 2 and "db upgrade" in refused.stderr
    done = subprocess.run([sys.executable, "-m", "ui.launch", "--database", empty_pg, "db",
                           "upgrade"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    build(empty_pg).close()


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_migrations_go_down_and_up_again(engine_kind: str, tmp_path: Path,
                                         request: pytest.FixtureRequest) -> None:
    url = (f"sqlite:///{tmp_path}/m.db" if engine_kind == "sqlite"
           else request.getfixturevalue("empty_pg"))
    engine = make_engine(url)
    upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    downgrade(engine, "base")
    assert not {t.name for t in Base.metadata.sorted_tables} & set(
        inspect(engine).get_table_names())
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()



def test_models_and_migrations_agree(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(db_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    # FTS5 tables and trigram indexes are engine-specific: the migration owns them alone
    engine_specific = [d for d in diff if (d[0] == "remove_table" and "_fts" in d[1].name)
                       or (d[0] == "remove_index" and d[1].name.endswith("_trgm"))]
    assert len(engine_specific) == (10 if db_url.startswith("sqlite") else 2)
    assert [d for d in diff if d not in engine_specific] == []


def test_the_head_constant_names_the_newest_migration(sqlite_url: str) -> None:

    from db.migrate import HEAD

    engine = create_engine(sqlite_url)
    try:
        assert head_revision(engine) == HEAD == current_revision(engine)
    finally:
        engine.dispose()


def test_a_database_from_a_newer_version_is_refused_untouched(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    with pytest.raises(NewerSchema, match="newer version"):
        build(sqlite_url)
    assert current_revision(engine) == "0099"
    engine.dispose()
