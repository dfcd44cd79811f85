"""Backups: the shop's daily copy (on or off, how many are kept, the folder), whether this PC
makes it, where this PC keeps its data and why, the last backup, and "Back up now"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.backup.files import default_folder
from app.backup.record import LastBackup
from app.backup.schedule import BackupPlan
from app.changes import Changes
from app.this_pc.paths import data_location
from ui.backup.actions import BackupActions
from ui.backup.texts import last_backup_line, location_why, where_line
from ui.operations.backups import choose_daily_here
from ui.settings.common import (
    OK_STYLE,
    SHOP,
    THIS_PC,
    ErrorLine,
    Section,
    ShopSettingsForm,
    field_with_error,
    form,
    scope_text,
    while_open,
)
from ui.shell.desk import Desk
from ui.shell.tasks import in_background, run_operation

GREY = "color: #555;"


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BackupSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.backup_actions = BackupActions(desk, self)  # its `system` picks the folder too
        self.daily = QCheckBox()
        self.keep = QSpinBox()
        self.keep.setRange(-100_000, 100_000)  # the service says what is allowed
        self.keep.setMaximumWidth(180)
        self.folder = QLineEdit()
        self.folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.browse = QPushButton()
        self.errors = {key: ErrorLine() for key in ("backup.daily", "backup.keep",
                                                    "backup.folder")}
        self.labels = {key: QLabel() for key in ("backup.keep", "backup.folder")}
        self.save_button = QPushButton()
        self.saved = QLabel()
        self.saved.setStyleSheet(OK_STYLE)
        self.shop = ShopSettingsForm(desk)
        self.shop.add("backup.daily", lambda: "yes" if self.daily.isChecked() else "no",
                      self.errors["backup.daily"])
        self.shop.add("backup.keep", lambda: str(self.keep.value()), self.errors["backup.keep"])
        self.shop.add("backup.folder", lambda: self.folder.text().strip(),
                      self.errors["backup.folder"])
        folder_row = QWidget()
        folder_line = QHBoxLayout(folder_row)
        folder_line.setContentsMargins(0, 0, 0, 0)
        folder_line.addWidget(self.folder, 1)
        folder_line.addWidget(self.browse)
        shop_form = form()
        shop_form.addRow(field_with_error(self.daily, self.errors["backup.daily"]))
        shop_form.addRow(self.labels["backup.keep"],
                         field_with_error(self.keep, self.errors["backup.keep"]))
        shop_form.addRow(self.labels["backup.folder"],
                         field_with_error(folder_row, self.errors["backup.folder"]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved, 1)
        shop_form.addRow(buttons)
        self.shop_box = QGroupBox()
        self.shop_box.setLayout(shop_form)

        self.here = QCheckBox()
        self.here_note = QLabel()
        self.here_note.setWordWrap(True)
        self.here_note.setStyleSheet(GREY)
        self.data_label = QLabel()
        self.data_folder = _selectable(QLabel())
        self.data_folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pc_form = form()
        pc_form.addRow(self.here)
        pc_form.addRow(self.here_note)
        pc_form.addRow(self.data_label, self.data_folder)
        self.pc_box = QGroupBox()
        self.pc_box.setLayout(pc_form)

        self.last_line = _selectable(QLabel())
        self.last_where = _selectable(QLabel())
        self.last_where.setStyleSheet(GREY)
        self.back_up_button = QPushButton()
        self.open_folder_button = QPushButton()
        now = QHBoxLayout()
        now.addWidget(self.back_up_button)
        now.addWidget(self.open_folder_button)
        now.addStretch(1)
        self.body.addWidget(self.shop_box)
        self.body.addWidget(self.pc_box)
        self.body.addWidget(self.last_line)
        self.body.addWidget(self.last_where)
        self.body.addLayout(now)
        self.body.addStretch(1)

        self.browse.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.here.toggled.connect(self._choose_here)
        self.back_up_button.clicked.connect(self.backup_actions.back_up_now)
        self.open_folder_button.clicked.connect(self.backup_actions.open_folder)
        self.backup_actions.backed_up.connect(lambda _info: self.refresh_last())
        for widget in (self.shop_box, self.pc_box, self.back_up_button,
                       self.open_folder_button):
            widget.setEnabled(self.editable)
        self.translate_ui()
        self.load()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Backups"))
        self.shop_box.setTitle(scope_text(SHOP))
        self.daily.setText(self.tr("Make a backup every day"))
        self.labels["backup.keep"].setText(self.tr("Daily backups kept"))
        self.keep.setSuffix(self.tr(" copies"))
        self.labels["backup.folder"].setText(self.tr("Folder"))
        self.folder.setPlaceholderText(str(default_folder()))
        self.folder.setToolTip(self.tr("Empty: the backups folder in this PC's data folder"))
        self.browse.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("Save backup settings"))
        self.pc_box.setTitle(scope_text(THIS_PC))
        self.here.setText(self.tr("This PC makes the daily backup"))
        self.here_note.setText(self.tr(
            "One PC makes it. On a shared PostgreSQL server that is by default the PC that "
            "sends the SMS; it needs PostgreSQL's pg_dump."))
        location = data_location()
        self.data_label.setText(self.tr("Data folder ({why})").format(
            why=location_why(location)))
        self.data_folder.setText(str(location.path))
        self.back_up_button.setText(self.tr("Back up now…"))
        self.open_folder_button.setText(self.tr("Open backups folder"))

    def load(self) -> None:
        backups, settings = self.desk.services.backups, self.desk.services.settings

        def read() -> tuple[BackupPlan, str, bool]:
            return (backups.plan(), str(settings.get("backup.folder")),
                    backups.makes_daily_here())

        self.reads.read(read, lambda found: self.show_values(*found))
        self.refresh_last()

    def show_values(self, plan: BackupPlan, folder: str, here: bool) -> None:
        self.daily.setChecked(plan.daily)
        self.keep.setValue(plan.keep)
        self.folder.setText(folder)
        self.here.blockSignals(True)
        self.here.setChecked(here)
        self.here.blockSignals(False)
        self.shop.remember()

    def concerns(self) -> Changes:
        return Changes(backups=True)

    def refresh(self) -> None:
        self.refresh_last()

    def _choose_here(self, here: bool) -> None:
        run_operation(choose_daily_here(desk=self.desk, here=here), parent=self,
                      on_error=lambda err: self.desk.show_error(self, err), owner=self)

    def refresh_last(self) -> None:
        backups = self.desk.services.backups

        def read() -> tuple[LastBackup | None, str]:
            return backups.last(), backups.plan().timezone

        def show(found: tuple[LastBackup | None, str]) -> None:
            record, timezone = found
            self.last_line.setText(last_backup_line(self.desk, record, timezone))
            self.last_where.setText(where_line(record) if record else "")

        in_background(read, while_open(self, show), lambda _err: None, busy=False, owner=self)

    def choose_folder(self) -> None:
        start = Path(self.folder.text().strip() or default_folder())
        chosen = self.backup_actions.system.choose_folder(self, self.tr("Folder of the backups"),
                                                   start)
        if chosen is not None:
            self.folder.setText(str(chosen))

    def save(self) -> None:
        self.saved.setText("")
        self.shop.save(self, self._saved)

    def _saved(self, _values: dict[str, Any]) -> None:
        self.load()
        self.saved.setText(self.tr("Saved."))
