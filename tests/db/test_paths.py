"""Where the data lives: TAMIRGAH_HOME, portable mode beside the program, or the user folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.this_pc import paths


@pytest.fixture
def frozen_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be a frozen app whose executable sits in tmp_path/tamirgah."""
    program = tmp_path / "tamirgah"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "tamirgah.exe"))
    monkeypatch.delenv("TAMIRGAH_HOME", raising=False)
    return program


def test_portable_marker_keeps_data_beside_the_program(frozen_in: Path) -> None:
    (frozen_in / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    location = paths.data_location()
    assert location.why == "portable"
    assert location.path == frozen_in / paths.PORTABLE_DATA
    assert paths.data_dir().is_dir()
    assert paths.default_database_url().endswith(f"{frozen_in.as_posix()}/data/tamirgah.db")


def test_without_marker_the_user_data_folder_is_used(frozen_in: Path) -> None:
    location = paths.data_location()
    assert location.why == "user"
    assert frozen_in not in location.path.parents


def test_tamirgah_home_wins_over_portable(frozen_in: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen_in / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "elsewhere"))
    assert paths.data_location() == paths.DataLocation(tmp_path / "elsewhere", "env")


def test_advice_names_the_console_program_the_shop_has(frozen_in: Path) -> None:
    from app.self_test import report

    assert paths.command_name() == "tamirgah-cli"
    advice = report.words("db_empty", "en", url="sqlite:///x.db")
    assert "`tamirgah-cli db upgrade`" in advice


def test_from_source_the_command_is_tamirgah() -> None:
    assert paths.command_name() == "tamirgah"
