from pathlib import Path

from pytestqt.qtbot import QtBot

from app.auth.roles import SYSTEM
from app.bootstrap import build
from tests.factories import intake_request
from ui.main import MainWindow


def test_window_lists_pages_lazily_and_searches_as_you_type(qtbot: QtBot, sqlite_url: str,
                                                            tmp_path: Path) -> None:
    services = build(sqlite_url, migrate="never")
    numbers = [services.jobs.intake(SYSTEM, intake_request(i)).number for i in range(1, 61)]
    window = MainWindow(services, demo=True)
    qtbot.addWidget(window)
    window.show()
    model = window.model
    assert model.rowCount() == 50  # one page, not all 60
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 60 and not model.canFetchMore()
    assert "demo" in window.windowTitle() or "نمایشی" in window.windowTitle()
    qtbot.keyClicks(window.search_box, "0000042")
    assert model.rowCount() == 1 and model.row_at(0).number == numbers[41]
    window.grab().save(str(tmp_path / "main_window.png"))
    assert (tmp_path / "main_window.png").stat().st_size > 1000
    services.close()
