"""Newcomer's entry: `python build_scripts/dev.py start` or `python build_scripts/dev.py test`.

Creates .venv beside the project if needed, installs the project into it (again only when
pyproject.toml changed), then starts the app or runs the checks and the whole test suite.
Needs only Python 3.11+; works the same on Windows and Linux.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script is what an old Python meets first
        sys.exit("Tamirgah needs Python 3.11 or newer")
    if not PYTHON.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extras or 'app'}-{digest}"
    if stamp.exists():
        return
    target = f".[{extras}]" if extras else "."
    run([str(PYTHON), "-m", "pip", "install", "--upgrade", "--quiet", "pip"])
    run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target])
    stamp.touch()


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+ " + " ".join(cmd), flush=True)
    code = subprocess.call(cmd, cwd=ROOT, env=env)
    if code:
        sys.exit(code)


def build_translations() -> None:
    """The .qm files are built, not committed: compile them from the .ts sources."""
    run([str(PYTHON), str(ROOT / "build_scripts" / "translations.py"), "build"])


def start(args: list[str]) -> None:
    ensure_env("")
    build_translations()
    run([str(BIN / "tamirgah"), *args])


def test(args: list[str]) -> None:
    ensure_env("test")
    build_translations()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    run([str(BIN / "ruff"), "check", "."], env)
    run([str(BIN / "mypy")], env)
    run([str(PYTHON), "-m", "pytest", *args], env)


if __name__ == "__main__":
    commands = {"start": start, "test": test}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit("usage: python build_scripts/dev.py start|test [args…]")
    commands[sys.argv[1]](sys.argv[2:])
