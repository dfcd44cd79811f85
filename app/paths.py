"""Where the shop's data lives: TAMIRGAH_HOME if set, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def data_dir() -> Path:
    home = os.environ.get("TAMIRGAH_HOME")
    path = Path(home) if home else Path(user_data_dir("Tamirgah", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url(name: str = "tamirgah.db") -> str:
    return f"sqlite:///{(data_dir() / name).as_posix()}"


def database_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get("TAMIRGAH_DATABASE_URL") or default_database_url()
