from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.bootstrap import Services
from app.demo import DEMO_PASSWORD, load_demo
from tests.factories import row_counts
from ui.start.first_run import FirstRunWizard
from ui.start.login import LoginDialog


def fill_wizard(wizard: FirstRunWizard, *, again: str) -> None:
    wizard.en.setChecked(True)
    wizard.next()
    wizard.shop_name.setText("Novin Mobile")
    wizard.shop_phone.setText("021 8888 1234")
    wizard.next()
    wizard.username.setText("sara")
    wizard.full_name.setText("Sara Karimi")
    wizard.password.setText("counter-42")
    wizard.password_again.setText(again)


def test_first_run_sets_up_the_shop_and_its_manager(qtbot: QtBot, shop_services: Services,
                                                     tmp_path: Path) -> None:
    wizard = FirstRunWizard(shop_services)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard, again="counter-42")
    wizard.grab().save(str(tmp_path / "wizard.png"))
    wizard.next()  # Finish on the last page validates it
    qtbot.waitUntil(lambda: wizard.actor is not None)  # set up off the UI thread
    assert wizard.actor is not None and wizard.actor.role == "manager"
    assert shop_services.settings.get("shop.name") == "Novin Mobile"
    assert shop_services.settings.get("shop.phone") == "+982188881234"
    assert shop_services.settings.get("shop.language") == "en"


def test_first_run_refuses_differing_passwords_and_saves_nothing(
        qtbot: QtBot, shop_services: Services) -> None:
    before = row_counts(shop_services)
    wizard = FirstRunWizard(shop_services)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_wizard(wizard, again="counter-43")
    assert not wizard.validateCurrentPage()
    qtbot.waitUntil(lambda: "differ" in wizard.error.text())
    assert row_counts(shop_services) == before and not shop_services.users.has_users()


def test_login_says_why_in_persian_and_lets_the_right_password_in(
        qtbot: QtBot, shop_services: Services) -> None:
    load_demo(shop_services.db, jobs=5)
    dialog = LoginDialog(shop_services, "fa", demo=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.demo_users.count() == 4)  # read off the UI thread
    assert DEMO_PASSWORD in dialog.demo_hint.text()
    dialog.username.setText("reception")
    dialog.password.setText("wrong-password")
    dialog.try_login()
    qtbot.waitUntil(lambda: not dialog.checking)
    assert dialog.actor is None and "نادرست" in dialog.error.text()
    dialog.demo_users.itemClicked.emit(dialog.demo_users.item(0))
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.actor is not None)
