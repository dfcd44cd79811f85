"""Builds the app a shop PC runs without Python: `python build_scripts/build.py`.

The result is one folder, dist/tamirgah/, holding `tamirgah` (the desk) and `tamirgah-cli` (the
commands, e.g. `tamirgah-cli self-test`), with `.exe` on Windows. The build environment,
.venv-build/, is made first from the pinned versions of build_scripts/bundle-lock.txt (see
bundle_env.py), the translations and the icon are built with it, then its PyInstaller runs
build_scripts/tamirgah.spec. At the end it prints the bundle size and, unless --no-timing, the
frozen app's start to the login window against the same from source.

    python build_scripts/build.py [--portable] [--archive] [--no-timing] [--no-build]

--portable puts portable.txt beside the executables: that copy keeps its data in data/ beside
them (for a USB stick) instead of the user's data folder. --archive also packs the folder into
dist/tamirgah-<version>-<platform>.zip (.tar.gz off Windows), the one file a shop is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_env
import dev

ROOT = dev.ROOT
DIST = ROOT / "dist" / "tamirgah"
WORK = ROOT / "build"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
DESK = DIST / f"tamirgah{EXE_SUFFIX}"
CLI = DIST / f"tamirgah-cli{EXE_SUFFIX}"
SIZE_GOAL_MB = 150
LOGIN_SHOWN = "login window shown"


# Qt's xcb plugin needs these; many desktops lack them, so a Linux build must find them here
# to put them into the bundle (PyInstaller only warns when one is missing).
XCB_LIBRARIES = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0",
                 "libxcb-keysyms.so.1", "libxcb-render-util.so.0", "libxkbcommon-x11.so.0")


def linux_prerequisites() -> None:
    def missing() -> list[str]:
        known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
        return [lib for lib in XCB_LIBRARIES if lib not in known]

    if missing() and shutil.which("apt-get"):
        subprocess.call(["bash", str(ROOT / "build_scripts" / "setup_linux_build.sh")])
    if missing():
        raise SystemExit("build: install the X client libraries the bundle must carry: "
                         + ", ".join(missing()))


def portable_data(folder: Path) -> list[Path]:
    """A portable copy's own data (data/ beside the program), which a build would delete."""
    data = folder / "data"
    return sorted(p for p in data.rglob("*") if p.is_file()) if data.is_dir() else []


def build(portable: bool) -> None:
    kept = portable_data(DIST)
    if kept:  # PyInstaller empties dist/tamirgah/, and with it a portable copy's database
        raise SystemExit(f"build: {DIST / 'data'} holds a portable copy's data ({len(kept)} "
                         "files, such as its database); move that folder out of dist/ first, "
                         "the build replaces everything in dist/tamirgah/")
    if sys.platform.startswith("linux"):
        linux_prerequisites()
    python = str(bundle_env.ensure())
    dev.run([python, str(ROOT / "build_scripts" / "translations.py"), "build"])
    dev.run([python, str(ROOT / "build_scripts" / "make_icon.py"), "--ico",
             str(WORK / "icon" / "tamirgah.ico")],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    started = time.perf_counter()
    dev.run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level",
             "WARN", "--distpath", str(DIST.parent), "--workpath", str(WORK / "pyinstaller"),
             str(ROOT / "build_scripts" / "tamirgah.spec")])
    print(f"PyInstaller took {time.perf_counter() - started:.0f} s")
    if os.name != "nt":  # one executable serves both; see the spec
        CLI.unlink(missing_ok=True)
        CLI.symlink_to(DESK.name)
    marker = DIST / "portable.txt"
    if portable:
        marker.write_text("This copy keeps its data in the data folder beside it.\n",
                          encoding="utf-8")
    else:
        marker.unlink(missing_ok=True)


def archive() -> Path:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    base = DIST.parent / f"tamirgah-{version}-{sys.platform}"
    kind = "zip" if os.name == "nt" else "gztar"  # tar keeps the links the Linux build has
    return Path(shutil.make_archive(str(base), kind, DIST.parent, DIST.name))


def bundle_mb() -> float:
    return sum(p.stat().st_size for p in _files()) / 1e6


def _files() -> list[Path]:
    """Every file once: PyInstaller links Qt's libraries into place on Linux."""
    return [p for p in DIST.rglob("*") if p.is_file() and not p.is_symlink()]


def largest(count: int = 8) -> list[tuple[float, str]]:
    sizes = sorted(((p.stat().st_size / 1e6, str(p.relative_to(DIST))) for p in _files()),
                   reverse=True)
    return sizes[:count]


def start_to_login(command: list[str], home: Path) -> float:
    """Seconds from starting the process to its login window being on screen."""
    env = dict(os.environ, TAMIRGAH_HOME=str(home), TAMIRGAH_QUIT_AT_LOGIN="1",
               QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("TAMIRGAH_DATABASE_URL", None)
    started = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if LOGIN_SHOWN in line:
            elapsed = time.perf_counter() - started
            proc.wait(60)
            return elapsed
    raise SystemExit(f"{command[0]} never showed its login window (exit {proc.wait()})")


def drop_file_cache() -> bool:
    """A cold start means nothing of the program in the OS file cache; Linux lets root empty
    it. Elsewhere the first start after the build is the nearest to cold there is."""
    drop = Path("/proc/sys/vm/drop_caches")
    if not hasattr(os, "sync") or not os.access(drop, os.W_OK):
        return False
    os.sync()
    drop.write_text("3\n")
    return True


def timing(runs: int) -> None:
    """Cold (file cache emptied, where the OS allows it) and warm starts, frozen and source."""
    home = Path(tempfile.mkdtemp(prefix="tamirgah-start-"))
    try:
        dev.run([str(CLI), "demo", "--jobs", "200"],
                env=dict(os.environ, TAMIRGAH_HOME=str(home)))
        # Windows gives the desk executable no stdout to report through; the CLI one is the
        # same program with a console.
        programs = {"frozen": [str(CLI if os.name == "nt" else DESK)],
                    "from source": [str(bundle_env.BIN / f"tamirgah{EXE_SUFFIX}")]}
        for name, command in programs.items():
            cold = drop_file_cache()
            first = start_to_login(command, home)
            warm = statistics.median(start_to_login(command, home) for _ in range(runs))
            label = "cold (file cache emptied)" if cold else "first after the build"
            print(f"start to login window, {name + ':':12} {label} {first:.2f} s, "
                  f"warm median {warm:.2f} s of {runs}")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--portable", action="store_true",
                        help="keep the data beside the app (portable.txt)")
    parser.add_argument("--no-timing", action="store_true",
                        help="skip timing the start to the login window")
    parser.add_argument("--runs", type=int, default=5, help="starts timed after the first")
    parser.add_argument("--archive", action="store_true",
                        help="also pack dist/tamirgah/ into one .zip or .tar.gz")
    parser.add_argument("--no-build", action="store_true",
                        help="only report on the dist/tamirgah/ already built")
    args = parser.parse_args()
    if not args.no_build:
        build(args.portable)
    size = bundle_mb()
    print(f"bundle: {DIST} {size:.1f} MB unpacked (goal <= {SIZE_GOAL_MB} MB)")
    for mb, name in largest():
        print(f"  {mb:6.1f} MB  {name}")
    if args.archive:
        packed = archive()
        print(f"archive: {packed} {packed.stat().st_size / 1e6:.1f} MB")
    if not args.no_timing:
        timing(args.runs)
    return 0 if size <= SIZE_GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
