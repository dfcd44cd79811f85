from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.jobs.workflow import Status
from tests.factories import intake_request
from tests.ui.conftest import make_desk
from ui.board.colours import status_colour
from ui.shell.i18n import apply_language
from ui.shell.main_window import MainWindow
from ui.shell.scanner import ScannerFilter


def test_board_pages_lazily_searches_as_you_type_and_colours_statuses(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en", demo=True)
    numbers = [shop_services.jobs.intake(desk.actor, intake_request(i)).number
               for i in range(1, 61)]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    model = window.board.model
    qtbot.waitUntil(lambda: model.rowCount() == 50)  # pages are read off the UI thread
    assert model.canFetchMore()  # one page, not all 60
    model.fetchMore()
    assert not model.canFetchMore()  # while the page is on its way
    qtbot.waitUntil(lambda: model.rowCount() == 60)
    assert not model.canFetchMore()
    assert "(demo)" in window.windowTitle()
    first = model.index(0, 0)
    assert model.data(first, Qt.ItemDataRole.BackgroundRole) == status_colour(Status.RECEIVED)
    qtbot.keyClicks(window.board.search_box, "0000042")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).number == numbers[41]
    qtbot.waitUntil(lambda: "Received 60" in window.board.count_buttons[Status.RECEIVED].text())
    window.grab().save(str(tmp_path / "board_en.png"))


def test_board_filters_by_status_and_overdue(qtbot: QtBot, shop_services: Services) -> None:
    desk = make_desk(shop_services, Role.MANAGER, "en")
    tech = make_desk(shop_services, Role.TECHNICIAN, "en").actor
    jobs = [shop_services.jobs.intake(desk.actor, intake_request(i)) for i in range(3)]
    shop_services.jobs.change_status(tech, jobs[0].id, Status.DIAGNOSING, jobs[0].version)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    board = window.board
    board.show_status(Status.DIAGNOSING)
    qtbot.waitUntil(lambda: board.model.rowCount() == 1)
    assert board.model.row_at(0).number == jobs[0].number
    board.status.setCurrentIndex(board.status.findData("open"))
    qtbot.waitUntil(lambda: board.model.rowCount() == 3)
    board.overdue.setChecked(True)  # no promised date has passed
    qtbot.waitUntil(lambda: board.model.rowCount() == 0)


def test_persian_board_is_right_to_left_with_persian_digits(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desk = make_desk(shop_services, Role.RECEPTION, "fa")
    shop_services.jobs.intake(desk.actor, intake_request(7))
    apply_language(app, "fa")
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        assert window.isRightToLeft()
        qtbot.waitUntil(lambda: window.board.model.rowCount() == 1)
        number = window.board.model.data(window.board.model.index(0, 0))
        assert number.startswith("۱۴") and "-" in number
        qtbot.waitUntil(lambda: "۱" in window.board.count_buttons[Status.RECEIVED].text())
        window.grab().save(str(tmp_path / "board_fa.png"))
    finally:
        apply_language(app, "en")


def test_a_scanner_burst_opens_the_job_from_any_field(qtbot: QtBot,
                                                      shop_services: Services) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    jobs = [shop_services.jobs.intake(desk.actor, intake_request(i)) for i in range(3)]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    opened: list[str] = []
    moments = iter(x / 1000 for x in range(0, 100_000, 10))  # 10 ms apart: a scanner
    scanner = ScannerFilter(opened.append, clock=lambda: next(moments))
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(scanner)
    try:
        field = window.board.search_box
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, jobs[1].number)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert opened == [jobs[1].number]
        assert field.text() == ""  # the scanned characters are taken back out of the field
        slow = iter(x / 10 for x in range(0, 1000))  # 100 ms apart: a person typing
        scanner.clock = lambda: next(slow)
        qtbot.keyClicks(field, jobs[2].number)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert opened == [jobs[1].number]
    finally:
        app.removeEventFilter(scanner)


def test_scanned_number_opens_that_job(qtbot: QtBot, shop_services: Services) -> None:
    desk = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(desk.actor, intake_request(3))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.open_number(job.number)
    qtbot.waitUntil(lambda: window.board.model.rowCount() == 1)
    assert window.board.model.row_at(0).id == job.id
    assert dt.date.today()  # the board still answers after the lookup
