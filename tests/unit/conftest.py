"""The unit layer runs without a database: opening one here is a mistake, and fails loudly
(use the fake unit of work in tests/fakes/unit_of_work.py instead)."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest
import sqlalchemy

import db.engine


def _no_database(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise AssertionError("a unit test opened a database; use tests/fakes/unit_of_work.py")


@pytest.fixture(autouse=True)
def no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlalchemy, "create_engine", _no_database)
    monkeypatch.setattr(db.engine, "create_engine", _no_database)
