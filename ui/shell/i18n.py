"""Language for the whole app: Qt translators, layout direction and the Persian UI font.

Our strings live in resources/translations/tamirgah_<folder>_<lang>.ts (one per ui/ folder),
built into .qm files by build_scripts/translations.py; Qt's own qtbase_<lang>.qm makes
standard dialogs Persian too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.printing.resources import font_path, resources_dir

LANGUAGES = {"fa": "فارسی", "en": "English"}
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def apply_language(app: QApplication, lang: str) -> None:
    """Install the translators and direction for `lang`; call again to switch at run time."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        ours = sorted(Path(translations_dir()).glob(f"tamirgah*_{lang}.qm"))
        for path in [qt_own / f"qtbase_{lang}.qm", *ours]:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale("fa_IR" if lang == "fa" else "en_US"))
    app.setLayoutDirection(QLocale("fa_IR" if lang == "fa" else "en_US").textDirection())
    _use_vazirmatn(app, lang)


def _use_vazirmatn(app: QApplication, lang: str) -> None:
    """The same Persian face on every PC, whatever fonts Windows or Linux bring."""
    families: list[str] = []
    for weight in ("regular", "bold"):
        font_id = QFontDatabase.addApplicationFont(str(font_path(weight)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if lang == "fa" and families:
        font = QFont(families[0], app.font().pointSize())
        app.setFont(font)
