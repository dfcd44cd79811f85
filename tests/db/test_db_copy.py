"""Moving a shop onto another database: SQLite onto PostgreSQL and back, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.auth.roles import Role
from app.bootstrap import Services, build
from app.database.copy_to import copy_database
from app.demo import load_demo
from app.errors import ValidationError
from tests.e2e.test_cli import tamirgah
from tests.factories import intake_request, row_counts, user


def one_pc_shop(sqlite_url: str) -> Services:
    services = build(sqlite_url, migrate="never")
    services.jobs.intake(user(services, Role.RECEPTION), intake_request(3))
    load_demo(services.db, jobs=120, seed=7)
    return services


def test_a_one_pc_shop_moves_onto_the_server_whole(sqlite_url: str, empty_pg: str) -> None:
    shop = one_pc_shop(sqlite_url)
    before = row_counts(shop)
    newest = shop.search.jobs("Samsung", limit=5)
    reported: list[tuple[int, int]] = []
    summary = copy_database(shop.db, empty_pg, progress=lambda d, t: reported.append((d, t)))
    assert summary.rows == sum(summary.tables.values()) and summary.tables["jobs"] == 121
    assert reported[-1] == (summary.rows, summary.rows)

    server = build(empty_pg, migrate="never")
    try:
        assert row_counts(server) == before
        assert [h.number for h in server.search.jobs("Samsung", limit=5)] == \
            [h.number for h in newest]
        # the server's counters start after the copied ids: the next intake just works
        desk = user(server, Role.RECEPTION, "after_move")
        job = server.jobs.intake(desk, intake_request(4))
        assert server.jobs.id_for_number(job.number) is not None
        assert row_counts(server)["jobs"] == before["jobs"] + 1
    finally:
        server.close()
        shop.close()


def test_the_server_copies_back_onto_a_new_file(pg_url: str, tmp_path: Path) -> None:
    server = build(pg_url, migrate="never")
    load_demo(server.db, jobs=40, seed=3)
    target = f"sqlite:///{tmp_path / 'again.db'}"
    copy_database(server.db, target)
    copy = build(target, migrate="never")
    try:
        assert row_counts(copy) == row_counts(server)
        number = server.search.jobs("Apple", limit=1)[0].number
        assert copy.search.jobs(number)[0].number == number  # the file's full-text index too
    finally:
        copy.close()
        server.close()


def test_a_server_that_already_holds_a_shop_is_refused(sqlite_url: str, pg_url: str) -> None:
    shop = one_pc_shop(sqlite_url)
    other = build(pg_url, migrate="never")
    other.jobs.intake(user(other, Role.RECEPTION, "other_shop"), intake_request(8))
    before = row_counts(other)
    with pytest.raises(ValidationError) as err:
        copy_database(shop.db, pg_url)
    assert err.value.code == "target_not_empty" and "jobs" in err.value.message
    assert row_counts(other) == before
    other.close()
    shop.close()


def test_a_copy_that_fails_part_way_keeps_nothing(sqlite_url: str, empty_pg: str) -> None:
    shop = one_pc_shop(sqlite_url)
    prepared = build(empty_pg, migrate="always")
    with prepared.db.engine.begin() as conn:  # the server refuses the very last table's rows
        conn.execute(text("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                          "RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql"))
        conn.execute(text("CREATE TRIGGER refuse BEFORE INSERT ON job_events "
                          "FOR EACH ROW EXECUTE FUNCTION refuse()"))
    with pytest.raises(ValidationError) as err:
        copy_database(shop.db, empty_pg)
    assert err.value.code == "copy_failed" and "disk full" in err.value.message
    assert set(row_counts(prepared).values()) == {0}
    prepared.close()
    shop.close()


def test_the_database_in_use_is_not_a_target(sqlite_url: str) -> None:
    shop = build(sqlite_url, migrate="never")
    with pytest.raises(ValidationError) as err:
        copy_database(shop.db, sqlite_url)
    assert err.value.code == "same_database"
    shop.close()


def test_db_use_keeps_a_reachable_server_and_refuses_one_that_is_not(
        tmp_path: Path, pg_url: str) -> None:
    refused = tamirgah("db", "use", "postgresql://tamirgah@127.0.0.1:1/tamirgah", home=tmp_path)
    assert refused.returncode == 2 and "nothing changed" in refused.stderr
    assert not (tmp_path / "workstation.json").exists()

    kept = tamirgah("db", "use", pg_url, home=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert json.loads((tmp_path / "workstation.json").read_text())["database_url"] == pg_url
    current = tamirgah("db", "current", home=tmp_path)  # no --database: this PC's choice
    assert current.returncode == 0 and "postgresql" in current.stdout

    back = tamirgah("db", "use", "default", home=tmp_path)
    assert back.returncode == 0
    assert "database_url" not in json.loads((tmp_path / "workstation.json").read_text())


def test_db_copy_to_from_the_command_line(tmp_path: Path, empty_pg: str) -> None:
    assert tamirgah("demo", "--jobs", "30", home=tmp_path).returncode == 0
    moved = tamirgah("db", "copy-to", empty_pg, home=tmp_path)
    assert moved.returncode == 0, moved.stderr
    assert "30 jobs" in moved.stdout and "tamirgah db use" in moved.stdout
    again = tamirgah("db", "copy-to", empty_pg, home=tmp_path)
    assert again.returncode == 2 and "already holds" in again.stderr
