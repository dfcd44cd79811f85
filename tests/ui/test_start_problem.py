"""The desk's first start on a shop PC: a database that cannot be opened is said in a window
in this PC's language, with what to do; a choice made there starts the desk normally."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.auth.roles import Role
from app.bootstrap import Services, build
from app.database.choice import keep
from app.this_pc import workstation
from app.this_pc.paths import default_database_url
from build_scripts.translations import build as build_translations
from db.engine import make_engine, normalize_url
from db.migrate import current_revision, upgrade
from tests.factories import user
from tests.ui.modal import on_modal
from ui.launch import main
from ui.shell.i18n import apply_language
from ui.start.desk_app import sign_in
from ui.start.first_run import FirstRunWizard
from ui.start.login import LoginDialog
from ui.start.server_form import ServerDialog, ServerForm
from ui.start.start_problem import ANOTHER, CLOSE, OWN_FILE, StartProblemBox, open_services

UNREACHABLE = "postgresql://tamirgah:s3cret-pw@127.0.0.1:1/tamirgah"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[Path]:
    """A fresh PC: its own data folder, no database named from outside; the desk's start sets
    up logging for the process, which is put back afterwards."""
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("TAMIRGAH_DATABASE_URL", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield tmp_path / "home"
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    apply_language(qapp, "en")


def box_text(box: QWidget) -> str:
    assert isinstance(box, StartProblemBox)
    return f"{box.text()}\n{box.informativeText()}"


def fill_server(form: ServerForm, url: str, **changes: Any) -> None:
    parsed = make_url(url).set(**changes)
    form.host.setText(parsed.host or "")
    form.port.setValue(parsed.port or 5432)
    form.database.setText(parsed.database or "")
    form.user.setText(parsed.username or "")
    form.password.setText(parsed.password or "")


def test_an_unreachable_server_is_named_and_this_pcs_own_file_starts_normally(
        qtbot: QtBot, home: Path) -> None:
    workstation.put("language", "en")
    keep(UNREACHABLE)
    seen: dict[str, object] = {}

    def wizard(window: QWidget) -> None:
        assert isinstance(window, FirstRunWizard)
        seen["wizard on"] = window.services.db.url
        window.reject()

    def box(window: QWidget) -> None:
        seen["text"] = box_text(window)
        seen["files then"] = sorted(p.name for p in home.glob("*.db"))
        assert isinstance(window, StartProblemBox)
        seen["buttons"] = sorted(b.text() for b in window.buttons())
        on_modal(FirstRunWizard, wizard)
        window.answers[OWN_FILE].click()

    on_modal(StartProblemBox, box)
    assert main([]) == 0  # `tamirgah` with no subcommand: the desk
    text = str(seen["text"])
    assert "cannot be reached" in text and "127.0.0.1:1" in text
    assert "server PC is switched on" in text and "s3cret-pw" not in text
    assert seen["buttons"] == ["Choose another database…", "Close", "Try again",
                               "Use this PC's own file"]
    assert seen["files then"] == []  # nothing was created before the user chose
    assert workstation.get("database_url") is None  # the choice is kept for the next start
    assert seen["wizard on"] == normalize_url(default_database_url())


def test_a_data_folder_that_cannot_be_made_is_said_and_closing_ends_the_start(
        qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home.parent.mkdir(exist_ok=True)
    blocker = home.parent / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TAMIRGAH_HOME", str(blocker / "Tamirgah"))
    seen: list[str] = []

    def box(window: QWidget) -> None:
        seen.append(box_text(window))
        assert isinstance(window, StartProblemBox)
        seen.append(" | ".join(sorted(window.answers)))
        window.answers[CLOSE].click()

    on_modal(StartProblemBox, box)
    assert main([]) == 1
    assert "cannot use its data folder" in seen[0] and "a-file" in seen[0]
    assert seen[1] == "again | another | close"  # no own file to fall back on


@pytest.mark.postgres
def test_a_server_at_an_older_revision_says_in_persian_to_run_the_upgrade(
        qtbot: QtBot, empty_pg: str, home: Path) -> None:
    build_translations()
    engine = make_engine(empty_pg)
    upgrade(engine, "0002")
    workstation.put("language", "fa")
    keep(empty_pg)
    seen: list[str] = []

    def box(window: QWidget) -> None:
        seen.append(box_text(window))
        assert isinstance(window, StartProblemBox) and window.isRightToLeft()
        assert OWN_FILE in window.answers
        window.answers[CLOSE].click()

    on_modal(StartProblemBox, box)
    try:
        assert main([]) == 1
        assert "tamirgah db upgrade" in seen[0] and "مدیر" in seen[0]
        assert make_url(empty_pg).database in seen[0]
        assert current_revision(engine) == "0002"  # an upgrade is the manager's decision
        assert not list(home.glob("*.db"))
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_choosing_the_shops_server_from_the_box_opens_it(qtbot: QtBot, pg_url: str,
                                                          home: Path) -> None:
    workstation.put("language", "en")
    keep(UNREACHABLE)

    def dialog(window: QWidget) -> None:
        assert isinstance(window, ServerDialog)
        assert not window.use_button.isEnabled()
        fill_server(window.form, pg_url)
        window.form.test_button.click()
        qtbot.waitUntil(window.use_button.isEnabled, timeout=10_000)
        window.use_button.click()

    def box(window: QWidget) -> None:
        assert isinstance(window, StartProblemBox)
        on_modal(ServerDialog, dialog)
        window.answers[ANOTHER].click()

    on_modal(StartProblemBox, box)
    services = open_services(lambda: UNREACHABLE)
    assert services is not None
    try:
        assert make_url(services.db.url).database == make_url(pg_url).database
        kept = make_url(str(workstation.get("database_url")))
        assert (kept.host, kept.port, kept.database) == ("127.0.0.1", 5432,
                                                         make_url(pg_url).database)
    finally:
        services.close()


def start_join(qtbot: QtBot, wizard: FirstRunWizard, url: str, **changes: Any) -> str:
    """Choose English and joining, type the server's details, test; the result line."""
    wizard.en.setChecked(True)
    wizard.language_page.join.setChecked(True)
    form = wizard.language_page.server
    fill_server(form, url, **changes)
    form.test_button.click()
    qtbot.waitUntil(lambda: form.test_button.isEnabled() and "Connecting" not in
                    form.result.text(), timeout=10_000)
    return form.result.text()


@pytest.mark.postgres
def test_a_pc_joins_the_shop_on_the_server_and_goes_to_its_login(qtbot: QtBot, pg_url: str,
                                                                  home: Path) -> None:
    server = build(pg_url, migrate="never")
    manager = user(server, Role.MANAGER, "boss")
    server.close()
    local = build(default_database_url())  # a brand-new PC's desk starts on its own file
    seen: dict[str, str] = {}

    def login(window: QWidget) -> None:
        assert isinstance(window, LoginDialog)
        seen["login on"] = window.services.db.url
        window.username.setText("boss")
        window.password.setText("secret-1")
        window.try_login()

    def wizard(window: QWidget) -> None:
        assert isinstance(window, FirstRunWizard)
        seen["result"] = start_join(qtbot, window, pg_url)
        finish = window.button(QWizard.WizardButton.FinishButton)
        seen["finish"] = finish.text()
        on_modal(LoginDialog, login)
        finish.click()

    on_modal(FirstRunWizard, wizard)
    signed_in = sign_in(local, demo=False)
    assert signed_in is not None, seen
    services, actor, lang = signed_in
    try:
        assert "holds a shop's data" in seen["result"] and seen["finish"] == "Join the shop"
        assert make_url(seen["login on"]).database == make_url(pg_url).database
        assert (actor.username, actor.role, lang) == (manager.username, "manager", "en")
        kept = make_url(str(workstation.get("database_url")))
        assert (kept.host, kept.database) == ("127.0.0.1", make_url(pg_url).database)
        assert workstation.get("language") == "en"
    finally:
        services.close()
    here = build(default_database_url(), migrate="never")
    try:
        assert not here.users.has_users()  # no shop was made in this PC's own file
    finally:
        here.close()


@pytest.mark.postgres
def test_a_blank_server_is_set_up_and_the_shop_is_created_there(qtbot: QtBot, empty_pg: str,
                                                                 home: Path) -> None:
    local = build(default_database_url())
    seen: dict[str, object] = {}

    def new_shop(window: QWidget) -> None:
        assert isinstance(window, FirstRunWizard)
        seen["join offered"] = window.language_page.join.isVisibleTo(window)
        window.next()
        window.shop_name.setText("Novin Mobile")
        window.shop_phone.setText("021 8888 1234")
        window.next()
        for field, text in ((window.username, "sara"), (window.full_name, "Sara"),
                            (window.password, "counter-42"),
                            (window.password_again, "counter-42")):
            field.setText(text)
        window.button(QWizard.WizardButton.FinishButton).click()

    def join(window: QWidget) -> None:
        assert isinstance(window, FirstRunWizard)
        seen["result"] = start_join(qtbot, window, empty_pg)
        on_modal(FirstRunWizard, new_shop)
        window.button(QWizard.WizardButton.FinishButton).click()

    on_modal(FirstRunWizard, join)
    signed_in = sign_in(local, demo=False)
    assert signed_in is not None
    services, actor, _ = signed_in
    try:
        assert "no Tamirgah data yet" in str(seen["result"])
        assert seen["join offered"] is False
        assert make_url(services.db.url).database == make_url(empty_pg).database
        assert actor.username == "sara" and services.settings.get("shop.name") == "Novin Mobile"
    finally:
        services.close()


@pytest.mark.postgres
def test_the_wizard_says_why_a_server_cannot_be_joined_and_keeps_nothing(
        qtbot: QtBot, shop_services: Services, pg_url: str, home: Path) -> None:
    wizard = FirstRunWizard(shop_services)
    qtbot.addWidget(wizard)
    wizard.show()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    result = start_join(qtbot, wizard, pg_url, port=1)
    assert "cannot be reached" in result and "Connection refused" in result
    assert not finish.isEnabled()
    # The test server trusts local connections, so a user it does not know stands for a
    # wrong password: the server answers and turns the connection down.
    result = start_join(qtbot, wizard, pg_url, username="nobody_here")
    assert "answered but refused" in result and "nobody_here" in result
    assert not finish.isEnabled() and not wizard.validateCurrentPage()
    assert workstation.get("database_url") is None and wizard.joined is None
    wizard.language_page.server.host.setText("")
    wizard.language_page.server.test_button.click()
    assert "name or IP address" in wizard.language_page.server.result.text()


def test_a_database_from_a_newer_version_asks_to_update_this_pc(
        qtbot: QtBot, sqlite_url: str, home: Path) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    keep(sqlite_url)
    seen: list[str] = []

    def box(window: QWidget) -> None:
        seen.append(box_text(window))
        window.answers[CLOSE].click()

    on_modal(StartProblemBox, box)
    try:
        assert main([]) == 1
        assert "newer version" in seen[0] and "Install on this PC" in seen[0]
        assert current_revision(engine) == "0099"  # nothing tried to change it
    finally:
        engine.dispose()
