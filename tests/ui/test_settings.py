"""The manager's settings on a real SQLite shop: shop profile, users, SMS gateway against the
stand-in Kavenegar, templates, this PC's printers, database and language; a technician only
looks."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.auth.roles import Role
from app.bootstrap import Services
from app.notify.templates import MessageEvent, default_body
from app.this_pc import workstation
from build_scripts.translations import build
from tests.factories import user
from tests.fakes.kavenegar import API_KEY, FakeKavenegar
from tests.ui.conftest import make_desk
from tests.ui.modal import on_modal
from ui.settings.settings_page import SettingsPage
from ui.shell.i18n import apply_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def this_pc_home(pc_home: Path) -> Path:
    return pc_home


def open_page(qtbot: QtBot, services: Services, role: Role = Role.MANAGER,
              lang: str = "en") -> SettingsPage:
    page = SettingsPage(make_desk(services, role, lang))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)  # the sections read off the UI thread
    return page


def stored_on_this_pc(home: Path) -> dict[str, object]:
    return dict(json.loads((home / "workstation.json").read_text(encoding="utf-8")))


def test_shop_profile_saves_all_or_nothing_and_says_what_is_wrong(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    shop = page.shop
    assert "whole shop" in shop.scope_note.text()
    shop.name.setText("موبایل رضا")
    shop.phone.setText("12")
    shop.warranty.setValue(90)
    shop.save_button.click()
    assert shop.errors["shop.phone"].isVisibleTo(page)
    assert shop.errors["shop.phone"].text() == "This is not a valid phone number."
    assert not shop.errors["shop.name"].text()
    settings = shop_services.settings
    assert settings.get("shop.name") == "تعمیرگاه"  # nothing was written
    assert settings.get("jobs.warranty_days") == 30
    shop.phone.setText("021 8888 7777")
    shop.reception_unlock.setChecked(True)
    shop.save_button.click()
    assert not shop.errors["shop.phone"].isVisibleTo(page)
    qtbot.waitUntil(lambda: shop.saved.text() == "Saved.")  # written off the UI thread
    assert settings.get("shop.name") == "موبایل رضا"
    assert settings.get("shop.phone") == "+982188887777"
    assert shop.phone.text() == "+982188887777"  # shown as stored
    assert settings.get("jobs.warranty_days") == 90
    assert settings.get("jobs.reception_sees_unlock") == "yes"
    shop.warranty.setValue(99_999)
    shop.save_button.click()
    assert shop.errors["jobs.warranty_days"].text() == "Between 0 and 3650."
    assert settings.get("jobs.warranty_days") == 90


def test_a_manager_adds_a_user_changes_the_role_and_deactivates(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    users = page.users
    users.username.setText("sara")
    users.full_name.setText("سارا")
    users.add_role.setCurrentIndex(users.add_role.findData("reception"))
    users.password.setText("123")
    users.add_button.click()
    qtbot.waitUntil(lambda: users.add_error.text() == "A password needs at least 6 characters.")
    users.password.setText("sara-pass")
    users.add_button.click()
    qtbot.waitUntil(lambda: users.selected() is not None)
    assert not users.add_error.isVisibleTo(page)
    assert shop_services.users.authenticate("sara", "sara-pass").role == Role.RECEPTION
    chosen = users.selected()
    assert chosen is not None and chosen.username == "sara"
    users.role.setCurrentIndex(users.role.findData("technician"))
    users.apply_role.click()
    qtbot.waitUntil(lambda: users.selected_done.text() == "sara is now technician.")
    assert shop_services.users.authenticate("sara", "sara-pass").role == Role.TECHNICIAN
    users.toggle_active.click()
    qtbot.waitUntil(lambda: users.toggle_active.text() == "Reactivate")
    sara = next(u for u in shop_services.users.list() if u.username == "sara")
    assert not sara.active
    me = page.desk.actor.username
    users.select_user(me)
    users.toggle_active.click()
    qtbot.waitUntil(lambda: users.selected_error.text() == "You cannot deactivate yourself.")
    users.select_user("boss")  # the other manager steps down; then I am the last one
    users.role.setCurrentIndex(users.role.findData("reception"))
    users.apply_role.click()
    qtbot.waitUntil(lambda: users.selected_done.text() == "boss is now reception.")
    users.select_user(me)
    users.role.setCurrentIndex(users.role.findData("reception"))
    users.apply_role.click()
    qtbot.waitUntil(lambda: users.selected_error.text()
                    == "The shop needs at least one active manager.")
    assert shop_services.users.get(page.desk.actor.user_id or 0).role == Role.MANAGER


def test_the_template_editor_counts_parts_as_you_type_and_refuses_unknown_placeholders(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    templates = page.templates
    templates.select(MessageEvent.READY, "fa")
    templates.editor.setPlainText("س" * 70)
    assert templates.parts.text().startswith("1 SMS · 70 characters · 70 per part")
    templates.editor.setPlainText("س" * 71)  # past 70, Persian goes in parts of 67
    assert templates.parts.text() == "2 SMS · 71 characters · 67 per part · 63 more fit · UCS-2"
    assert templates.preview.text() == "س" * 71
    templates.editor.setPlainText("Hi {customer_name}, {device} is ready.")
    assert templates.preview.text() == "Hi مریم رضایی, Samsung Galaxy A52 is ready."
    templates.editor.setPlainText("{customer_name} عزیز، {nickname} آماده است.")
    assert templates.error.text() == "There is no placeholder named nickname; use one from " \
                                     "the list."
    assert templates.parts.text() == ""
    templates.save_button.click()
    stored = {(v.event, v.lang): v for v in shop_services.messages.templates()}
    assert stored[(MessageEvent.READY, "fa")].is_default  # refused: nothing saved
    templates.editor.setPlainText("{customer_name} عزیز، دستگاه آماده است. {shop_phone}")
    templates.placeholders.setCurrentRow(1)
    templates.insert_placeholder()
    assert "{job_number}" in templates.editor.toPlainText()
    templates.save_button.click()
    qtbot.waitUntil(lambda: templates.done.text() == "Saved.")
    view = {(v.event, v.lang): v for v in shop_services.messages.templates()}[
        (MessageEvent.READY, "fa")]
    assert not view.is_default and "{job_number}" in view.body
    templates.enabled.setChecked(False)

    def switched_off() -> bool:
        current = templates.list.currentItem()
        return current is not None and "(off)" in current.text()

    qtbot.waitUntil(switched_off)
    assert shop_services.settings.get("sms.events_off") == [MessageEvent.READY]
    templates.reset_button.click()
    qtbot.waitUntil(lambda: templates.editor.toPlainText()
                    == default_body(MessageEvent.READY, "fa"))


def test_sms_gateway_test_message_and_balance_against_the_stand_in_kavenegar(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    gateway = page.gateway
    with FakeKavenegar() as fake:
        gateway.gateway.setCurrentIndex(gateway.gateway.findData("kavenegar"))
        config = fake.gateway_config()
        for option in ("api_key", "sender", "base_url"):
            gateway.option_fields[f"sms.kavenegar.{option}"].setText(str(config[option]))
        gateway.save_button.click()
        qtbot.waitUntil(lambda: gateway.saved.text() == "Saved." and not gateway.loading)
        settings = shop_services.settings
        assert settings.get("sms.gateway") == "kavenegar"
        assert str(settings.get("sms.kavenegar.api_key")).startswith("fernet:")
        secret = gateway.option_fields["sms.kavenegar.api_key"]
        assert secret.text() == "" and gateway.secret_states["sms.kavenegar.api_key"].text() \
            == "set"
        assert API_KEY not in "".join(f.text() for f in gateway.option_fields.values())

        gateway.test_mobile.setText("0912 123 4567")
        gateway.test_button.click()
        assert gateway.test_result.text() == "Sending…"  # the window is not waiting
        qtbot.waitUntil(lambda: fake.send_count == 1 and "id" in gateway.test_result.text(),
                        timeout=10_000)
        assert gateway.test_result.text() == \
            f"Sent. The provider's id for it: {fake.accepted[0].provider_id}"
        assert fake.accepted[0].to == "09121234567"

        fake.set_mode("no_credit")
        gateway.test_button.click()
        qtbot.waitUntil(lambda: "refused" in gateway.test_result.text(), timeout=10_000)
        assert "no credit" in gateway.test_result.text()

        gateway.balance_button.click()
        qtbot.waitUntil(lambda: "Balance" in gateway.test_result.text(), timeout=10_000)
        assert gateway.test_result.text() == "Balance at kavenegar: 1,000,000 rial"


def test_this_pc_sends_and_printers_are_kept_on_this_pc(
        qtbot: QtBot, shop_services: Services, this_pc_home: Path) -> None:
    workstation.put("printers", {"receipt": "Counter-80"})
    page = open_page(qtbot, shop_services)
    printers = page.printers
    assert printers.scope_note.text() == "This PC only"
    qtbot.waitUntil(lambda: printers.known is not None, timeout=10_000)
    receipt = printers.printers["receipt"]
    assert receipt.currentText() == "Counter-80 (not found on this PC)"
    label = printers.printers["label"]
    label.setCurrentIndex(label.count() - 1)  # a printer this PC has, if any
    printers.sizes["label"].setCurrentIndex(printers.sizes["label"].findData("62x29"))
    printers.sizes["invoice"].setCurrentIndex(printers.sizes["invoice"].findData("a5"))
    printers.save_button.click()
    qtbot.waitUntil(lambda: printers.saved.text() == "Saved on this PC.")
    mine = stored_on_this_pc(this_pc_home)
    assert mine["paper_sizes"] == {"label": "62x29", "invoice": "a5"}
    expected = {"receipt": "Counter-80"}
    if printers.known:
        expected["label"] = printers.known[-1]
    assert mine["printers"] == expected
    page.gateway.sends_here.setChecked(False)
    qtbot.waitUntil(lambda: stored_on_this_pc(this_pc_home).get("sends_sms") is False)
    assert shop_services.settings.get("sms.gateway") == "console"  # the shop is untouched


def test_database_connection_is_tested_off_the_ui_thread_and_saved_for_the_next_start(
        qtbot: QtBot, shop_services: Services, sqlite_url: str, this_pc_home: Path) -> None:
    page = open_page(qtbot, shop_services)
    database = page.database
    assert database.scope_note.text() == "This PC only"
    database.use_sqlite.setChecked(True)
    database.sqlite_path.setText(sqlite_url.removeprefix("sqlite:///"))
    database.test_button.click()
    qtbot.waitUntil(lambda: "Connected" in database.result.text(), timeout=10_000)
    assert database.result.text().startswith("Connected to SQLite 3.")
    assert "holds a Tamirgah database" in database.result.text()

    database.sqlite_path.setText(str(this_pc_home / "missing.db"))
    database.test_button.click()
    qtbot.waitUntil(lambda: "no database file" in database.result.text(), timeout=10_000)
    assert not (this_pc_home / "missing.db").exists()  # testing never makes a new file

    database.use_postgres.setChecked(True)
    database.pg_url.setText("mysql://x")
    database.test_button.click()
    assert database.error.text().startswith("Write the address like postgresql://")
    database.pg_url.setText("postgresql://nobody:wrong@192.0.2.1:5432/tamirgah")
    started = time.monotonic()
    database.test_button.click()
    assert time.monotonic() - started < 1.0  # the connection waits on a worker thread
    assert database.result.text() == "Connecting…" and not database.test_button.isEnabled()
    qtbot.waitUntil(lambda: "Could not connect" in database.result.text(), timeout=20_000)
    assert len(database.result.text()) > len("Could not connect: ") + 5  # the reason in words
    assert "wrong" not in database.result.text()

    database.pg_url.setText("postgresql://shop:pw@server.local:5432/tamirgah")
    database.save_button.click()
    qtbot.waitUntil(lambda: "Restart Tamirgah" in database.result.text())
    assert stored_on_this_pc(this_pc_home)["database_url"] == \
        "postgresql://shop:pw@server.local:5432/tamirgah"
    assert "pw" not in database.result.text()
    database.use_default.setChecked(True)
    database.save_button.click()
    qtbot.waitUntil(lambda: "database_url" not in stored_on_this_pc(this_pc_home))


def test_quiet_hours_and_language_of_the_shop_and_of_this_pc(
        qtbot: QtBot, shop_services: Services, this_pc_home: Path) -> None:
    page = open_page(qtbot, shop_services, lang="fa")
    rules = page.rules
    assert rules.quiet_start.text() == "۲۱:۰۰"
    rules.quiet_start.setText("۲۲:۳۰")
    rules.numbers["sms.cap_days"].setValue(0)
    rules.save_button.click()
    assert rules.shop.fields["sms.cap_days"][1].text()  # shown in Persian: see the last test
    assert shop_services.settings.get("sms.quiet_start") == "21:00"
    rules.numbers["sms.cap_days"].setValue(14)
    rules.save_button.click()
    qtbot.waitUntil(lambda: rules.saved.text() == "Saved.")
    assert shop_services.settings.get("sms.quiet_start") == "22:30"
    assert shop_services.settings.get("sms.cap_days") == 14
    rules.quiet_end.setText("25:99")
    rules.save_button.click()
    assert rules.shop.fields["sms.quiet_end"][1].text()
    assert shop_services.settings.get("sms.quiet_end") == "09:00"

    language = page.language
    language.shop_calendar.setCurrentIndex(language.shop_calendar.findData("gregorian"))
    language.save_button.click()
    qtbot.waitUntil(lambda: language.saved.text() == "Saved.")
    assert shop_services.settings.get("shop.calendar") == "gregorian"
    with qtbot.waitSignal(page.language_changed, timeout=1000) as switched:
        language.pc_language.setCurrentIndex(language.pc_language.findData("en"))
    assert switched.args == ["en"]
    assert stored_on_this_pc(this_pc_home)["language"] == "en"
    assert shop_services.settings.get("shop.language") == "fa"  # other PCs keep theirs


def test_a_technician_cannot_change_settings(qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services, Role.TECHNICIAN)
    assert page.notice.isVisibleTo(page)
    assert page.notice.text().startswith("Only a manager can change settings.")
    shop = page.shop
    assert not shop.name.isEnabled() and not shop.save_button.isEnabled()
    assert not page.users.add_box.isEnabled()
    assert not page.gateway.test_box.isEnabled()
    assert not page.templates.editor.isEnabled()
    assert not page.database.save_button.isEnabled()
    shop.name.setText("Hijacked")  # even if a disabled field were edited and saved
    shop.save()
    qtbot.waitUntil(lambda: shop.errors["shop.name"].text()
                    == "Only a manager can change settings.")
    assert shop_services.settings.get("shop.name") == "تعمیرگاه"


def test_the_settings_in_persian_are_right_to_left_and_translated(
        qtbot: QtBot, shop_services: Services, tmp_path: Path) -> None:
    """Renders the page in both languages (TAMIRGAH_SCREENSHOTS=1 writes
    docs/images/settings_fa.png and settings_en.png for the README)."""
    target = ROOT / "docs" / "images" if os.environ.get("TAMIRGAH_SCREENSHOTS") else tmp_path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    build()
    for lang in ("fa", "en"):
        apply_language(app, lang)
        try:
            page = open_page(qtbot, shop_services, lang=lang)
            page.resize(1180, 760)
            page.show_section(page.templates)
            page.templates.select(MessageEvent.READY, lang)
            page.templates.editor.setPlainText(
                page.templates.editor.toPlainText() + " {job_number}")
            app.processEvents()
            assert page.isRightToLeft() == (lang == "fa")
            if lang == "fa":
                assert page.nav.item(0).text() == "مشخصات تعمیرگاه"
                assert page.shop.scope_note.text() == "برای کل تعمیرگاه (همهٔ رایانه‌ها)"
                assert page.printers.scope_note.text() == "فقط همین رایانه"
                assert " پیامک · " in page.templates.parts.text()
                assert "۶۷ نویسه در هر بخش" in page.templates.parts.text()
                page.rules.numbers["sms.cap_days"].setValue(0)
                page.rules.save_button.click()
                assert page.rules.shop.fields["sms.cap_days"][1].text() == "بین ۱ و ۳۶۵."
            page.grab().save(str(target / f"settings_{lang}.png"))
            page.show_section(page.gateway)
            app.processEvents()
            page.grab().save(str(tmp_path / f"settings_gateway_{lang}.png"))
            page.close()
        finally:
            apply_language(app, "en")
    assert (target / "settings_fa.png").stat().st_size > 10_000


def test_an_edited_template_is_kept_saved_or_dropped_as_the_manager_answers(
        qtbot: QtBot, shop_services: Services) -> None:
    page = open_page(qtbot, shop_services)
    templates = page.templates
    buttons = QMessageBox.StandardButton

    def answer(button: QMessageBox.StandardButton) -> None:
        def click(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(button).click()
        on_modal(QMessageBox, click)

    def stored(event: str) -> str:
        return {(v.event, v.lang): v for v in shop_services.messages.templates()}[
            (event, "fa")].body

    templates.select(MessageEvent.READY, "fa")
    templates.editor.setPlainText("{customer_name} عزیز، آماده است: {job_number}")
    answer(buttons.Cancel)
    templates.select(MessageEvent.RECEIVED, "fa")
    assert templates.current_key() == (MessageEvent.READY, "fa")  # stayed, text and all
    assert templates.editor.toPlainText().endswith("{job_number}")

    answer(buttons.Save)
    templates.select(MessageEvent.RECEIVED, "fa")
    assert templates.current_key() == (MessageEvent.RECEIVED, "fa")
    qtbot.waitUntil(lambda: not templates.saving and not templates.loading)  # off the UI thread
    assert stored(MessageEvent.READY) == "{customer_name} عزیز، آماده است: {job_number}"
    assert templates.editor.toPlainText() == stored(MessageEvent.RECEIVED)

    templates.editor.setPlainText("{customer_name} {nickname}")
    answer(buttons.Save)  # refused: the reason shows and the text stays
    templates.select(MessageEvent.READY, "fa")
    assert templates.current_key() == (MessageEvent.RECEIVED, "fa")
    assert "nickname" in templates.error.text()

    answer(buttons.Discard)
    templates.select(MessageEvent.READY, "fa")
    assert templates.current_key() == (MessageEvent.READY, "fa")
    assert stored(MessageEvent.RECEIVED) == default_body(MessageEvent.RECEIVED, "fa")


def test_the_template_preview_leaves_out_a_bracketed_part_the_shop_cannot_fill(
        qtbot: QtBot, shop_services: Services) -> None:
    boss = user(shop_services, Role.MANAGER, "boss2")
    shop_services.settings.set(boss, "shop.phone", "")  # this shop gives no phone
    page = open_page(qtbot, shop_services)
    templates = page.templates
    templates.select(MessageEvent.READY, "en")
    templates.editor.setPlainText("{device} is ready.[ Call {shop_phone}.]")
    assert templates.preview.text() == "Samsung Galaxy A52 is ready."
    shop_services.settings.set(boss, "shop.phone", "02188887777")
    page = open_page(qtbot, shop_services)
    page.templates.select(MessageEvent.READY, "en")
    page.templates.editor.setPlainText("{device} is ready.[ Call {shop_phone}.]")
    assert page.templates.preview.text() == "Samsung Galaxy A52 is ready. Call 02188887777."
    assert "[square brackets]" in page.templates.brackets_note.text()
    page = open_page(qtbot, shop_services)  # a fresh page: nothing edited to ask about
    page.templates.select(MessageEvent.READY, "fa")
    page.templates.editor.setPlainText("{customer_name} عزیز، {device} آماده است.")
    assert page.templates.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page.templates.editor.setPlainText("{device} is ready.")
    assert page.templates.preview.layoutDirection() == Qt.LayoutDirection.LeftToRight
