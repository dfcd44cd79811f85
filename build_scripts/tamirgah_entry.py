"""What the frozen executables run: the same `tamirgah` command as from source."""

from __future__ import annotations

import os
import sys


def _give_windowed_app_streams() -> None:
    """A Windows GUI executable has no console, so print() would fail; send output nowhere."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_windowed_app_streams()
    from ui.launch import main

    sys.exit(main())
