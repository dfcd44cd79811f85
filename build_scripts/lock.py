"""Writes build_scripts/bundle-lock.txt, the pinned versions the shop's bundle is built from.

    python build_scripts/lock.py                       # follow pyproject.toml, keep the pins
    python build_scripts/lock.py --upgrade-package X   # move X (and what it needs) to its newest
    python build_scripts/lock.py --upgrade             # move everything to its newest
    python build_scripts/lock.py --check               # exit 1 if the lock is behind pyproject

The lock covers pyproject.toml's dependencies, the `build` extra (PyInstaller) and the build
system (setuptools, wheel), for every platform (Windows, Linux, macOS) on Python 3.11 and
newer, with the hash of every file. It is made by uv's `pip compile`, installed on demand
into .venv-tools/ at the version below, so that one version writes the lock everywhere. Without
--upgrade the versions already pinned stay as they are: the lock moves only on purpose.
pyproject.toml keeps its ranges; the build installs this file (build_scripts/bundle_env.py).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_env
import dev

ROOT = dev.ROOT
UV_VERSION = "0.13.10"
TOOLS = ROOT / ".venv-tools"
TOOLS_BIN = TOOLS / ("Scripts" if os.name == "nt" else "bin")
UV = TOOLS_BIN / ("uv.exe" if os.name == "nt" else "uv")
PYTHON_FLOOR = "3.11"


def uv() -> Path:
    """uv at UV_VERSION in .venv-tools/, installed or replaced when it is not."""
    if UV.exists():
        found = subprocess.run([str(UV), "--version"], capture_output=True, text=True).stdout
        if found.split()[1:2] == [UV_VERSION]:
            return UV
    if not TOOLS.exists():
        venv.EnvBuilder(with_pip=True).create(TOOLS)
    python = TOOLS_BIN / ("python.exe" if os.name == "nt" else "python")
    dev.run([str(python), "-m", "pip", "install", "--quiet", f"uv=={UV_VERSION}"])
    return UV


def build_system() -> list[str]:
    """What pyproject.toml's [build-system] needs: the project is installed with these."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(pyproject["build-system"]["requires"])


def compile_command(output: Path, upgrade: bool, packages: list[str]) -> list[str]:
    command = [str(uv()), "pip", "compile", "pyproject.toml", "-", "--extra", "build",
               "--universal", "--python-version", PYTHON_FLOOR, "--generate-hashes",
               "--custom-compile-command", "python build_scripts/lock.py",
               "--output-file", str(output), "--quiet"]
    if upgrade:
        command.append("--upgrade")
    for name in packages:
        command += ["--upgrade-package", name]
    return command


def write(output: Path, upgrade: bool = False, packages: list[str] | None = None) -> None:
    """(Re)writes output; uv keeps the versions output already pins unless told to upgrade."""
    command = compile_command(output, upgrade, packages or [])
    print("+ " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True, text=True,
                   input="\n".join(build_system()) + "\n")


def check() -> int:
    """Whether the lock still follows pyproject.toml (needs the package index)."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / bundle_env.LOCK.name
        shutil.copyfile(bundle_env.LOCK, fresh)
        write(fresh)
        if filecmp.cmp(fresh, bundle_env.LOCK, shallow=False):
            print(f"{bundle_env.LOCK.name} follows pyproject.toml")
            return 0
    print(f"{bundle_env.LOCK.name} is behind pyproject.toml: run build_scripts/lock.py")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true",
                        help="newest versions of everything within pyproject's ranges")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME",
                        help="newest version of this package only (repeatable)")
    parser.add_argument("--check", action="store_true",
                        help="only say whether the lock follows pyproject.toml")
    args = parser.parse_args()
    if args.check:
        return check()
    write(bundle_env.LOCK, args.upgrade, args.upgrade_package)
    pins = sum(1 for line in bundle_env.LOCK.read_text(encoding="utf-8").splitlines()
               if line[:1].isalnum())
    print(f"{bundle_env.LOCK.relative_to(ROOT)}: {pins} pinned packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
