"""What every settings section shares: its scope note, the error line under a field, and
saving shop settings all-or-nothing (each value is checked before any is written)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.auth.roles import Perm
from app.errors import DomainError, ValidationError
from app.locale.text import to_persian_digits
from app.settings.service import SPECS, SettingSpec, gateway_option_spec
from ui.operations.settings import Saved, save_shop_settings
from ui.shell.desk import Desk
from ui.shell.errors import describe
from ui.shell.tasks import Reads, run_operation

SHOP, THIS_PC = "shop", "pc"
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"


def _text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def scope_text(scope: str) -> str:
    return _text(str(WHOLE_SHOP if scope == SHOP else ONLY_THIS_PC))


CONTEXT = "SettingsText"
WHOLE_SHOP = QT_TRANSLATE_NOOP("SettingsText", "Applies to the whole shop (every PC)")
ONLY_THIS_PC = QT_TRANSLATE_NOOP("SettingsText", "This PC only")
# A short text per error code, shown beside the field; {names} come from the error's params.
ERROR_TEXTS = {
    "required": QT_TRANSLATE_NOOP("SettingsText", "This may not be empty."),
    "too_long": QT_TRANSLATE_NOOP("SettingsText", "At most {limit} characters."),
    "bad_choice": QT_TRANSLATE_NOOP("SettingsText", "Choose one of the offered values."),
    "not_int": QT_TRANSLATE_NOOP("SettingsText", "A whole number is needed."),
    "out_of_range": QT_TRANSLATE_NOOP("SettingsText", "Between {low} and {high}."),
    "bad_phone": QT_TRANSLATE_NOOP("SettingsText", "This is not a valid phone number."),
    "not_mobile": QT_TRANSLATE_NOOP("SettingsText", "This is not a mobile number."),
    "bad_time": QT_TRANSLATE_NOOP("SettingsText", "A time of day like 21:00 is needed."),
    "bad_weekday": QT_TRANSLATE_NOOP("SettingsText", "Choose days of the week."),
    "bad_timezone": QT_TRANSLATE_NOOP("SettingsText", "This time zone is unknown."),
    "bad_folder": QT_TRANSLATE_NOOP("SettingsText", "Write the whole path of a folder, like "
                                                    "D:\\Backups, or leave it empty."),
    "bad_image": QT_TRANSLATE_NOOP("SettingsText", "Choose a PNG or JPEG file that exists."),
    "unknown_gateway": QT_TRANSLATE_NOOP("SettingsText",
                                         "This SMS gateway is not installed on this PC."),
    "bad_username": QT_TRANSLATE_NOOP("SettingsText", "A username is 2 to 64 lower-case "
                                                      "Latin letters, digits, . _ or -."),
    "username_taken": QT_TRANSLATE_NOOP("SettingsText", "This username is taken."),
    "short_password": QT_TRANSLATE_NOOP("SettingsText",
                                        "A password needs at least {limit} characters."),
    "bad_role": QT_TRANSLATE_NOOP("SettingsText", "Choose a role."),
    "last_manager": QT_TRANSLATE_NOOP("SettingsText",
                                      "The shop needs at least one active manager."),
    "deactivate_self": QT_TRANSLATE_NOOP("SettingsText", "You cannot deactivate yourself."),
    "no_user": QT_TRANSLATE_NOOP("SettingsText", "This user no longer exists."),
    "forbidden": QT_TRANSLATE_NOOP("SettingsText", "Only a manager can change settings."),
    "unknown_placeholder": QT_TRANSLATE_NOOP(
        "SettingsText", "There is no placeholder named {name}; use one from the list."),
    "template_braces": QT_TRANSLATE_NOOP(
        "SettingsText", "A brace is not closed; write placeholders like {example}."),
}


def explain(err: BaseException, lang: str) -> str:
    """A short text for an error shown beside its field, in the user's language."""
    if not isinstance(err, DomainError) or err.code not in ERROR_TEXTS:
        return describe(err, lang)
    params: dict[str, object] = {"example": "{job_number}"}
    for name, value in err.params.items():
        if isinstance(value, int):
            params[name] = to_persian_digits(str(value)) if lang == "fa" else value
        elif isinstance(value, str):
            params[name] = value
    try:
        return _text(str(ERROR_TEXTS[err.code])).format(**params)
    except (KeyError, IndexError):
        return describe(err, lang)


def spec_of(key: str) -> SettingSpec:
    spec = SPECS.get(key) or gateway_option_spec(key)
    if spec is None:
        raise ValidationError(f"Unknown setting '{key}'", code="unknown_setting", field=key)
    return spec


def while_open(widget: QWidget, fn: Callable[[Any], None]) -> Callable[[Any], None]:
    """`fn`, skipped when the answer of a background task arrives after `widget` closed."""
    def call(value: Any) -> None:
        if isValid(widget):
            fn(value)
    return call


class ErrorLine(QLabel):
    """The service's message right under the field it is about; empty and hidden otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Section(QWidget):
    """A titled page of the settings, saying whether it is the shop's or this PC's. Its reads
    run off the UI thread (`self.reads`); `loading` is True until they have arrived."""

    def __init__(self, desk: Desk, scope: str) -> None:
        super().__init__()
        self.desk = desk
        self.scope = scope
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.editable = desk.can(Perm.MANAGE_SETTINGS)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.scope_note = QLabel()
        self.scope_note.setStyleSheet("color: #555;")
        self.body = QVBoxLayout()
        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.scope_note)
        outer.addLayout(self.body, 1)

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def set_titles(self, title: str) -> None:
        self.title.setText(title)
        self.scope_note.setText(scope_text(self.scope))

    def translate_ui(self) -> None:
        raise NotImplementedError


def form() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return layout


def field_with_error(widget: QWidget, error: ErrorLine) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return holder


class ShopSettingsForm:
    """Shop settings edited together: nothing is written unless every value is good."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.fields: dict[str, tuple[Callable[[], str], ErrorLine]] = {}
        self.loaded: dict[str, str] = {}
        self.saving = False

    def add(self, key: str, read: Callable[[], str], error: ErrorLine) -> None:
        self.fields[key] = (read, error)

    def remember(self) -> None:
        self.loaded = {key: read() for key, (read, _) in self.fields.items()}

    def changed(self) -> dict[str, str]:
        return {key: read() for key, (read, _) in self.fields.items()
                if read() != self.loaded.get(key)}

    def save(self, owner: QWidget, on_saved: Callable[[dict[str, Any]], None]) -> bool:
        """Check every changed value on the spot: False (and messages shown) if any is bad,
        and nothing is written. Otherwise they are written off the UI thread and
        `on_saved` gets every setting as stored; a value the service refuses shows its
        message instead."""
        for _, error in self.fields.values():
            error.show_text("")
        changes = self.changed()
        bad = False
        for key, raw in changes.items():
            try:
                spec_of(key).parse(raw)
            except DomainError as err:
                self.fields[key][1].show_text(explain(err, self.desk.lang))
                bad = True
        if bad or self.saving:
            return False
        self.saving = True

        def done(saved: Saved) -> None:
            self.saving = False
            if saved.refused is not None:
                self.fields[saved.refused_key][1].show_text(
                    explain(saved.refused, self.desk.lang))
                return
            self.remember()
            on_saved(saved.values)

        def failed(err: Exception) -> None:
            self.saving = False
            self.desk.show_error(owner, err)

        run_operation(save_shop_settings(desk=self.desk, values=changes), parent=owner,
                      on_done=done, on_error=failed, owner=owner)
        return True
