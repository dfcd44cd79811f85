"""Users and roles: the list, adding a user, changing a role, deactivating, a new password."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.auth.login_brake import FailedLoginView
from app.auth.roles import Perm, Role
from app.auth.service import UserInfo
from app.errors import DomainError
from app.locale.calendar import format_datetime
from app.locale.labels import role_label
from ui.operations import users as users_ops
from ui.settings.common import OK_STYLE, SHOP, ErrorLine, Section, explain, form
from ui.shell.desk import Desk
from ui.shell.tasks import Operation, run_operation
from ui.widgets.select_row import select_row

ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class UsersRead:
    users: list[UserInfo]
    failed: list[FailedLoginView]  # the manager's only
    timezone: str


class UsersSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.editable = desk.can(Perm.MANAGE_USERS)
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.selected_box = QGroupBox()
        self.role = QComboBox()
        self.apply_role = QPushButton()
        self.toggle_active = QPushButton()
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.set_password = QPushButton()
        self.selected_error = ErrorLine()
        self.selected_done = QLabel()
        self.selected_done.setStyleSheet(OK_STYLE)
        selected = QVBoxLayout(self.selected_box)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role, 1)
        role_row.addWidget(self.apply_role)
        role_row.addWidget(self.toggle_active)
        password_row = QHBoxLayout()
        password_row.addWidget(self.new_password, 1)
        password_row.addWidget(self.set_password)
        selected.addLayout(role_row)
        selected.addLayout(password_row)
        selected.addWidget(self.selected_error)
        selected.addWidget(self.selected_done)

        self.add_box = QGroupBox()
        self.username = QLineEdit()
        self.username.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.full_name = QLineEdit()
        self.add_role = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_error = ErrorLine()
        self.add_labels = [QLabel() for _ in range(4)]
        add_form = form()
        for label, widget in zip(self.add_labels, (self.username, self.full_name, self.add_role,
                                                   self.password), strict=True):
            add_form.addRow(label, widget)
        add_form.addRow(self.add_error)
        add_form.addRow(self.add_button)
        self.add_box.setLayout(add_form)

        lower = QHBoxLayout()
        lower.addWidget(self.selected_box, 1)
        lower.addWidget(self.add_box, 1)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(lower)

        # Refused logins, for the manager only: who is guessing, from which PC.
        self.failed_box = QGroupBox()
        self.failed = QTableWidget(0, 4)
        self.failed.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.failed.verticalHeader().hide()
        self.failed.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self.failed_box).addWidget(self.failed)
        self.failed_box.setVisible(self.editable)
        self.body.addWidget(self.failed_box, 1)

        # Everyone's own: the same unlock keys, wrapped again under the new password.
        self.own_box = QGroupBox()
        self.own_current = QLineEdit()
        self.own_new = QLineEdit()
        for field in (self.own_current, self.own_new):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.own_change = QPushButton()
        self.own_error = ErrorLine()
        self.own_done = QLabel()
        self.own_done.setStyleSheet(OK_STYLE)
        own = QHBoxLayout()
        own.addWidget(self.own_current, 1)
        own.addWidget(self.own_new, 1)
        own.addWidget(self.own_change)
        own_layout = QVBoxLayout(self.own_box)
        own_layout.addLayout(own)
        own_layout.addWidget(self.own_error)
        own_layout.addWidget(self.own_done)
        self.body.addWidget(self.own_box)
        self.own_change.clicked.connect(self.change_own_password)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.apply_role.clicked.connect(self.change_role)
        self.toggle_active.clicked.connect(self.flip_active)
        self.set_password.clicked.connect(self.reset_password)
        self.add_button.clicked.connect(self.add_user)
        for widget in (self.selected_box, self.add_box):
            widget.setEnabled(self.editable)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Users and roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Name"),
                                              self.tr("Role"), self.tr("Active")])
        self.selected_box.setTitle(self.tr("Selected user"))
        self.apply_role.setText(self.tr("Change role"))
        self.new_password.setPlaceholderText(self.tr("New password"))
        self.set_password.setText(self.tr("Reset password"))
        self.add_box.setTitle(self.tr("Add a user"))
        for label, text in zip(self.add_labels, (self.tr("Username"), self.tr("Name"),
                                                 self.tr("Role"), self.tr("Password")),
                               strict=True):
            label.setText(text)
        self.username.setPlaceholderText(self.tr("e.g. sara"))
        self.add_button.setText(self.tr("Add user"))
        self.failed_box.setTitle(self.tr("Failed logins (newest first)"))
        self.own_box.setTitle(self.tr("Your password"))
        self.own_current.setPlaceholderText(self.tr("Current password"))
        self.own_new.setPlaceholderText(self.tr("New password"))
        self.own_change.setText(self.tr("Change my password"))
        self.failed.setHorizontalHeaderLabels([self.tr("When"), self.tr("Username"),
                                               self.tr("Why"), self.tr("PC")])
        for combo in (self.role, self.add_role):
            chosen = combo.currentData()
            combo.clear()
            for role in Role:
                combo.addItem(role_label(role, self.desk.lang), role.value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        self.load()

    def load(self, select_id: int | None = None, then: Callable[[], None] | None = None) -> None:
        """The users (and for the manager the refused logins), read off the UI thread; `then`
        runs once they are shown."""
        users, settings, actor = self.desk.services.users, self.desk.services.settings, \
            self.desk.actor
        editable = self.editable

        def read() -> UsersRead:
            if not editable:
                return UsersRead(users.list(), [], "")
            return UsersRead(users.list(), users.failed_logins(actor, limit=100),
                             str(settings.get("shop.timezone")))

        def show(found: UsersRead) -> None:
            self.show_users(found, select_id)
            if then is not None:
                then()

        self.reads.read(read, show)

    def show_users(self, found: UsersRead, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        self.users = found.users
        self.table.setRowCount(len(self.users))
        for row, info in enumerate(self.users):
            cells = [info.username, info.full_name, role_label(info.role, self.desk.lang),
                     self.tr("yes") if info.active else self.tr("no (deactivated)")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID, info.id)
                if not info.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if info.id == current:
                select_row(self.table, row)
        self._selection_changed()
        if self.editable:
            self.show_failed_logins(found.failed, found.timezone)

    def show_failed_logins(self, rows: list[FailedLoginView], tz: str) -> None:
        calendar = "jalali" if self.desk.lang == "fa" else "gregorian"
        self.failed.setRowCount(len(rows))
        for row, seen in enumerate(rows):
            cells = [format_datetime(seen.at, calendar=calendar, lang=self.desk.lang, tz=tz),
                     seen.username,
                     self._why(seen), seen.workstation]
            for column, text in enumerate(cells):
                self.failed.setItem(row, column, QTableWidgetItem(text))

    def _run(self, operation: Operation[Any], error: ErrorLine,
             then: Callable[[Any], None]) -> None:
        """A change of users, off the UI thread; a refusal shows in `error`."""
        def refused(err: Exception) -> None:
            if isinstance(err, DomainError):
                error.show_text(explain(err, self.desk.lang))
            else:
                self.desk.show_error(self, err)

        run_operation(operation, parent=self, on_done=then, on_error=refused, owner=self)

    def change_own_password(self) -> None:
        self.own_error.show_text("")
        self.own_done.setText("")

        def changed(_: object) -> None:
            for field in (self.own_current, self.own_new):
                field.clear()
            self.own_done.setText(self.tr("Your password is changed."))

        self._run(users_ops.change_own_password(desk=self.desk, current=self.own_current.text(),
                                                new=self.own_new.text()),
                  self.own_error, changed)

    def _why(self, seen: FailedLoginView) -> str:
        return {"wrong_password": self.tr("wrong password"),
                "unknown_user": self.tr("no such user"),
                "inactive": self.tr("deactivated user"),
                "locked": self.tr("tried while locked")}.get(seen.reason, seen.reason)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(ID)) if item is not None else None

    def selected(self) -> UserInfo | None:
        chosen = self.selected_id()
        return next((u for u in self.users if u.id == chosen), None)

    def select_user(self, username: str) -> None:
        for row, info in enumerate(self.users):
            if info.username == username:
                select_row(self.table, row)

    def _selection_changed(self) -> None:
        info = self.selected()
        for widget in (self.role, self.apply_role, self.toggle_active, self.new_password,
                       self.set_password):
            widget.setEnabled(info is not None)
        self.selected_error.show_text("")
        self.selected_done.setText("")
        if info is None:
            self.toggle_active.setText(self.tr("Deactivate"))
            return
        self.role.setCurrentIndex(max(self.role.findData(info.role.value), 0))
        self.toggle_active.setText(self.tr("Deactivate") if info.active
                                   else self.tr("Reactivate"))

    def _do(self, action: str) -> None:
        info = self.selected()
        if info is None:
            return
        desk = self.desk
        if action == "role":
            operation = users_ops.set_role(desk=desk, user_id=info.id,
                                           role=str(self.role.currentData()))
            done = self.tr("{user} is now {role}.").format(
                user=info.username, role=self.role.currentText())
        elif action == "active":
            operation = users_ops.set_active(desk=desk, user_id=info.id, active=not info.active)
            done = (self.tr("{user} can no longer log in.") if info.active
                    else self.tr("{user} can log in again.")).format(user=info.username)
        else:
            operation = users_ops.set_password(desk=desk, user_id=info.id,
                                               password=self.new_password.text())
            done = self.tr("{user} has a new password.").format(user=info.username)

        def changed(_: object) -> None:
            if action == "password":
                self.new_password.clear()
            self.load(info.id, lambda: self.selected_done.setText(done))

        self.selected_error.show_text("")
        self._run(operation, self.selected_error, changed)

    def change_role(self) -> None:
        self._do("role")

    def flip_active(self) -> None:
        self._do("active")

    def reset_password(self) -> None:
        self._do("password")

    def add_user(self) -> None:
        self.add_error.show_text("")

        def added(info: UserInfo) -> None:
            for field in (self.username, self.full_name, self.password):
                field.clear()
            self.load(info.id)

        self._run(users_ops.add_user(desk=self.desk, username=self.username.text(),
                                     full_name=self.full_name.text(),
                                     role=str(self.add_role.currentData()),
                                     password=self.password.text()),
                  self.add_error, added)
