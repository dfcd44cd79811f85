"""Where the shipped resources (fonts and their licences) are, in a source tree or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILES = {"regular": "Vazirmatn-Regular.ttf", "bold": "Vazirmatn-Bold.ttf"}


def resources_dir() -> Path:
    """A PyInstaller build puts resources/ beside the app (or in its unpack folder)."""
    if getattr(sys, "frozen", False):
        base = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return base / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def font_path(weight: str) -> Path:
    return resources_dir() / "fonts" / FONT_FILES[weight]
