"""The files a running shop is using, so that nothing of ours is ever written onto one.

A SQLite database is its file plus the `-wal`, `-shm` and `-journal` files beside it; writing
onto any of them (a backup renamed over it, a PDF saved as it, SMS lines appended to it) under
a writer corrupts the shop's data while the writer goes on acknowledging. This PC's key file,
settings file and log are in use too. A target is compared after resolving symlinks and `..`,
in the file system's case rules on Windows, and as the same file when it already exists (a
hard link, a case-insensitive disk).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import ValidationError
from app.this_pc.log_file import log_file_location
from app.this_pc.paths import data_location
from app.this_pc.secrets import KEY_FILE
from app.this_pc.workstation import FILE_NAME

SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
fold_case = os.path.normcase  # lower case and \ on Windows, as its file systems compare


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL; None for a server or an in-memory database."""
    try:
        parsed = make_url(url)
    except Exception:  # not a URL at all: nothing of ours
        return None
    if not parsed.drivername.startswith("sqlite"):
        return None
    name = parsed.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser()


def files_in_use(database_url: str) -> list[Path]:
    """The database's files (for SQLite) and this PC's own files in the data folder."""
    found: list[Path] = []
    database = sqlite_file(database_url)
    if database is not None:
        found += [database] + [database.with_name(database.name + s) for s in SQLITE_COMPANIONS]
    folder = data_location().path
    found += [folder / KEY_FILE, folder / FILE_NAME, log_file_location()]
    return found


def same_place(a: Path, b: Path) -> bool:
    if _spelled(a) == _spelled(b):
        return True
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def in_use(target: Path, database_url: str) -> Path | None:
    """The file in use that `target` would write onto, if any."""
    return next((used for used in files_in_use(database_url) if same_place(target, used)), None)


def refuse_if_in_use(target: Path | str, database_url: str, *, field: str = "file") -> Path:
    """`target` resolved, or a refusal in words when it is one of the files in use."""
    path = Path(target).expanduser()
    used = in_use(path, database_url)
    if used is not None:
        raise ValidationError(f"{path} would be written onto {used.name}, a file the shop "
                              "is using; nothing was written, choose another file name",
                              code="file_in_use", field=field, file=str(path), used=used.name)
    return path.resolve()


def _spelled(path: Path) -> str:
    return fold_case(str(path.expanduser().resolve()))
