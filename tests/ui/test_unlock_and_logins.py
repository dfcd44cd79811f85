"""The desk side of secrets at rest and the login brake: the lock told in the login box, a hidden
passcode said in words, the manager's list of refused logins."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.auth.roles import SYSTEM, Role
from app.bootstrap import Services
from app.jobs.service import UnlockInfo
from tests.factories import intake_request, user
from tests.ui.conftest import make_desk
from tests.ui.test_job_window import open_window
from ui.job.unlock import UnlockDialog
from ui.settings.users_section import UsersSection
from ui.shell.desk import Desk
from ui.start.login import LoginDialog


def _try(qtbot: QtBot, dialog: LoginDialog, password: str) -> str:
    dialog.password.setText(password)
    dialog.try_login()
    qtbot.waitUntil(lambda: not dialog.checking)  # checked off the UI thread
    return dialog.error.text()


def test_the_login_box_says_how_long_the_lock_lasts_in_both_languages(
        qtbot: QtBot, shop_services: Services) -> None:
    user(shop_services, Role.TECHNICIAN, "reza")
    english = LoginDialog(shop_services, "en")
    qtbot.addWidget(english)
    english.username.setText("reza")
    texts = [_try(qtbot, english, f"guess-{n}") for n in range(5)]
    assert texts[0] == "Wrong username or password"
    assert "try again in 30 seconds" in texts[4]
    assert "try again in" in _try(qtbot, english, "secret-1") and english.actor is None
    persian = LoginDialog(shop_services, "fa")
    qtbot.addWidget(persian)
    persian.username.setText("reza")
    said = _try(qtbot, persian, "secret-1")
    assert "ثانیهٔ دیگر" in said and any(d in said for d in "۲۳") and persian.actor is None


def test_a_hidden_passcode_is_said_in_words_not_an_error(qtbot: QtBot) -> None:
    dialog = UnlockDialog(UnlockInfo("", "", hidden=True))
    qtbot.addWidget(dialog)
    assert dialog.passcode.text() == "hidden" and dialog.no_pattern.text() == "hidden"
    assert "key" in dialog.note.text() and not dialog.has_pattern


def test_a_technician_without_the_key_yet_sees_hidden_from_the_job_window(
        qtbot: QtBot, shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(reception.actor, intake_request(71, passcode="8080"))
    tech = user(shop_services, Role.TECHNICIAN, "reza")
    shop_services.users.set_password(SYSTEM, tech.user_id or 0, "new-pass-1")  # no key to give
    bench = Desk(shop_services, shop_services.users.authenticate("reza", "new-pass-1"), "en",
                 "gregorian", False)
    window = open_window(qtbot, bench, job.id)
    window.header.reveal.click()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible())
    assert window.unlock_dialog is not None
    assert window.unlock_dialog.passcode.text() == "hidden"


def test_the_manager_sees_failed_logins_in_settings_and_reception_does_not(
        qtbot: QtBot, shop_services: Services) -> None:
    manager = make_desk(shop_services, Role.MANAGER, "en")
    make_desk(shop_services, Role.RECEPTION, "en")
    login = LoginDialog(shop_services, "en")
    qtbot.addWidget(login)
    login.username.setText("ghost")
    _try(qtbot, login, "whatever")
    section = UsersSection(manager)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: not section.loading)  # read off the UI thread
    assert section.failed_box.isVisible() and section.failed.rowCount() == 1
    row = [section.failed.item(0, c).text() for c in range(4)]
    assert row[1] == "ghost" and row[2] == "no such user" and row[3]
    clerk = UsersSection(make_desk(shop_services, Role.RECEPTION, "en"))
    qtbot.addWidget(clerk)
    clerk.show()
    assert not clerk.failed_box.isVisible()


def test_the_manager_sets_how_long_passcodes_are_kept_after_delivery(
        qtbot: QtBot, shop_services: Services) -> None:
    from ui.settings.shop_section import ShopSection

    shop = ShopSection(make_desk(shop_services, Role.MANAGER, "en"))
    qtbot.addWidget(shop)
    shop.show()
    qtbot.waitUntil(lambda: not shop.loading)
    assert shop.unlock_keep.value() == 7 and shop.unlock_keep.suffix() == " days"
    shop.unlock_keep.setValue(-1)
    shop.save_button.click()
    assert shop.errors["jobs.unlock_keep_days"].text() == "Between 0 and 3650."
    assert shop_services.settings.get("jobs.unlock_keep_days") == 7
    shop.unlock_keep.setValue(14)
    shop.save_button.click()
    qtbot.waitUntil(lambda: shop.saved.text() == "Saved.")
    assert shop_services.settings.get("jobs.unlock_keep_days") == 14


def test_a_technician_changes_their_own_password_and_still_reads_passcodes(
        qtbot: QtBot, shop_services: Services) -> None:
    reception = make_desk(shop_services, Role.RECEPTION, "en")
    job = shop_services.jobs.intake(reception.actor, intake_request(72, passcode="6161"))
    bench = make_desk(shop_services, Role.TECHNICIAN, "en")
    section = UsersSection(bench)
    qtbot.addWidget(section)
    section.show()
    assert section.own_box.isVisible() and not section.failed_box.isVisible()
    section.own_current.setText("not-mine")
    section.own_new.setText("bench-new-7")
    section.own_change.click()
    qtbot.waitUntil(lambda: section.own_error.text() == "The current password is not right")
    section.own_current.setText("secret-1")
    section.own_change.click()
    qtbot.waitUntil(lambda: section.own_done.text() == "Your password is changed.")
    assert section.own_current.text() == "" and section.own_new.text() == ""
    again = shop_services.users.authenticate(bench.actor.username, "bench-new-7")
    assert shop_services.jobs.reveal_unlock(again, job.id).passcode == "6161"
