"""Several workstations: one PC's change shows on another's board without a refresh, and a
lost server is said out loud, retried, and picked up again."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.auth.roles import Role
from app.bootstrap import build
from tests.factories import intake_request, user
from tests.ui.conftest import make_desk
from tests.ui.tcp_proxy import TcpProxy
from ui.shell.main_window import MainWindow


def test_a_job_taken_in_at_reception_reaches_the_technicians_board(qtbot: QtBot,
                                                                  db_url: str) -> None:
    bench_pc, desk_pc = build(db_url, migrate="never"), build(db_url, migrate="never")
    try:
        window = MainWindow(make_desk(bench_pc, Role.TECHNICIAN, "en"))
        qtbot.addWidget(window)
        assert window.board.model.rowCount() == 0
        job = desk_pc.jobs.intake(user(desk_pc, Role.RECEPTION), intake_request(11))
        qtbot.waitUntil(lambda: window.board.model.rowCount() == 1, timeout=2000)
        assert window.board.model.row_at(0).number == job.number
        window.close()
    finally:
        bench_pc.close()
        desk_pc.close()


@pytest.mark.postgres
def test_the_server_going_away_is_said_and_the_board_picks_up_again(qtbot: QtBot,
                                                                    pg_url: str) -> None:
    server = make_url(pg_url)
    with TcpProxy((server.host or "127.0.0.1", server.port or 5432)) as proxy:
        via_proxy = server.set(host="127.0.0.1", port=proxy.port)
        services = build(via_proxy.render_as_string(hide_password=False), migrate="never")
        other = build(pg_url, migrate="never")
        try:
            window = MainWindow(make_desk(services, Role.RECEPTION, "en"))
            qtbot.addWidget(window)
            window.board.search_box.setText("typed before the drop")
            proxy.cut()
            qtbot.waitUntil(lambda: not window.offline.isHidden(), timeout=5000)
            assert "cannot be reached" in window.offline.text()
            other.jobs.intake(user(other, Role.RECEPTION), intake_request(12))
            proxy.restore()
            qtbot.waitUntil(lambda: window.offline.isHidden(), timeout=8000)
            assert window.board.search_box.text() == "typed before the drop"
            window.board.search_box.clear()
            qtbot.waitUntil(lambda: window.board.model.rowCount() == 1, timeout=5000)
            window.close()
        finally:
            services.close()
            other.close()
