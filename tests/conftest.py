"""Fixtures: a migrated SQLite file per test, and a migrated PostgreSQL database.

PostgreSQL tests skip with a reason on a developer machine without the server, and fail under
CI=true, where a missing server must never pass as green.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.bootstrap import Services, build
from db.engine import make_engine
from db.migrate import upgrade
from db.models import Base

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_SERVER = os.environ.get("TAMIRGAH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432")


LAYERS = ("unit", "ui", "e2e")  # every other folder is the db layer


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Each test's layer is its folder, so `pytest -m unit` runs the fast layer alone."""
    tests = Path(__file__).resolve().parent
    for item in items:
        folder = item.path.resolve().relative_to(tests).parts[0]
        item.add_marker(folder if folder in LAYERS else "db")


@pytest.fixture(scope="session", autouse=True)
def cheap_password_work() -> Iterator[None]:
    """argon2id at its lowest cost inside the test process: every test makes users and logs
    in, and the shop's cost (64 MiB, 3 passes: ~0.17 s a time) made that most of the run. The
    hashes and wrapped keys carry their cost, so what a test makes opens in a `tamirgah`
    subprocess, which works at the shop's cost; tests/unit/test_password_cost.py pins it."""
    from argon2 import PasswordHasher

    from app.auth import passwords, unlock_crypto

    shop_hasher = passwords._hasher
    shop_cost = unlock_crypto.ARGON2_TIME, unlock_crypto.ARGON2_MEMORY_KIB, \
        unlock_crypto.ARGON2_LANES
    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    unlock_crypto.ARGON2_TIME, unlock_crypto.ARGON2_MEMORY_KIB, unlock_crypto.ARGON2_LANES = \
        1, 1024, 1
    yield
    passwords._hasher = shop_hasher
    unlock_crypto.ARGON2_TIME, unlock_crypto.ARGON2_MEMORY_KIB, unlock_crypto.ARGON2_LANES = \
        shop_cost


@pytest.fixture
def pc_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This PC's own data folder for the test: no workstation settings, key or chosen
    database of the machine's own."""
    home = tmp_path / "pc"
    home.mkdir()
    monkeypatch.setenv("TAMIRGAH_HOME", str(home))
    monkeypatch.delenv("TAMIRGAH_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def _pg_unavailable_reason() -> str | None:
    try:
        engine = create_engine(f"{PG_SERVER}/postgres", connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
    except Exception as exc:  # any failure to connect means "no server" here
        return f"PostgreSQL at {PG_SERVER} is not reachable: {exc.__class__.__name__}: {exc}"
    return None


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A PostgreSQL database for this test session, migrated once, dropped at the end."""
    reason = _pg_unavailable_reason()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{reason}; CI requires it", pytrace=False)
        pytest.skip(reason)
    name = f"tamirgah_test_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = f"{PG_SERVER}/{name}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def empty_pg(pg_database: str) -> Iterator[str]:
    """A brand-new PostgreSQL database with no schema at all, as a shop creates one."""
    name = f"tamirgah_empty_{uuid.uuid4().hex[:8]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield f"{PG_SERVER}/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_url(pg_database: str) -> str:
    """The session's PostgreSQL database, emptied for this test."""
    engine = make_engine(pg_database)
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return pg_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str:
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    return str(request.getfixturevalue(fixture))


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    svc = build(db_url, migrate="never")
    yield svc
    svc.close()
