"""Backup while in use, and restore only after the copy is checked, on both engines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.auth.roles import Role
from app.backup.copies import backup, restore
from app.bootstrap import Services
from app.errors import ValidationError
from tests.factories import intake_request, row_counts, user


def test_a_backup_put_back_brings_the_shop_back_to_that_moment(services: Services,
                                                               tmp_path: Path) -> None:
    desk = user(services, Role.RECEPTION)
    kept = [services.jobs.intake(desk, intake_request(n)).number for n in range(1, 4)]
    at_backup = row_counts(services)
    info = backup(services.db, tmp_path / "shop.backup")
    assert info.path.exists() and info.size > 0
    assert not (tmp_path / "shop.backup.partial").exists()
    later = services.jobs.intake(desk, intake_request(4)).number
    restore(services.db, info.path)
    assert row_counts(services) == at_backup
    assert all(services.jobs.id_for_number(n) for n in kept)
    assert services.jobs.id_for_number(later) is None
    assert services.jobs.intake(desk, intake_request(5)).number  # the shop works on


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(services: Services,
                                                                tmp_path: Path) -> None:
    services.jobs.intake(user(services, Role.RECEPTION), intake_request(9))
    before = row_counts(services)
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"not a database" * 100)
    with pytest.raises(ValidationError) as err:
        restore(services.db, junk)
    assert err.value.code == "bad_backup"
    with pytest.raises(ValidationError) as missing:
        restore(services.db, tmp_path / "nowhere.backup")
    assert missing.value.code == "no_backup"
    assert row_counts(services) == before


def test_pg_tools_are_found_in_the_newest_installed_version_when_not_on_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.backup.copies import find_pg_tool

    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    suffix = ".exe" if os.name == "nt" else ""
    for version in ("9.6", "16", "17", "notes"):
        folder = tmp_path / "PostgreSQL" / version / "bin"
        folder.mkdir(parents=True)
        tool = folder / f"pg_dump{suffix}"
        tool.write_text("#!/bin/sh\n", encoding="utf-8")
        tool.chmod(0o755)
    found = find_pg_tool("pg_dump", [tmp_path / "PostgreSQL"])
    assert found == str(tmp_path / "PostgreSQL" / "17" / "bin" / f"pg_dump{suffix}")
    assert find_pg_tool("pg_restore", [tmp_path / "PostgreSQL"]) is None
