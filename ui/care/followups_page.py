"""Follow-ups: the shop's work queue of customer care. Recovery tasks, complaints, replies made
into tasks, jobs at risk, devices not collected, and customers' unread replies, in one list;
each can be assigned, snoozed, marked done with a note, or opened on its job or customer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import Perm
from app.care.tasks import MANAGERS_ONLY
from app.changes import Changes
from app.database.choice import is_connection_lost
from ui.care.complaint_dialog import FollowUpComplaintDialog
from ui.care.followups import FollowUp, FollowUpsRead, Show, read_followups
from ui.care.followups_model import COLUMNS, FollowUpsModel
from ui.care.saving_dialog import SavingDialog
from ui.care.task_dialogs import (
    FollowUpAssignDialog,
    FollowUpDoneDialog,
    FollowUpSnoozeDialog,
    ReplyTaskDialog,
)
from ui.operations import messages
from ui.shell.desk import Desk
from ui.shell.tasks import Reads, run_operation
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.select_row import select_row
from ui.widgets.text_direction import TextDirectionDelegate

COUNTS_EVERY_MS = 60_000  # due times pass by themselves: the menu's count is read again


class FollowUpsPage(QWidget):
    job_opened = Signal(int)
    customer_opened = Signal(int)
    counts_changed = Signal()  # the menu's label: nav_text() and urgent()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.reads = Reads(self, on_error=self._read_failed)
        self.count_reads = Reads(self)
        self.found: FollowUpsRead | None = None
        self.counts: dict[str, int] = {}
        self.show_combo = QComboBox()
        self.snoozed = QCheckBox()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #64748b;")
        self.complaint = QPushButton()
        self.model = FollowUpsModel(desk.lang, desk.calendar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("summary"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in ("customer", "summary"):  # people's text, each in its own direction
            self.table.setItemDelegateForColumn(COLUMNS.index(column),
                                                TextDirectionDelegate(self.table))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #64748b;")
        self.empty.hide()

        self.assign = QPushButton()
        self.snooze = QPushButton()
        self.done = QPushButton()
        self.open_job = QPushButton()
        self.open_customer = QPushButton()
        self.make_task = QPushButton()
        self.mark_read = QPushButton()
        self.why = QLabel()  # why an action is not offered for this row
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #92400e;")

        top = QHBoxLayout()
        top.addWidget(self.show_combo)
        top.addWidget(self.snoozed)
        top.addWidget(self.summary, 1)
        top.addWidget(self.complaint)
        actions = QWidget()
        flow = FlowLayout(actions)
        for button in self.action_buttons():
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(actions)
        layout.addWidget(self.why)

        self.show_combo.currentIndexChanged.connect(self.refresh)
        self.snoozed.toggled.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._enable_actions)
        self.table.doubleClicked.connect(self._open_row)
        self.complaint.clicked.connect(self.record_complaint)
        self.assign.clicked.connect(self._assign)
        self.snooze.clicked.connect(self._snooze)
        self.done.clicked.connect(self._done)
        self.open_job.clicked.connect(self._open_job)
        self.open_customer.clicked.connect(self._open_customer)
        self.make_task.clicked.connect(self._make_task)
        self.mark_read.clicked.connect(self._mark_read)
        self.timer = QTimer(self)
        self.timer.setInterval(COUNTS_EVERY_MS)
        self.timer.timeout.connect(self.refresh_counts)
        self.timer.start()
        self.translate_ui()
        self._enable_actions()
        self.refresh_counts()

    def action_buttons(self) -> list[QPushButton]:
        return [self.assign, self.snooze, self.done, self.open_job, self.open_customer,
                self.make_task, self.mark_read]

    def translate_ui(self) -> None:
        chosen = self.show_combo.currentData()
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        for show, text in ((Show.OPEN, self.tr("All open")), (Show.OVERDUE, self.tr("Overdue")),
                           (Show.MINE, self.tr("Mine")), (Show.DONE, self.tr("Done"))):
            self.show_combo.addItem(text, show.value)
        self.show_combo.setCurrentIndex(max(self.show_combo.findData(chosen), 0))
        self.show_combo.blockSignals(False)
        self.snoozed.setText(self.tr("Include snoozed"))
        self.complaint.setText(self.tr("Record complaint…"))
        self.assign.setText(self.tr("Assign…"))
        self.snooze.setText(self.tr("Snooze…"))
        self.done.setText(self.tr("Done…"))
        self.open_job.setText(self.tr("Open job"))
        self.open_customer.setText(self.tr("Open customer"))
        self.make_task.setText(self.tr("Make a task…"))
        self.mark_read.setText(self.tr("Mark read"))
        self.model.translate()

    # --- reading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read only when shown: a page nobody opens costs the start nothing."""
        self.refresh()
        super().showEvent(event)

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def listing(self) -> Show:
        return Show(self.show_combo.currentData() or Show.OPEN)

    def concerns(self) -> Changes:
        return Changes(care=True, messages=True)

    refresh_hidden = True  # hidden, only the menu's count is read again

    def refresh(self) -> None:
        if not self.isVisible():
            self.refresh_counts()
            return
        services, show = self.desk.services, self.listing()
        snoozed, me = self.snoozed.isChecked(), self.desk.actor.user_id
        self.snoozed.setEnabled(show != Show.DONE)
        self.reads.read(lambda: read_followups(services, show, snoozed, me), self._show_rows)

    def refresh_counts(self) -> None:
        care = self.desk.services.care
        self.count_reads.read(care.open_counts, self._show_counts, lambda _err: None)

    def _show_rows(self, found: FollowUpsRead) -> None:
        selected = self.selected()
        self.found = found
        self.model.load(found.rows, found.now, found.timezone)
        self._size_columns()
        if selected is not None:
            self.select(selected.key)
        nothing = not found.rows
        self.table.setVisible(not nothing)
        self.empty.setVisible(nothing)
        self.empty.setText(self.tr("Nothing done yet.") if self.listing() == Show.DONE else
                           self.tr("Nothing to follow up. Complaints, unhappy survey answers "
                                   "and customers' replies show here."))
        self._show_counts(found.counts)
        self._enable_actions()

    def _size_columns(self) -> None:
        """Kind, job, owner and due fit their text; the customer takes up to a quarter of the
        width and the state a fifth (the whole text on hover); what it is about the rest."""
        header = self.table.horizontalHeader()
        width = self.table.viewport().width()
        for column in COLUMNS:
            if column == "summary":
                continue
            position = COLUMNS.index(column)
            wanted = max(self.table.sizeHintForColumn(position),
                         header.sectionSizeHint(position)) + 8
            if column in ("customer", "marks"):
                wanted = min(wanted, width // (4 if column == "customer" else 5))
            header.resizeSection(position, wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        open_, overdue = counts.get("open", 0), counts.get("overdue", 0)
        parts = [self.tr("{count} open").format(count=self.desk.digits(str(open_)))]
        if overdue:
            parts.append(self.tr("{count} overdue").format(count=self.desk.digits(str(overdue))))
        if counts.get("owner"):
            parts.append(self.tr("{count} with the owner").format(
                count=self.desk.digits(str(counts["owner"]))))
        self.summary.setText(" · ".join(parts))
        self.counts_changed.emit()

    def nav_text(self) -> str:
        """The menu's word, with the open follow-ups counted once they are read."""
        count = self.counts.get("open", 0)
        if not count:
            return self.tr("Follow-ups")
        return self.tr("Follow-ups ({count})").format(count=self.desk.digits(str(count)))

    def urgent(self) -> bool:
        return self.counts.get("overdue", 0) > 0

    def _read_failed(self, err: Exception) -> None:
        if not is_connection_lost(err):  # a lost server has its own banner
            self.desk.show_error(self, err)

    # --- the selected row ---------------------------------------------------------------
    def selected(self) -> FollowUp | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, key: tuple[str, int]) -> bool:
        """Select the row of this task or reply."""
        for position, row in enumerate(self.model.rows):
            if row.key == key:
                select_row(self.table, position)
                return True
        return False

    def _enable_actions(self) -> None:
        row = self.selected()
        task = row.task if row is not None and row.is_open_task else None
        reply = row.reply if row is not None else None
        why: list[str] = []
        may_assign = self.desk.can(Perm.ASSIGN)
        self.assign.setEnabled(task is not None and may_assign)
        if task is not None and not may_assign:
            why.append(self.tr("Only reception or a manager gives follow-ups to people."))
        self.snooze.setEnabled(task is not None)
        closes = task is not None and (task.kind not in MANAGERS_ONLY
                                       or self.desk.can(Perm.OVERRIDE))
        self.done.setEnabled(closes)
        if task is not None and not closes:
            why.append(self.tr("Only a manager or the owner closes a recovery or a "
                               "complaint: the customer was let down."))
        self.open_job.setEnabled(row is not None and row.job_id is not None)
        self.open_customer.setEnabled(row is not None and row.customer_id is not None)
        self.make_task.setEnabled(reply is not None and reply.customer_id is not None)
        if reply is not None and reply.customer_id is None:
            why.append(self.tr("This reply is from a number that is no customer's: it can be "
                               "marked read, not made into a task."))
        self.mark_read.setEnabled(reply is not None)
        for button in (self.assign, self.done, self.make_task):
            button.setToolTip("" if button.isEnabled() or not why else "\n".join(why))
        self.why.setText("\n".join(why))
        self.why.setVisible(bool(why))

    # --- actions ------------------------------------------------------------------------
    def _ask(self, dialog: SavingDialog) -> None:
        dialog.exec()
        if dialog.stale is not None:  # changed on another PC: say so, show it as it is now
            self.desk.show_error(self, dialog.stale)
        if dialog.saved is not None or dialog.stale is not None:
            self.refresh()
        dialog.deleteLater()

    def _assign(self) -> None:
        row = self.selected()
        if row is not None and row.task is not None and self.found is not None:
            self._ask(FollowUpAssignDialog(self.desk, self, row.task,
                                           self.model.describe(row), self.found.users))

    def _snooze(self) -> None:
        row, found = self.selected(), self.found
        if row is not None and row.task is not None and found is not None:
            self._ask(FollowUpSnoozeDialog(self.desk, self, row.task, self.model.describe(row),
                                           self.desk.services.clock(), found.hours,
                                           found.timezone))

    def _done(self) -> None:
        row = self.selected()
        if row is not None and row.task is not None:
            self._ask(FollowUpDoneDialog(self.desk, self, row.task,
                                         self.model.describe(row)))

    def _make_task(self) -> None:
        row = self.selected()
        if row is not None and row.reply is not None:
            self._ask(ReplyTaskDialog(self.desk, self, row.reply))

    def record_complaint(self) -> None:
        row = self.selected()
        """On the selected row's job, if it has one; any job or customer may be typed."""
        number = row.job_number if row is not None else None
        self._ask(FollowUpComplaintDialog(self.desk, self,
                                          self.desk.digits(number) if number else ""))

    def _mark_read(self) -> None:
        row = self.selected()
        if row is None or row.reply is None:
            return

        def failed(err: Exception) -> None:
            self.desk.show_error(self, err)
            self.refresh()

        run_operation(messages.mark_read(desk=self.desk, reply_id=row.reply.id,
                                         job_id=row.reply.job_id),
                      parent=self, on_done=lambda _: self.refresh(), on_error=failed,
                      owner=self)

    def _open_job(self) -> None:
        row = self.selected()
        if row is not None and row.job_id is not None:
            self.job_opened.emit(row.job_id)

    def _open_customer(self) -> None:
        row = self.selected()
        if row is not None and row.customer_id is not None:
            self.customer_opened.emit(row.customer_id)

    def _open_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.job_id is not None:
            self.job_opened.emit(row.job_id)
        elif row.customer_id is not None:
            self.customer_opened.emit(row.customer_id)
