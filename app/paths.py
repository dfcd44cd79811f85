"""Where the shop's data lives.

In order: TAMIRGAH_HOME if set; a `data` folder beside the program when the program folder holds
a `portable.txt` marker (an app carried on a USB stick); else the platform's user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"


def program_dir() -> Path:
    """The folder of the frozen executable, or the source checkout when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def command_name() -> str:
    """The console program a manager types commands into: a separate one in the built app."""
    return "tamirgah-cli" if getattr(sys, "frozen", False) else "tamirgah"


@dataclass(frozen=True)
class DataLocation:
    path: Path
    why: str  # "env" | "portable" | "user"


def data_location() -> DataLocation:
    home = os.environ.get("TAMIRGAH_HOME")
    if home:
        return DataLocation(Path(home), "env")
    program = program_dir()
    if (program / PORTABLE_MARKER).exists():
        return DataLocation(program / PORTABLE_DATA, "portable")
    return DataLocation(Path(user_data_dir("Tamirgah", appauthor=False)), "user")


def data_dir() -> Path:
    path = data_location().path
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
