"""Printing through Qt: a real CUPS queue, the missing-printer offer, preview and rasterising."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.locale.text import isolate
from app.printing import printers
from app.printing.errors import PrinterUnavailable
from app.printing.render import render
from app.printing.service import JobPaper, PaperService
from tests.db.printing import samples
from tests.factories import intake_request, row_counts, user
from ui.launch import main
from ui.printing.desk import Outcome, PaperPrinting
from ui.printing.preview import PaperPreview
from ui.printing.printer import check_printer, print_paper
from ui.printing.raster import page_images


def _paper(document: str = "receipt", size: str | None = None, lang: str = "fa") -> JobPaper:
    job = samples.job(lang, delivered=document != "receipt")
    rendered = render(document, job, samples.SHOP_FA, lang=lang, size=size,
                      printed_at=samples.PRINTED)
    return JobPaper(job.id, job.number, document, lang, rendered)


def _completed_jobs(queue: str) -> set[str]:
    out = subprocess.run(["lpstat", "-W", "completed", "-o", queue], capture_output=True,
                         text=True, check=False).stdout
    return set(re.findall(rf"^({re.escape(queue)}-\d+)", out, re.M))


def _wait_for_new_completed(queue: str, before: set[str], seconds: float = 60) -> set[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        new = _completed_jobs(queue) - before
        if new:
            return new
        time.sleep(0.3)
    pending = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True,
                             check=False).stdout
    raise AssertionError(f"no print job completed on {queue} in {seconds} s; queued: {pending}")


def _cups_pdf_output(title: str, since: float) -> Path | None:
    for folder in (Path.home() / "PDF", *Path("/var/spool/cups-pdf").glob("*")):
        for path in folder.glob("*.pdf") if folder.is_dir() else ():
            if title in path.name and path.stat().st_mtime >= since - 1:
                return path
    return None


def test_a_receipt_prints_through_a_real_cups_queue(qapp: QApplication,
                                                    cups_queue: str) -> None:
    paper = _paper("receipt", "80mm")
    before = _completed_jobs(cups_queue)
    start = time.time()
    print_paper(paper, cups_queue)
    assert _wait_for_new_completed(cups_queue, before)
    title = paper.file_name.removesuffix(".pdf")
    output = None
    for _ in range(50):  # cups-pdf writes its file just after the job completes
        output = _cups_pdf_output(title, start)
        if output:
            break
        time.sleep(0.2)
    assert output is not None, "cups-pdf wrote no file for the job"
    printed = pdfium.PdfDocument(output)
    width, height = printed[0].get_size()
    assert len(printed) == 1
    assert width == pytest.approx(80 / 25.4 * 72, abs=2)  # the roll's width, not A4
    assert height == pytest.approx(paper.rendered.pages[0][1], abs=2)


def test_cli_prints_on_a_named_printer_and_records_it(qapp: QApplication, cups_queue: str,
                                                     services: Services,
                                                     workstation_home: Path) -> None:
    job = services.jobs.intake(user(services, Role.RECEPTION), intake_request())
    before = _completed_jobs(cups_queue)
    url = services.db.engine.url.render_as_string(hide_password=False)
    assert main(["--database", url, "print", "label", job.number, "--printer",  # + charger
                 cups_queue]) == 0
    _wait_for_new_completed(cups_queue, before)
    prints = [e.data for e in services.jobs.get(job.id).events if e.kind == "printed"]
    assert prints == [{"document": "label", "lang": "fa", "size": "50x30", "pages": 2,
                       "printer": cups_queue}]


def test_missing_printer_is_named_with_the_known_ones(qapp: QApplication) -> None:
    with pytest.raises(PrinterUnavailable) as err:
        check_printer("Nowhere-Printer")
    assert "Nowhere-Printer" in err.value.message and "PDF instead" in err.value.message
    assert f"چاپگر «{isolate('Nowhere-Printer')}»" in err.value.localized("fa")


def _answer_message_box(qtbot: QtBot, button_text: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.click()
    QTimer.singleShot(50, click)


def test_a_missing_printer_offers_the_pdf_and_records_the_save(
        qtbot: QtBot, services: Services, workstation_home: Path, tmp_path: Path) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    printers.set_printer("receipt", "Unplugged TM-T20")
    target = tmp_path / "kept.pdf"
    printing = PaperPrinting(PaperService(services.jobs, services.settings), desk,
                             lang="en", ask_path=lambda suggested: target)
    seen: list[str] = []
    _answer_message_box(qtbot, "Save as PDF…", seen)
    assert printing.settle(printing.spool(printing.render(job.id, "receipt"))) is Outcome.SAVED
    assert "Unplugged TM-T20" in seen[0] and "not known to this PC" in seen[0]
    assert target.read_bytes().startswith(b"%PDF")
    prints = [e.data for e in services.jobs.get(job.id).events if e.kind == "printed"]
    assert prints == [{"document": "receipt", "lang": "fa", "size": "80mm", "pages": 1,
                       "file": str(target)}]


def test_no_printer_set_and_cancel_changes_nothing(qtbot: QtBot, services: Services,
                                                  workstation_home: Path) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    before = row_counts(services)
    printing = PaperPrinting(PaperService(services.jobs, services.settings), desk, lang="fa",
                             ask_path=lambda suggested: None)
    seen: list[str] = []
    _answer_message_box(qtbot, "انصراف", seen)
    assert printing.settle(printing.spool(printing.render(job.id, "label"))) is Outcome.CANCELLED
    assert "چاپگری روی این رایانه تعیین نشده" in seen[0]
    assert row_counts(services) == before


def test_a_paper_on_this_pcs_printer_is_recorded_and_reprinted(qtbot: QtBot, cups_queue: str,
                                                 services: Services,
                                                 workstation_home: Path) -> None:
    desk = user(services, Role.RECEPTION)
    job = services.jobs.intake(desk, intake_request())
    printers.set_printer("a4", cups_queue)
    before = _completed_jobs(cups_queue)
    printing = PaperPrinting(PaperService(services.jobs, services.settings), desk)
    sheet = printing.render(job.id, "sheet", size="a5")
    assert printing.settle(printing.spool(sheet)) is Outcome.PRINTED
    _wait_for_new_completed(cups_queue, before)
    event = [e for e in services.jobs.get(job.id).events if e.kind == "printed"][-1]
    assert event.data["printer"] == cups_queue and event.data["size"] == "a5"
    before = _completed_jobs(cups_queue)
    again = printing.render_again(job.id, event.id)
    assert printing.settle(printing.spool(again)) is Outcome.PRINTED
    _wait_for_new_completed(cups_queue, before)
    kinds = [e.data.get("document") for e in services.jobs.get(job.id).events
             if e.kind == "printed"]
    assert kinds == ["sheet", "sheet"]


def test_preview_shows_every_page_and_offers_save_as_pdf(qtbot: QtBot) -> None:
    paper = _paper("invoice", "a5")
    thirty = render("invoice", samples.job("fa", lines=30), samples.SHOP_FA, lang="fa",
                    size="a5", printed_at=samples.PRINTED)
    paper = JobPaper(1, "1405-00123", "invoice", "fa", thirty)
    saved: list[bool] = []
    dialog = PaperPreview(paper, None, lambda: saved.append(True))
    qtbot.addWidget(dialog)
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()
    assert widget.pageCount() == paper.rendered.page_count >= 2
    dialog.save_action.trigger()
    assert saved == [True]


def test_pages_are_rasterised_at_the_printers_resolution(qapp: QApplication) -> None:
    paper = _paper("label", "50x30")
    images = list(page_images(paper.pdf, 203))
    assert len(images) == paper.rendered.page_count
    assert (images[0].width(), images[0].height()) == (round(50 / 25.4 * 203),
                                                       round(30 / 25.4 * 203))


def test_a_stopped_printer_is_refused_as_offline(qapp: QApplication, cups_queue: str) -> None:
    name = "TamirgahStoppedTest"
    subprocess.run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-m",
                    "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "-E"], capture_output=True, check=True)
    try:
        subprocess.run(["cupsdisable", name], check=True)
        with pytest.raises(PrinterUnavailable) as err:
            print_paper(_paper("label", "50x30"), name)
        assert "is offline or stopped" in err.value.message
    finally:
        subprocess.run(["lpadmin", "-x", name], check=False)
