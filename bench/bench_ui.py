"""Desk app figures on a seeded database (default: the 1,000,000-job SQLite file that
bench_foundation.py seeds):

- launch to the login window, and login to the job board ready, each in a fresh process,
  against a bare PySide6 window started the same way (goal: board ready within 3× the bare
  window's start);
- last keystroke to search results shown (goal: ≤ 100 ms);
- scrolling the board page by page through N rows: the median, 99th percentile and worst
  frame of the UI thread (goals: median ≤ 16 ms, worst ≤ 50 ms), each page being read off
  it meanwhile;
- peak RSS with the database open (goal: ≤ 300 MB).

    .venv/bin/python bench/bench_ui.py --jobs 1000000
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = r'''
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtCore import QTimer
mode, url = sys.argv[1], sys.argv[2]
app = QApplication([])
def done(what):
    print(f"{{what}} {{time.perf_counter() - t0:.4f}}", flush=True)
if mode == "bare":
    w = QWidget(); w.resize(1200, 760); w.show()
    QTimer.singleShot(0, lambda: (done("shown"), app.quit()))
    app.exec()
    sys.exit()
from app.bootstrap import build
from ui.shell.i18n import apply_language
services = build(url, migrate="never")
apply_language(app, "fa")
from ui.start.login import LoginDialog
login = LoginDialog(services, "fa", demo=True)
login.show()
app.processEvents()
done("login")
from app.auth.roles import Role
from ui.shell.desk import Desk
from ui.shell.main_window import MainWindow
t1 = time.perf_counter()
actor = services.users.authenticate("reception", "demo1234")
window = MainWindow(Desk(services, actor, "fa", "jalali", True))
window.show()
app.processEvents()
while window.board.model.rowCount() == 0:  # the first page is read off the UI thread
    time.sleep(0.001)
    app.processEvents()
print(f"board {{time.perf_counter() - t1:.4f}}", flush=True)
'''


def launch(mode: str, url: str) -> dict[str, float]:
    """Wall seconds from spawning the process to each milestone it prints."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT)), mode, url],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        what, _inside = line.split()
        marks[what] = time.perf_counter() - started
        if what == "board":
            marks["board_after_login"] = float(_inside)
    proc.wait()
    return marks


def type_key(widget: QObject, ch: str) -> None:
    """One key press carrying `ch` (QTest's key clicks only know ASCII; names are Persian)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def interactive(url: str, rows: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import build
    from ui.shell.desk import Desk
    from ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    services = build(url, migrate="never")
    actor = services.users.authenticate("reception", "demo1234")
    window = MainWindow(Desk(services, actor, "en", "gregorian", True))
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    board = window.board
    from bench_terms import pick_terms

    terms = [(label, term) for label, some in pick_terms(services, 1405, 3).items()
             for term in some]
    waits = []
    for label, term in terms:
        board.search_box.clear()
        app.processEvents()
        for ch in term[:-1]:
            type_key(board.search_box, ch)
        app.processEvents()
        before = board.model.rowCount(), id(board.model.row_at(0)) if board.model.rowCount() else 0
        started = time.perf_counter()
        type_key(board.search_box, term[-1])
        while (board.model.rowCount(), id(board.model.row_at(0)) if board.model.rowCount()
               else 0) == before and time.perf_counter() - started < 5:
            app.processEvents()
        waits.append((label, (time.perf_counter() - started) * 1000))
    print("last keystroke to results shown, ms:")
    for label, ms in waits:
        print(f"  {label:22} {ms:7.1f}")
    print(f"  median {statistics.median(ms for _, ms in waits):.1f}, "
          f"max {max(ms for _, ms in waits):.1f}")

    board.search_box.clear()
    model = board.model
    while model.rowCount() == 0 or model.in_flight:
        time.sleep(0.001)
        app.processEvents()
    board.table.setFocus()
    bar = board.table.verticalScrollBar()
    frames: list[float] = []
    page_waits: list[float] = []
    while model.rowCount() < rows:
        started = time.perf_counter()  # a frame: the key, the scroll, the repaint
        QTest.keyClick(board.table, Qt.Key.Key_PageDown)
        bar.setValue(bar.maximum())
        app.processEvents()
        board.table.viewport().update()
        app.processEvents()
        frames.append((time.perf_counter() - started) * 1000)
        asked = time.perf_counter()
        while model.in_flight:  # the next page is read off the UI thread meanwhile
            started = time.perf_counter()
            app.processEvents()
            if model.in_flight:
                time.sleep(0.0005)
                continue
            board.table.viewport().update()  # the frame that takes the page in
            app.processEvents()
            frames.append((time.perf_counter() - started) * 1000)
            page_waits.append((time.perf_counter() - asked) * 1000)
    ordered = sorted(frames)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(f"scrolling to row {model.rowCount():,} ({len(page_waits)} pages read off the "
          f"UI thread, median {statistics.median(page_waits):.1f} ms each): {len(frames)} frames, "
          f"median {statistics.median(frames):.1f} ms, p99 {p99:.1f} ms, "
          f"worst {max(frames):.1f} ms")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with the database open and {board.model.rowCount():,} rows loaded: "
          f"{peak:.0f} MB")
    window.close()
    services.close()


def main() -> None:
    from bench_seed import default_url

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=1_000_000)
    parser.add_argument("--url", help="a seeded database (default: bench/data's file)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scroll-rows", type=int, default=20_000)
    args = parser.parse_args()
    url = args.url or default_url("sqlite", args.jobs)
    bare = [launch("bare", url)["shown"] for _ in range(args.runs)]
    desk = [launch("desk", url) for _ in range(args.runs)]
    bare_s = statistics.median(bare)
    login_s = statistics.median(d["login"] for d in desk)
    board_s = statistics.median(d["board_after_login"] for d in desk)
    print(f"{url}: median of {args.runs} fresh processes")
    print(f"  bare PySide6 window shown: {bare_s:.2f} s")
    print(f"  launch to login window:    {login_s:.2f} s")
    print(f"  login to board ready:      {board_s:.2f} s "
          f"({board_s / bare_s:.1f}× the bare window)")
    interactive(url, args.scroll_rows)


if __name__ == "__main__":
    main()
