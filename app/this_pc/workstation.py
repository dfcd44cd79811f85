"""Settings that belong to one PC, not the shop: its printers and whether it sends the SMS.

They live in `workstation.json` in the data folder, beside the secret key, never in the shared
database, because two PCs of one shop have different printers and only one sends.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from app.this_pc.paths import data_dir

FILE_NAME = "workstation.json"


def _path() -> Path:
    return data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    path = _path()
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    """Set one key; written to a temporary file and renamed so a crash never leaves half a file."""
    data = load()
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    path = _path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
