"""The frozen app's smoke test, run by .ci/run: `python build_scripts/smoke.py [--no-build]`.

Builds dist/tamirgah/ (unless --no-build), checks that what the app needs is in the bundle and
what it must not carry is not, copies the folder somewhere else and runs it there, offscreen,
with a fresh data folder and a bare environment: demo data, `self-test` in both languages,
`print receipt` to a PDF (and to the CUPS queue PDF when there is one), a backup and its restore,
the desk up to its login window, and portable mode. Any failure ends it with exit 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build  # the build and its paths

REQUIRED = [
    "resources/fonts/Vazirmatn-Regular.ttf", "resources/fonts/Vazirmatn-Bold.ttf",
    "resources/fonts/OFL.txt", "resources/icons/tamirgah.png", "resources/icons/LICENSE.txt",
    "resources/translations/tamirgah_shell_fa.qm", "PySide6/Qt/translations/qtbase_fa.qm",
    "db/migrations/env.py", "db/migrations/script.py.mako",
]
if sys.platform.startswith("linux"):
    REQUIRED += list(build.XCB_LIBRARIES)  # Qt's xcb plugin; many desktops lack them
FORBIDDEN = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Pdf")


class SmokeFailure(Exception):
    pass


def check_contents(dist: Path) -> str:
    internal = dist / "_internal"
    missing = [name for name in REQUIRED if not (internal / name).is_file()]
    catalogues = {p.stem for p in (build.ROOT / "resources" / "translations").glob("*.ts")}
    shipped = {p.stem for p in (internal / "resources" / "translations").glob("*.qm")}
    missing += [f"resources/translations/{name}.qm" for name in sorted(catalogues - shipped)]
    versions = build.ROOT / "db" / "migrations" / "versions"
    missing += [f"db/migrations/versions/{p.name}" for p in versions.glob("0*.py")
                if not (internal / "db" / "migrations" / "versions" / p.name).is_file()]
    if not any(internal.glob("tamirgah*info/entry_points.txt")):
        missing.append("tamirgah's package metadata (entry_points.txt)")
    if missing:
        raise SmokeFailure("missing from the bundle: " + ", ".join(missing))
    unwanted = sorted({p.name for p in internal.rglob("*") if any(n in p.name for n in FORBIDDEN)})
    if unwanted:
        raise SmokeFailure("Qt modules that should be left out: " + ", ".join(unwanted))
    return f"{len(REQUIRED) + len(catalogues)} required files present, no QML/WebEngine/3D"


class FrozenApp:
    """The copied bundle, run the way a shop PC runs it: no Python, no project, no venv."""

    def __init__(self, folder: Path, home: Path | None) -> None:
        self.folder = folder
        self.env = {"PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ["PATH"],
                    "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        for key in ("SYSTEMROOT", "TEMP", "TMP", "HOME", "USERPROFILE", "LOCALAPPDATA",
                    "APPDATA"):
            if key in os.environ:
                self.env[key] = os.environ[key]
        if home is not None:
            self.env["TAMIRGAH_HOME"] = str(home)

    def run(self, *args: str, program: str = "tamirgah-cli", expect: int = 0,
            extra_env: dict[str, str] | None = None) -> str:
        exe = self.folder / (program + build.EXE_SUFFIX)
        done = subprocess.run([str(exe), *args], cwd=self.folder.parent, capture_output=True,
                              text=True, encoding="utf-8", timeout=180,
                              env=dict(self.env, **(extra_env or {})))
        if done.returncode != expect:
            raise SmokeFailure(f"`{program} {' '.join(args)}` exited {done.returncode}, "
                               f"expected {expect}:\n{done.stdout}\n{done.stderr}")
        return done.stdout + done.stderr


def first_job(database: Path) -> str:
    with sqlite3.connect(database) as conn:
        row = conn.execute("SELECT number FROM jobs ORDER BY id LIMIT 1").fetchone()
    if row is None:
        raise SmokeFailure("the demo data has no jobs")
    return str(row[0])


def pdf_text(path: Path) -> str:
    if not path.is_file() or not path.read_bytes().startswith(b"%PDF"):
        raise SmokeFailure(f"{path.name} is not a PDF")
    if shutil.which("pdftotext") is None:
        return ""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def cups_pdf_queue() -> bool:
    if shutil.which("lpstat") is None:
        return False
    return subprocess.run(["lpstat", "-p", "PDF"], capture_output=True).returncode == 0


def run_app(folder: Path, work: Path) -> list[tuple[str, Callable[[], str]]]:
    home = work / "home"
    app = FrozenApp(folder, home)
    database = home / "tamirgah.db"

    def demo() -> str:
        out = app.run("demo", "--jobs", "40")
        return next(line for line in out.splitlines() if line.startswith("added"))

    def self_test_en() -> str:
        out = app.run("self-test", "--lang", "en")
        if "0 failed" not in out:
            raise SmokeFailure(out)
        return out.strip().splitlines()[-3]

    def self_test_fa() -> str:
        out = app.run("self-test", "--lang", "fa")
        if "پایگاه داده" not in out:
            raise SmokeFailure("the Persian report is not Persian:\n" + out)
        return "Persian report"

    def receipt() -> str:
        number = first_job(database)
        pdf = work / "receipt.pdf"
        app.run("print", "receipt", number, "--lang", "fa", "--out", str(pdf))
        text = pdf_text(pdf)
        if text and "رسید" not in text and "ﺭﺳﯿﺪ" not in text and number not in text:
            raise SmokeFailure("the receipt PDF lacks its title and job number:\n" + text)
        return f"receipt of {number}, {pdf.stat().st_size:,} bytes"

    def printer() -> str:
        if not cups_pdf_queue():
            return "no CUPS queue named PDF here: skipped"
        number = first_job(database)
        return app.run("print", "label", number, "--printer", "PDF").strip()

    def backup_restore() -> str:
        copy = work / "copy.tamirgah-backup"
        app.run("backup", str(copy))
        app.run("restore", str(copy))
        app.run("restore", str(work / "receipt.pdf"), expect=2)  # not a backup: refused
        return f"backup {copy.stat().st_size:,} bytes, restored; a PDF refused"

    def desk() -> str:
        started = time.perf_counter()
        out = app.run(program="tamirgah", extra_env={"TAMIRGAH_QUIT_AT_LOGIN": "1"})
        if build.LOGIN_SHOWN not in out:
            raise SmokeFailure("the desk did not show its login window:\n" + out)
        return f"login window after {time.perf_counter() - started:.2f} s"

    def desk_on_x() -> str:
        if not sys.platform.startswith("linux"):
            return "not Linux: skipped"
        with virtual_display() as display:
            if display is None:
                return "no Xvfb here: skipped"
            out = app.run(program="tamirgah", extra_env={
                "TAMIRGAH_QUIT_AT_LOGIN": "1", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
        if build.LOGIN_SHOWN not in out:
            raise SmokeFailure("the desk did not show its login window on X:\n" + out)
        return f"login window on the X display {display}"

    def no_python() -> str:
        hidden = python_folders()
        if not hidden or shutil.which("unshare") is None or os.geteuid() != 0:
            return "needs Linux, root and unshare to hide Python: skipped"
        mounts = "; ".join(f"mount -t tmpfs none '{folder}'" for folder in hidden)
        exe = app.folder / "tamirgah-cli"
        out = subprocess.run(["unshare", "-m", "sh", "-c", f"{mounts}; exec '{exe}' self-test"
                              " --lang en"], capture_output=True, text=True, timeout=180,
                             env=app.env, check=False)
        if out.returncode != 0 or "0 failed" not in out.stdout:
            raise SmokeFailure("self-test failed with Python hidden:\n" + out.stdout
                               + out.stderr)
        return f"self-test passes with {len(hidden)} Python folders hidden"

    def portable() -> str:
        stick = work / "stick" / folder.name
        shutil.copytree(folder, stick, symlinks=True)
        (stick / "portable.txt").write_text("portable\n", encoding="utf-8")
        FrozenApp(stick, None).run("demo", "--jobs", "3")
        if not (stick / "data" / "tamirgah.db").is_file():
            raise SmokeFailure("portable mode did not keep the database beside the program")
        return "data/tamirgah.db beside the program"

    return [("demo data", demo), ("self-test (en)", self_test_en),
            ("self-test (fa)", self_test_fa), ("print receipt", receipt),
            ("print on CUPS", printer), ("backup and restore", backup_restore),
            ("desk to login", desk), ("desk on an X display", desk_on_x),
            ("without any Python", no_python), ("portable mode", portable)]


def python_folders() -> list[str]:
    """Every Python installation and library folder this machine has, and the project."""
    if not sys.platform.startswith("linux"):
        return []
    found = {sys.base_prefix, sys.prefix, str(build.ROOT)}
    for pattern in ("usr/lib/python3*", "usr/local/lib/python3*", "root/.pyenv"):
        found.update(str(p) for p in Path("/").glob(pattern))
    system = {"/", "/usr", "/usr/local", "/opt"}
    folders = sorted(f for f in found if Path(f).is_dir() and f not in system)
    return [f for f in folders if not any(f.startswith(g + "/") for g in folders)]


@contextmanager
def virtual_display() -> Iterator[str | None]:
    """Xvfb on a free display number, for as long as the block runs."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="test the dist/ already built")
    args = parser.parse_args()
    started = time.perf_counter()
    if not args.no_build:
        build.build(portable=False)
    size = build.bundle_mb()
    print(f"bundle: {size:.1f} MB (goal <= {build.SIZE_GOAL_MB} MB)")
    work = Path(tempfile.mkdtemp(prefix="tamirgah-smoke-"))
    failures = 0
    try:
        folder = work / "app" / build.DIST.name
        shutil.copytree(build.DIST, folder, symlinks=True)  # away from the project and venv
        steps = [("bundle contents", lambda: check_contents(folder)),
                 *run_app(folder, work)]
        for name, step in steps:
            try:
                print(f"ok      {name}: {step()}", flush=True)
            except (SmokeFailure, subprocess.SubprocessError, OSError) as err:
                failures += 1
                print(f"FAILED  {name}: {err}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if size > build.SIZE_GOAL_MB:
        failures += 1
        print(f"FAILED  bundle size {size:.1f} MB is over {build.SIZE_GOAL_MB} MB")
    print(f"smoke test {'passed' if not failures else 'FAILED'} in "
          f"{time.perf_counter() - started:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
