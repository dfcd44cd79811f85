"""Render time of printed papers: the 80 mm intake receipt (goal at most 40 ms) and an A4
invoice with 30 lines. Prints the median and p95 of N renders, after one warm-up render that
registers the fonts.

    .venv/bin/python bench/bench_printing.py [--runs 50] [--printer NAME]

With --printer it also times handing each paper to that printer through Qt (what the desk
does in the background after a save): 5 runs each, offscreen.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.jobs.views import JobDetail
from app.printing.render import render
from app.printing.service import JobPaper
from app.printing.surface import qr_modules
from tests.db.printing import samples


def _time(label: str, runs: int, make: Callable[[], bytes]) -> None:
    make()  # fonts registered, caches warm: the desk renders many papers per session
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"{label:44} median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms   "
          f"({runs} runs)")


def _first_render_ms() -> float:
    start = time.perf_counter()
    render("receipt", samples.job("fa", delivered=False), samples.SHOP_FA, lang="fa",
           size="80mm")
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--printer", help="also time printing on this printer (e.g. PDF)")
    args = parser.parse_args()
    runs = args.runs
    print(f"first render in this process (fonts registered): {_first_render_ms():.1f} ms")
    receipt_fa = samples.job("fa", delivered=False)
    receipt_en = samples.job("en", delivered=False)
    invoice_fa = samples.job("fa", lines=30)
    _time("intake receipt 80 mm, Persian", runs,
          lambda: render("receipt", receipt_fa, samples.SHOP_FA, lang="fa", size="80mm").pdf)
    _time("intake receipt 80 mm, Persian, QR not cached", runs,
          lambda: (qr_modules.cache_clear(),
                   render("receipt", receipt_fa, samples.SHOP_FA, lang="fa", size="80mm"))[1].pdf)
    _time("intake receipt 80 mm, English", runs,
          lambda: render("receipt", receipt_en, samples.SHOP_EN, lang="en", size="80mm").pdf)
    _time("invoice A4, 30 lines, Persian", runs,
          lambda: render("invoice", invoice_fa, samples.SHOP_FA, lang="fa", size="a4").pdf)
    _time("device label 50x30 + 2 accessory labels, Persian", runs,
          lambda: render("label", receipt_fa, samples.SHOP_FA, lang="fa", size="50x30").pdf)
    if args.printer:
        _time_printing(args.printer, receipt_fa, invoice_fa)


def _time_printing(printer: str, receipt: JobDetail, invoice: JobDetail) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.printing.printer import print_paper

    _app = QApplication.instance() or QApplication([])
    for document, job, size in (("receipt", receipt, "80mm"), ("label", receipt, "50x30"),
                                ("invoice", invoice, "a4")):
        paper = JobPaper(job.id, job.number, document, "fa",
                         render(document, job, samples.SHOP_FA, lang="fa", size=size))
        _time(f"print {document} {size} on {printer}", 5,
              lambda paper=paper: print_paper(paper, printer))


if __name__ == "__main__":
    main()
