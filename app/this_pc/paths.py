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
PRIVATE_FOLDERS = ("backups",)  # ours inside the data folder, tightened with it
_made_private: set[Path] = set()


def program_dir() -> Path:
    """The folder of the frozen executable, or the source checkout when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


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
    """The data folder, made if missing; private to this OS user (once per process)."""
    path = data_location().path
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path not in _made_private:
        make_folder_private(path)
        _made_private.add(path)
    return path


def make_private(path: Path) -> None:
    """Owner only on POSIX (a folder 0700, a file loses its group and other bits); a file
    system without modes (a FAT USB stick, Windows) is left as it is."""
    if os.name != "posix" or path.is_symlink():
        return
    try:
        mode = path.stat().st_mode
        os.chmod(path, 0o700 if path.is_dir() else mode & 0o700)
    except OSError:
        pass


def make_folder_private(folder: Path) -> None:
    """The folder, the files in it and our own subfolders: a data folder from before this
    rule held a database, key and log every user of the PC could read."""
    make_private(folder)
    for entry in folder.iterdir():
        if entry.is_file() or entry.name in PRIVATE_FOLDERS:
            make_private(entry)
        if entry.name in PRIVATE_FOLDERS and entry.is_dir() and not entry.is_symlink():
            for inner in entry.iterdir():
                make_private(inner)


def default_database_url(name: str = "tamirgah.db") -> str:
    return f"sqlite:///{(data_dir() / name).as_posix()}"

