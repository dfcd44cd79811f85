"""Backups from the desk on a real SQLite shop: the manager's menu (back up, restore, the
folder), the daily copy the desk makes, the Backup section of the settings, and the data
folder in the About box. File dialogs are answered by a stand-in; message boxes are real."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import SYSTEM, Role
from app.backup.record import last_backup
from app.bootstrap import Services
from app.this_pc import workstation
from tests.factories import intake_request, row_counts
from tests.ui.conftest import make_desk
from tests.ui.test_job_window import answer_modal
from ui.backup.actions import BackupActions
from ui.backup.system import SystemDialogs
from ui.settings.settings_page import SettingsPage
from ui.shell.main_window import MainWindow
from ui.start.desk_app import DeskSession


class StandInDialogs(SystemDialogs):
    """Answers the file dialogs as a person would have; remembers what it was offered."""

    def __init__(self, save: Path | None = None, open_: Path | None = None,
                 folder: Path | None = None) -> None:
        self.save, self.open, self.folder = save, open_, folder
        self.offered: list[Path] = []
        self.shown: list[Path] = []

    def save_path(self, parent: QWidget, title: str, suggested: Path) -> Path | None:
        self.offered.append(suggested)
        return self.save

    def open_path(self, parent: QWidget, title: str, folder: Path) -> Path | None:
        self.offered.append(folder)
        return self.open

    def choose_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        return self.folder

    def show_folder(self, folder: Path) -> bool:
        self.shown.append(folder)
        return True


@pytest.fixture(autouse=True)
def home(pc_home: Path) -> Path:
    return pc_home


def open_window(qtbot: QtBot, services: Services, role: Role = Role.MANAGER) -> MainWindow:
    window = MainWindow(make_desk(services, role, "en"))
    qtbot.addWidget(window)
    window.show()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def press(text: str, seen: list[str], then: Callable[[], None] | None = None,
          ) -> Callable[[QWidget], None]:
    """Remember a message box's text, press its button `text`, then expect the next box."""
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        if then is not None:
            then()
        button.click()
    return handle


def menu_actions(window: MainWindow) -> BackupActions:
    assert window.backup_menu is not None
    return window.backup_menu.actions


def test_only_the_manager_has_the_backup_menu(qtbot: QtBot, shop_services: Services) -> None:
    for role in (Role.RECEPTION, Role.TECHNICIAN):
        window = open_window(qtbot, shop_services, role)
        assert window.backup_menu is None and "Backup" not in menu_titles(window)
    window = open_window(qtbot, shop_services)
    assert menu_titles(window) == ["Backup", "Help"]
    menu = window.backup_menu
    assert menu is not None
    qtbot.waitUntil(lambda: menu.last.text() == "No backup has been made yet")
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "No backup has been made yet", "Back up now…", "Restore from backup…",
        "Open backups folder"]
    assert not menu.last.isEnabled()


def test_back_up_now_saves_where_the_manager_chose_and_the_menu_says_when(
        qtbot: QtBot, shop_services: Services, tmp_path: Path, home: Path) -> None:
    window = open_window(qtbot, shop_services)
    shop_services.jobs.intake(window.desk.actor, intake_request(1))
    target = tmp_path / "usb" / "before the holidays.tamirgah-backup"
    dialogs = StandInDialogs(save=target)
    actions = menu_actions(window)
    actions.system = dialogs
    seen: list[str] = []
    answer_modal(press("OK", seen), QMessageBox)
    assert window.backup_menu is not None
    window.backup_menu.back_up.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    suggested = dialogs.offered[0]
    assert suggested.parent == home / "backups"
    assert re.fullmatch(r"tamirgah-\d{4}-\d{2}-\d{2}-\d{4}\.tamirgah-backup", suggested.name)
    assert target.is_file() and str(target) in seen[0] and "jobs: 1)" in seen[0]
    assert actions.working is None  # the progress dialog is gone
    record = last_backup(shop_services.db)
    assert record is not None and record.file == str(target)
    menu = window.backup_menu
    menu.menu.aboutToShow.emit()
    qtbot.waitUntil(lambda: "before the holidays" in menu.last.text())
    assert menu.last.text().startswith("Last backup: 20")

    actions.open_folder()  # where the backups go is read off the UI thread first
    qtbot.waitUntil(lambda: dialogs.shown == [home / "backups"])
    assert (home / "backups").is_dir()


def test_a_failed_backup_is_shown_and_records_nothing(qtbot: QtBot, shop_services: Services,
                                                      tmp_path: Path) -> None:
    window = open_window(qtbot, shop_services)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    menu_actions(window).system = StandInDialogs(save=blocker / "copy.tamirgah-backup")
    seen: list[str] = []
    answer_modal(press("OK", seen), QMessageBox)
    menu_actions(window).back_up_now()
    qtbot.waitUntil(lambda: bool(seen))
    assert "Cannot write the backup into" in seen[0] and str(blocker) in seen[0]
    assert last_backup(shop_services.db) is None


def test_restore_from_the_menu_replaces_the_data_and_the_desk_shows_it(
        qtbot: QtBot, qapp: QApplication, shop_services: Services, tmp_path: Path,
        home: Path) -> None:
    session = DeskSession(qapp, make_desk(shop_services, Role.MANAGER, "en"))
    first = session.open_window("en")  # the session deletes it when it builds the next
    actor = first.desk.actor
    kept = [shop_services.jobs.intake(actor, intake_request(n)).number for n in (1, 2)]
    monday = shop_services.backups.back_up_to(tmp_path / "monday.tamirgah-backup")
    at_monday = row_counts(shop_services)
    later = shop_services.jobs.intake(actor, intake_request(3)).number
    first.board.refresh()
    qtbot.waitUntil(lambda: first.board.model.rowCount() == 3)
    menu_actions(first).system = StandInDialogs(open_=monday.path)

    seen: list[str] = []
    answer_modal(press("Replace all data", seen,
                       then=lambda: answer_modal(press("OK", seen), QMessageBox)), QMessageBox)
    menu_actions(first).restore_from_backup()
    qtbot.waitUntil(lambda: session.window is not first, timeout=10_000)

    question, told = seen
    assert question.startswith("Restore this backup?\n\u200emonday.tamirgah-backup\u200e\n"
                               "Saved on 20")
    assert "ALL of the shop's current data" in question and "Jobs in it: 2." in question
    assert "restored from" in told and str(home / "backups") in told
    assert row_counts(shop_services) == at_monday
    second = session.window
    assert second is not None
    qtbot.addWidget(second)
    qtbot.waitUntil(lambda: second.board.model.rowCount() == 2)
    shown = {second.board.model.row_at(i).number for i in range(2)}
    assert shown == set(kept) and later not in shown
    before = list((home / "backups").glob("tamirgah-before-restore-*.tamirgah-backup"))
    assert len(before) == 1  # the replaced data, should it be wanted back
    record = last_backup(shop_services.db)
    assert record is not None and record.file == str(before[0])


def test_a_bad_file_is_refused_and_nothing_changes(qtbot: QtBot, shop_services: Services,
                                                   tmp_path: Path, home: Path) -> None:
    window = open_window(qtbot, shop_services)
    shop_services.jobs.intake(window.desk.actor, intake_request(1))
    before = row_counts(shop_services)
    junk = tmp_path / "invoice.tamirgah-backup"
    junk.write_bytes(b"%PDF-1.7 " + b"not a database " * 100)
    menu_actions(window).system = StandInDialogs(open_=junk)
    seen: list[str] = []
    answer_modal(press("OK", seen), QMessageBox)
    menu_actions(window).restore_from_backup()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["invoice.tamirgah-backup is not a Tamirgah backup (file is not a "
                    "database)"]
    assert row_counts(shop_services) == before
    assert not (home / "backups").exists()  # nothing saved, nothing replaced


def test_cancelling_the_question_changes_nothing(qtbot: QtBot, shop_services: Services,
                                                 tmp_path: Path) -> None:
    window = open_window(qtbot, shop_services)
    copy = shop_services.backups.back_up_to(tmp_path / "empty.tamirgah-backup")
    shop_services.jobs.intake(window.desk.actor, intake_request(1))
    before = row_counts(shop_services)
    menu_actions(window).system = StandInDialogs(open_=copy.path)
    seen: list[str] = []
    answer_modal(press("Cancel", seen), QMessageBox)
    menu_actions(window).restore_from_backup()
    qtbot.waitUntil(lambda: bool(seen))
    qtbot.wait(100)
    assert row_counts(shop_services) == before


def test_a_backup_without_the_signed_in_user_signs_out(
        qtbot: QtBot, shop_services: Services, sqlite_template: Path, tmp_path: Path) -> None:
    other_shop = tmp_path / "other-shop.tamirgah-backup"
    shutil.copy(sqlite_template, other_shop)  # a new shop: no users at all
    window = open_window(qtbot, shop_services)
    menu_actions(window).system = StandInDialogs(open_=other_shop)
    seen: list[str] = []
    answer_modal(press("Replace all data", seen, then=lambda: answer_modal(
        press("OK", seen, then=lambda: answer_modal(press("OK", seen), QMessageBox)),
        QMessageBox)), QMessageBox)
    menu_actions(window).restore_from_backup()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert "Your user is not in the restored data" in seen[-1]


def test_the_desk_makes_the_daily_backup_and_says_when_it_cannot(
        qtbot: QtBot, shop_services: Services, tmp_path: Path, home: Path) -> None:
    demo = MainWindow(make_desk(shop_services, Role.MANAGER, "en", demo=True))
    qtbot.addWidget(demo)
    demo.daily_backups.look()
    assert not demo.daily_backups.running and not (home / "backups").exists()
    window = open_window(qtbot, shop_services, Role.RECEPTION)  # whoever signs in on this PC
    blocker = tmp_path / "full-disk"
    blocker.write_text("x")
    shop_services.settings.set(SYSTEM, "backup.folder", str(blocker / "backups"))
    window.daily_backups.look()
    qtbot.waitUntil(lambda: "could not be made" in window.statusBar().currentMessage())
    assert str(blocker) in window.statusBar().currentMessage()
    assert last_backup(shop_services.db) is None

    shop_services.settings.set(SYSTEM, "backup.folder", "")
    window.daily_backups.look()
    qtbot.waitUntil(lambda: "Today's backup is saved" in window.statusBar().currentMessage())
    made = list((home / "backups").glob("tamirgah-daily-*.tamirgah-backup"))
    assert len(made) == 1 and str(made[0]) in window.statusBar().currentMessage()
    window.daily_backups.look()  # later the same day: nothing new
    qtbot.waitUntil(lambda: not window.daily_backups.running)
    assert len(list((home / "backups").iterdir())) == 1
    window.close()
    assert window.daily_backups.stopped and not window.daily_backups.timer.isActive()


def test_the_backup_settings_and_the_data_folder(qtbot: QtBot, shop_services: Services,
                                                 tmp_path: Path, home: Path) -> None:
    page = SettingsPage(make_desk(shop_services, Role.MANAGER, "en"))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # the sections read off the UI thread
    section = page.backups
    assert page.nav.item(page.sections.index(section)).text() == "Backups"
    assert section.data_folder.text() == str(home)
    assert section.data_label.text() == "Data folder (chosen with TAMIRGAH_HOME)"
    assert section.data_folder.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert section.daily.isChecked() and section.keep.value() == 14
    assert section.here.isChecked()  # a one-PC shop makes it here
    qtbot.waitUntil(lambda: section.last_line.text() == "No backup has been made yet")

    section.folder.setText("backups")
    section.keep.setValue(0)
    section.save_button.click()
    assert section.errors["backup.folder"].text().startswith("Write the whole path")
    assert section.errors["backup.keep"].text() == "Between 1 and 3650."
    assert shop_services.settings.get("backup.folder") == ""  # nothing was written
    chosen = tmp_path / "Backups on D"
    section.backup_actions.system = StandInDialogs(folder=chosen,
                                                   save=chosen / "now.tamirgah-backup")
    section.browse.click()
    assert section.folder.text() == str(chosen)
    section.keep.setValue(30)
    section.daily.setChecked(False)
    section.save_button.click()
    qtbot.waitUntil(lambda: section.saved.text() == "Saved.")
    settings = shop_services.settings
    assert (settings.get("backup.folder"), settings.get("backup.keep"),
            settings.get("backup.daily")) == (str(chosen), 30, "no")

    section.here.setChecked(False)
    qtbot.waitUntil(lambda: workstation.get("backup_here") is False)

    seen: list[str] = []
    answer_modal(press("OK", seen), QMessageBox)
    section.back_up_button.click()
    qtbot.waitUntil(lambda: "now.tamirgah-backup" in section.last_line.text())
    assert (chosen / "now.tamirgah-backup").is_file()
    assert str(chosen / "now.tamirgah-backup") in section.last_where.text()


def test_the_about_box_names_the_data_folder_and_why(qtbot: QtBot, shop_services: Services,
                                                     home: Path) -> None:
    window = open_window(qtbot, shop_services, Role.TECHNICIAN)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        seen.append(box.text())
        box.accept()

    answer_modal(read, QMessageBox)
    window.show_about()
    assert f"The data folder (chosen with TAMIRGAH_HOME):\n{home}" in seen[0]
    assert "tamirgah.log" in seen[0]


def test_backing_up_onto_the_database_in_use_is_refused_in_words(
        qtbot: QtBot, shop_services: Services) -> None:
    from app.this_pc.files_in_use import sqlite_file

    window = open_window(qtbot, shop_services)
    shop_services.jobs.intake(window.desk.actor, intake_request(1))
    live = sqlite_file(shop_services.db.url)
    assert live is not None
    before = row_counts(shop_services)
    menu_actions(window).system = StandInDialogs(save=live.with_name(live.name + "-wal"))
    seen: list[str] = []
    answer_modal(press("OK", seen), QMessageBox)
    menu_actions(window).back_up_now()
    qtbot.waitUntil(lambda: bool(seen))
    assert "a file the shop is using" in seen[0] and "nothing was written" in seen[0]
    assert last_backup(shop_services.db) is None and row_counts(shop_services) == before
    assert shop_services.jobs.intake(window.desk.actor, intake_request(2)).number
