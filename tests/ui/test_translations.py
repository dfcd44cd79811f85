"""Every visible string is translated to Persian, and the .ts file matches the sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from build_scripts.translations import TRANSLATIONS, build, update
from ui.shell.i18n import apply_language


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path: Path) -> None:
    fresh = {path.name: set(messages(path)) for path in update(tmp_path)}
    committed = {path.name: set(messages(path)) for path in TRANSLATIONS.glob("*.ts")}
    assert fresh == committed, \
        "run: python build_scripts/translations.py update, then translate the new strings"


def all_messages() -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for path in TRANSLATIONS.glob("*.ts"):
        found.update(messages(path))
    return found


def test_every_string_has_a_finished_persian_translation() -> None:
    assert all_messages()
    for key, message in all_messages().items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, key
        assert (translation.text or "").strip(), key
        placeholders = {part.split("}")[0] for part in key[1].split("{")[1:]}
        for name in placeholders:  # a lost {placeholder} would break .format()
            assert f"{{{name}}}" in (translation.text or ""), key


def test_the_built_catalogue_turns_the_ui_persian(qapp: QApplication) -> None:
    app = qapp
    build()
    apply_language(app, "fa")
    try:
        assert QCoreApplication.translate("BoardPage", "Overdue") == "دیرکرد"
        assert app.isRightToLeft()
    finally:
        apply_language(app, "en")
    assert QCoreApplication.translate("BoardPage", "Overdue") == "Overdue"
