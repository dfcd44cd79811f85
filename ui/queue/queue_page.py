"""My queue: the technician's open jobs, with the next step one click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes
from app.jobs.service import NextAction
from app.jobs.workflow import Requirement
from app.locale.labels import move_label
from ui.operations import jobs
from ui.queue.queue_model import QueueModel
from ui.shell.desk import Desk
from ui.shell.tasks import Reads, run_operation
from ui.widgets.select_row import select_row

ASKS_FOR_INPUT = frozenset({Requirement.REASON, Requirement.PROMISED_DATE,
                            Requirement.PAID_IN_FULL})


class QueuePage(QWidget):
    job_opened = Signal(int)
    changed = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.model = QueueModel(desk.lang, desk.calendar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.title = QLabel()
        self.hint = QLabel()
        self.open_button = QPushButton()
        self.actions_row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.moves = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addLayout(self.actions_row)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(bottom)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self._open_selected)
        self.table.selectionModel().selectionChanged.connect(self._show_actions)
        self.translate_ui()
        self.refresh()

    def translate_ui(self) -> None:
        self.title.setText(self.tr("My queue: most urgent first, then by promised date"))
        self.hint.setText(self.tr("Scan a label to open its job."))
        self.open_button.setText(self.tr("Open job"))
        self.model.set_headers([self.tr("Priority"), self.tr("Job"), self.tr("Status"),
                                self.tr("Device"), self.tr("Customer"), self.tr("Promised")])

    @property
    def loading(self) -> bool:
        return self.reads.loading or self.moves.loading

    def refresh(self) -> None:
        """The queue, read off the UI thread."""
        listing = self.desk.services.listing
        user_id = self.desk.actor.user_id
        if user_id is None:
            return

        def show(rows: list[Any]) -> None:
            chosen = self.selected_job()
            self.model.set_rows(rows)
            for position in range(self.model.rowCount()):
                if self.model.row_at(position).id == chosen:
                    select_row(self.table, position)
            self._show_actions()

        self.reads.read(lambda: listing.technician_queue(user_id), show)

    def selected_job(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.job_opened.emit(self.model.row_at(index.row()).id)

    def _open_selected(self) -> None:
        job_id = self.selected_job()
        if job_id is not None:
            self.job_opened.emit(job_id)

    def _show_actions(self) -> None:
        """The selected job's next steps, read off the UI thread."""
        for button in self.action_buttons:
            button.deleteLater()
        self.action_buttons = []
        job_id = self.selected_job()
        self.open_button.setEnabled(job_id is not None)
        if job_id is None:
            self.moves.latest.next()  # an answer on its way is for a job no longer chosen
            return
        jobs_service, actor = self.desk.services.jobs, self.desk.actor
        self.moves.read(lambda: jobs_service.next_actions(actor, job_id),
                        lambda found: self._show_moves(job_id, found))

    def _show_moves(self, job_id: int, actions: list[NextAction]) -> None:
        if job_id != self.selected_job():
            return
        for button in self.action_buttons:
            button.deleteLater()
        self.action_buttons = []
        for action in actions:
            if not action.allowed or action.requires & ASKS_FOR_INPUT:
                continue  # a move that needs a reason, a date or money is made in the job
            button = QPushButton(move_label(action.target, self.desk.lang))
            button.clicked.connect(lambda _=False, a=action, j=job_id: self.take_step(j, a))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)

    def take_step(self, job_id: int, action: NextAction) -> None:
        def done(_: object) -> None:
            self.refresh()
            self.changed.emit(job_id)

        run_operation(jobs.change_status(desk=self.desk, job_id=job_id, target=action.target,
                                         version=None),
                      parent=self, on_done=done,
                      on_error=lambda err: self.desk.show_error(self, err))

    def concerns(self) -> Changes:
        return Changes(jobs=True)
