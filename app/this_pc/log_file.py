"""Where unexpected errors are written: `tamirgah.log` in the data folder.

Kept apart from ui/errors.py (which writes it) so that code without Qt, such as
`tamirgah self-test`, can name the file too.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.this_pc.paths import data_dir, data_location

LOG_NAME = "tamirgah.log"


def log_file() -> Path:
    """The log file, its folder made if missing (the desk is about to write it), made
    readable by this OS user only."""
    path = data_dir() / LOG_NAME
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    return path


def log_file_location() -> Path:
    """The log file's path, without making anything."""
    return data_location().path / LOG_NAME
