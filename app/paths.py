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
    """--database, else TAMIRGAH_DATABASE_URL, else this PC's choice in settings, else the
    SQLite file in the data folder."""
    from app import workstation  # it keeps its file in data_dir()

    chosen = workstation.get("database_url")
    return (explicit or os.environ.get("TAMIRGAH_DATABASE_URL")
            or (str(chosen) if chosen else "") or default_database_url())
