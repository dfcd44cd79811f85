"""Switching this PC's language in the settings rebuilds the desk in that language."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.auth.roles import SYSTEM, Role
from app.bootstrap import Services
from app.this_pc import workstation
from build_scripts.translations import build as build_translations
from tests.ui.conftest import make_desk
from ui.shell.i18n import apply_language
from ui.start.desk_app import DeskSession, desk_language


def test_the_manager_switches_this_pc_to_persian(qtbot: QtBot, qapp: QApplication,
                                                 shop_services: Services, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMIRGAH_HOME", str(tmp_path))
    build_translations()
    shop_services.settings.set(SYSTEM, "shop.language", "en")
    session = DeskSession(qapp, make_desk(shop_services, Role.MANAGER, "en"))
    try:
        first = session.open_window("en")
        assert not first.isRightToLeft() and first.nav.item(0).text() == "Job board"
        qtbot.waitUntil(lambda: not first.settings.loading)  # read off the UI thread
        combo = first.settings.language.pc_language
        combo.setCurrentIndex(combo.findData("fa"))
        qtbot.waitUntil(lambda: session.window is not first)  # kept off the UI thread first
        second = session.window
        assert second is not None
        qtbot.waitUntil(lambda: not shiboken6.isValid(first) or not first.isVisible())
        assert second.isRightToLeft() and second.nav.item(0).text() == "تابلوی کارها"
        assert workstation.get("language") == "fa"
        assert desk_language(shop_services, "en") == "fa"  # the next start too
        second.close()
    finally:
        apply_language(qapp, "en")
