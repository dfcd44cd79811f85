"""The README's guide to several PCs on one PostgreSQL server, followed step by step.

The SQL block is taken from the README as it stands and run through psql as the postgres
superuser, with a fresh role and database name; then a one-PC shop moves onto it and a
second PC joins, with the commands the guide gives.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import PG_SERVER
from tests.e2e.test_cli import tamirgah

README = Path(__file__).resolve().parents[2] / "README.md"
GUIDE_MARK = "<!-- guide: server sql -->"


def guide_sql() -> str:
    after = README.read_text(encoding="utf-8").split(GUIDE_MARK, 1)[1]
    block = re.search(r"```sql\n(.*?)```", after, re.S)
    assert block, "the README's server guide lost its SQL block"
    return "\n".join(line.strip() for line in block.group(1).splitlines())


@pytest.fixture
def guide_names(pg_database: str) -> Iterator[tuple[str, str]]:
    """A role and database name of this test's own in place of the guide's `tamirgah`."""
    name = f"tamirgah_guide_{uuid.uuid4().hex[:8]}"
    yield name, f"pw-{uuid.uuid4().hex[:10]}"
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    admin.dispose()


def run_psql_as_superuser(sql: str) -> None:
    psql = shutil.which("psql")
    if psql is None and os.environ.get("CI", "").lower() != "true":
        pytest.skip("psql (the PostgreSQL client) is not installed")
    assert psql is not None, "psql is needed to follow the guide; CI requires it"
    server = make_url(PG_SERVER)
    done = subprocess.run([psql, "-h", server.host or "127.0.0.1", "-p", str(server.port or 5432),
                           "-U", server.username or "postgres", "-d", "postgres",
                           "-v", "ON_ERROR_STOP=1"], input=sql, capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_the_server_guide_moves_a_shop_and_lets_a_second_pc_join(
        guide_names: tuple[str, str], tmp_path: Path) -> None:
    name, password = guide_names
    sql = guide_sql().replace("change-this-password", password)
    run_psql_as_superuser(re.sub(r"\btamirgah\b", name, sql))

    server = make_url(PG_SERVER)
    url = f"postgresql://{name}:{password}@{server.host}:{server.port or 5432}/{name}"
    reception, bench = tmp_path / "reception", tmp_path / "bench"

    # step 3: the one-PC shop copies its data onto the server and opens it from now on
    assert tamirgah("demo", "--jobs", "25", home=reception).returncode == 0
    moved = tamirgah("db", "copy-to", url, home=reception)
    assert moved.returncode == 0, moved.stderr
    assert "25 jobs" in moved.stdout
    assert tamirgah("db", "use", url, home=reception).returncode == 0

    # step 4: another PC joins and sees the shop's jobs; its self-test finds the server
    joined = tamirgah("db", "use", url, home=bench)
    assert joined.returncode == 0, joined.stderr
    assert "holds a Tamirgah database" in joined.stdout
    found = tamirgah("search", "09", home=bench)
    assert found.returncode == 0 and found.stdout.count("\n") >= 1, found.stderr
    checked = tamirgah("self-test", "--lang", "en", home=bench)
    database_line = next(line for line in checked.stdout.splitlines() if "Database" in line)
    assert database_line.startswith("OK") and name in database_line

    # the shop's own user owns everything: the server was set up without the superuser
    engine = create_engine(f"{PG_SERVER}/{name}")
    with engine.connect() as conn:
        owners = set(conn.execute(text(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")).scalars())
    engine.dispose()
    assert owners == {name}
