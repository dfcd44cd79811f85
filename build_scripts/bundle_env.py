"""The environment the shop's bundle is built in: .venv-build/, made from the lock alone.

build_scripts/bundle-lock.txt (written by build_scripts/lock.py) pins every package the app
and PyInstaller need, with hashes. The build environment holds exactly that, installed with
`pip install --require-hashes`, plus the project itself (editable, without its dependencies):
no range is resolved at build time, so two builds of one commit carry the same libraries.
The developers' .venv, where the ranges in pyproject.toml are resolved, is left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tomllib
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import dev

ROOT = dev.ROOT
LOCK = ROOT / "build_scripts" / "bundle-lock.txt"
VENV = ROOT / ".venv-build"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def install_commands(python: Path = PYTHON) -> list[list[str]]:
    """The locked packages, every one checked against its hashes; then the project, whose
    dependencies are all in the lock, built with the lock's setuptools."""
    pip = [str(python), "-m", "pip", "install", "--quiet"]
    return [
        [*pip, "--require-hashes", "--only-binary", ":all:", "-r", str(LOCK)],
        [*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
    ]


def stamp() -> Path:
    """Names what the environment was made from: the lock and the project's metadata (its
    entry points among them), not the tools' settings that share pyproject.toml."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    metadata = json.dumps([pyproject["project"], pyproject["build-system"]], sort_keys=True)
    digest = hashlib.sha256(LOCK.read_bytes() + metadata.encode())
    return VENV / f".made-from-{digest.hexdigest()[:16]}"


def ensure() -> Path:
    """The build environment's Python, made anew whenever the lock or pyproject.toml changed,
    so that it never keeps a package the lock no longer names."""
    if sys.version_info < (3, 11):  # noqa: UP036 - a build machine's Python may be old
        sys.exit("Tamirgah needs Python 3.11 or newer")
    if not LOCK.is_file():
        sys.exit(f"build: {LOCK.name} is missing; make it with build_scripts/lock.py")
    if stamp().exists():
        return PYTHON
    if VENV.exists():
        print(f"making {VENV} anew from {LOCK.name}", flush=True)
        shutil.rmtree(VENV)
    else:
        print(f"creating {VENV} from {LOCK.name}", flush=True)
    venv.EnvBuilder(with_pip=True).create(VENV)
    for command in install_commands():
        dev.run(command)
    stamp().touch()
    return PYTHON
