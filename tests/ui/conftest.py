"""A desk on a real SQLite file, logged in as a given role."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.auth.roles import Role
from app.bootstrap import Services, build
from tests.factories import user
from ui.shell.desk import Desk


@pytest.fixture
def shop_services(sqlite_url: str) -> Iterator[Services]:
    services = build(sqlite_url, migrate="never")
    yield services
    services.close()


def make_desk(services: Services, role: Role, lang: str = "fa", *, demo: bool = False) -> Desk:
    return Desk(services, user(services, role), lang, "jalali" if lang == "fa" else "gregorian",
                demo)
