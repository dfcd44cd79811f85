"""The desk fits the screens shops have: every page and dialog at 1280×720, in both languages,
and the main window on a 1366×768 laptop at 125% scaling (1093×614 logical pixels, less the
taskbar and the window's title bar). TAMIRGAH_PICTURES=<folder> keeps the pictures there, to
look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.demo import load_demo
from app.jobs.workflow import Status
from build_scripts.translations import build as build_translations
from tests.factories import intake_request
from tests.ui.conftest import make_desk
from ui.shell.i18n import apply_language
from ui.shell.main_window import MainWindow
from ui.start.first_run import FirstRunWizard
from ui.start.login import LoginDialog
from ui.start.server_form import ServerDialog
from ui.start.start_problem import StartProblemBox

SMALL = QSize(1280, 720)
# 1366×768 at 125%: 1093×614 logical pixels, less a 40 px taskbar and a 30 px title bar.
LAPTOP_125 = QSize(1366 * 4 // 5, 768 * 4 // 5 - (40 * 4 // 5) - 30)


def fits(size: QSize, screen: QSize) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


@pytest.fixture(params=["fa", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    build_translations()
    apply_language(qapp, request.param)
    yield str(request.param)
    apply_language(qapp, "en")


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    target = Path(os.environ.get("TAMIRGAH_PICTURES") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.settings.loading and not window.reads.loading)
    counts = window.board.count_buttons
    qtbot.waitUntil(lambda: any(ch.isdigit() for ch in counts[Status.RECEIVED].text()))


def test_every_page_fits_a_small_laptop_and_the_chips_wrap(
        qtbot: QtBot, shop_services: Services, lang: str, pictures: Path) -> None:
    desk = make_desk(shop_services, Role.MANAGER, lang)
    for seed in range(3):
        shop_services.jobs.intake(desk.actor, intake_request(seed))
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    hint = window.minimumSizeHint()
    assert fits(hint, SMALL), hint
    assert fits(hint, LAPTOP_125), hint  # before: 1394 (fa) and 1467 (en) px wide
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.size() == SMALL)
    for position, (key, page) in enumerate(window.pages):
        window.nav.setCurrentRow(position)
        QApplication.processEvents()
        assert fits(page.minimumSizeHint(), page.size()), (key, page.minimumSizeHint())
        assert page.geometry().right() < window.width(), key
        window.grab().save(str(pictures / f"{key}_{lang}_1280.png"))
    # the fourteen status chips wrap onto a second line instead of widening the window
    window.nav.setCurrentRow(0)
    QApplication.processEvents()
    chips = list(window.board.count_buttons.values())
    assert len({button.y() for button in chips}) > 1
    assert all(window.board.counts.rect().contains(button.geometry()) for button in chips)
    assert all(button.isVisible() for button in chips)
    if lang == "fa":  # right to left: the first chip starts at the right
        first = chips[0]
        assert first.geometry().right() > window.board.counts.width() - 20

    window.resize(LAPTOP_125)
    qtbot.waitUntil(lambda: window.size() == LAPTOP_125)
    QApplication.processEvents()
    window.grab().save(str(pictures / f"board_{lang}_125.png"))
    assert all(window.board.counts.rect().contains(button.geometry()) for button in chips)


def test_every_settings_section_fits_beside_both_lists_at_1280(
        qtbot: QtBot, shop_services: Services, lang: str, pictures: Path) -> None:
    window = MainWindow(make_desk(shop_services, Role.MANAGER, lang))
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    settle(qtbot, window)
    window.nav.setCurrentRow([key for key, _ in window.pages].index("settings"))
    settings = window.settings
    for position, section in enumerate(settings.sections):
        settings.nav.setCurrentRow(position)
        QApplication.processEvents()
        scroll = settings.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible(), type(section).__name__
        window.grab().save(str(pictures / f"settings_{position}_{lang}.png"))


def test_the_start_dialogs_fit_a_small_laptop(
        qtbot: QtBot, shop_services: Services, lang: str, pictures: Path) -> None:
    load_demo(shop_services.db, jobs=3)
    dialogs: dict[str, QWidget] = {
        "login": LoginDialog(shop_services, lang),
        "login_demo": LoginDialog(shop_services, lang, demo=True),
        "server": ServerDialog(),
        "start_problem": StartProblemBox(
            ConnectionRefusedError("could not connect to server: Connection refused"),
            "postgresql://tamirgah@192.168.1.20:5432/tamirgah", choices=True, lang=lang),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert fits(dialog.minimumSizeHint(), SMALL), (name, dialog.minimumSizeHint())
        assert fits(dialog.size(), SMALL), (name, dialog.size())
        dialog.grab().save(str(pictures / f"{name}_{lang}.png"))
    login = dialogs["login_demo"]
    assert isinstance(login, LoginDialog)
    qtbot.waitUntil(lambda: login.demo_users.count() == 4 and login.shop.isVisible())
    assert login.width() >= 400 and login.heading.text() in ("Tamirgah", "تعمیرگاه")
    assert login.login_button.text() in ("Log in", "ورود")
    roles = " ".join(login.demo_users.item(row).text() for row in range(4))
    assert ("(مدیر)" in roles and "manager)" not in roles) if lang == "fa" else "(manager)" in roles


def test_the_first_run_wizard_fits_1280x720(qtbot: QtBot, shop_services: Services,
                                           lang: str, pictures: Path) -> None:
    wizard = FirstRunWizard(shop_services)
    qtbot.addWidget(wizard)
    wizard.show()
    QApplication.processEvents()
    for page in range(3):
        assert fits(wizard.minimumSize(), SMALL) and fits(wizard.size(), SMALL)
        wizard.grab().save(str(pictures / f"first_run_{page}_{lang}.png"))
        wizard.next()
        QApplication.processEvents()
    joining = FirstRunWizard(shop_services)
    qtbot.addWidget(joining)
    joining.show()
    assert not joining.language_page.server.isVisible()  # a new shop, the usual first run
    assert fits(joining.sizeHint(), LAPTOP_125)
    joining.language_page.join.setChecked(True)
    QApplication.processEvents()
    assert joining.language_page.server.isVisible()
    assert fits(joining.minimumSize(), SMALL)
    joining.grab().save(str(pictures / f"first_run_join_{lang}.png"))
