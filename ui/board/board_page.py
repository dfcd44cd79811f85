"""The job board: the day's work with filters, counts per status, and search as you type."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import REPAIRING
from app.auth.service import UserInfo
from app.changes import Changes
from app.database.choice import is_connection_lost
from app.jobs.listing import JobFilter
from app.jobs.workflow import OPEN_STATUSES, Status
from app.locale.labels import status_label
from ui.board.at_risk import AtRiskRule
from ui.board.colours import GROUPS
from ui.board.job_table_model import COLUMNS, JobTableModel
from ui.shell.desk import Desk
from ui.shell.tasks import Latest, in_background, still
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.select_row import select_row
from ui.widgets.shop_date import ShopDateEdit
from ui.widgets.text_direction import TextDirectionDelegate

ALL, OPEN = "all", "open"


class BoardPage(QWidget):
    job_opened = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        services = desk.services
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.model = JobTableModel(services.listing, lambda: AtRiskRule.of(
            services.settings.all(), services.clock()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        for free_text in ("customer", "device"):  # typed by people: each in its own direction
            self.table.setItemDelegateForColumn(COLUMNS.index(free_text),
                                                TextDirectionDelegate(self.table))
        self.table.verticalHeader().hide()
        # Painting a row only looks up its texts: one line each, every row the same height.
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

        self.status = QComboBox()
        self.technician = QComboBox()
        self.use_dates = QCheckBox()
        self.date_from = ShopDateEdit(desk.lang, desk.calendar)
        self.date_to = ShopDateEdit(desk.lang, desk.calendar)
        self.date_from.set_day(dt.date.today() - dt.timedelta(days=30))
        self.overdue = QCheckBox()
        self.count_buttons: dict[Status, QToolButton] = {}
        self.count_total = QLabel()

        filters = QHBoxLayout()
        for widget in (self.status, self.technician, self.use_dates, self.date_from,
                       self.date_to, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        # Fourteen chips do not fit one row of a laptop's screen: they wrap onto the next.
        self.counts = QWidget()
        counts = FlowLayout(self.counts)
        for _, statuses, colour in GROUPS:
            for status in statuses:
                button = QToolButton()
                button.setAutoRaise(True)
                button.setStyleSheet(f"background: {colour}; color: #111827; "
                                     "border-radius: 4px; padding: 2px 6px;")
                button.clicked.connect(lambda _=False, s=status: self.show_status(s))
                self.count_buttons[status] = button
                counts.addWidget(button)
        counts.addWidget(self.count_total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table)

        self._searches = Latest()
        self.search_box.textChanged.connect(self.search)
        for combo in (self.status, self.technician):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.use_dates, self.overdue):
            box.toggled.connect(self.apply_filters)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filters)
        self.table.doubleClicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)
        self.technician.addItem("", None)  # anyone; the technicians are read off the UI thread
        self.model.on_error = self._read_failed
        self.translate_ui()
        self._read_technicians()
        self.model.set_filter(self.current_filter())

    def translate_ui(self) -> None:
        self.search_box.setPlaceholderText(
            self.tr("Search: job number, mobile, name, IMEI or serial (Ctrl+F)"))
        self.use_dates.setText(self.tr("Received between"))
        self.overdue.setText(self.tr("Overdue"))
        self.model.set_language(self.desk.lang, self.desk.calendar, [
            self.tr("Job"), self.tr("Status"), self.tr("Customer"), self.tr("Mobile"),
            self.tr("Device"), self.tr("Promised"), self.tr("Received")],
            self.tr("Promised date at risk"))
        self._fill_combos()
        self.refresh_counts()

    def _fill_combos(self) -> None:
        lang = self.desk.lang
        for combo in (self.status, self.technician):
            combo.blockSignals(True)
        chosen = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("Open jobs"), OPEN)
        self.status.addItem(self.tr("All jobs"), ALL)
        for status in Status:
            self.status.addItem(status_label(status, lang), status.value)
        self.status.setCurrentIndex(max(self.status.findData(chosen or OPEN), 0))
        self.technician.setItemText(0, self.tr("Any technician"))
        for combo in (self.status, self.technician):
            combo.blockSignals(False)

    def _read_technicians(self) -> None:
        users = self.desk.services.users
        in_background(users.list, self._fill_technicians, lambda err: None, busy=False,
                      owner=self)  # a lost server has its banner

    def _fill_technicians(self, people: list[UserInfo]) -> None:
        who = self.technician.currentData()
        self.technician.blockSignals(True)
        while self.technician.count() > 1:
            self.technician.removeItem(1)
        for user in people:
            if user.active and user.role in REPAIRING:
                self.technician.addItem(user.full_name, user.id)
        self.technician.setCurrentIndex(max(self.technician.findData(who), 0))
        self.technician.blockSignals(False)

    def current_filter(self) -> JobFilter:
        chosen = self.status.currentData()
        statuses: tuple[Status, ...] = ()
        if chosen == OPEN:
            statuses = tuple(s for s in Status if s in OPEN_STATUSES)
        elif chosen not in (ALL, None):
            statuses = (Status(chosen),)
        dates = self.use_dates.isChecked()
        return JobFilter(statuses=statuses, technician_id=self.technician.currentData(),
                         created_from=self.date_from.day() if dates else None,
                         created_to=self.date_to.day() if dates else None,
                         overdue=self.overdue.isChecked())

    def apply_filters(self) -> None:
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._searches.next()  # a search still on its way would overwrite the filtered list
        self.model.set_filter(self.current_filter())
        self.refresh_counts()

    def show_status(self, status: Status) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))

    def refresh(self) -> None:
        """Read the board again, e.g. when another workstation changed something; the
        selected job and the scroll position stay where the user left them."""
        term = self.search_box.text()
        if term.strip():
            self.search(term)
            self.refresh_counts()
            return
        selected = self.selected_job()
        scroll = self.table.verticalScrollBar().value()

        def restore() -> None:
            if not still(self.table):  # the desk was rebuilt (another language) meanwhile
                return
            if selected is not None:
                for position in range(self.model.rowCount()):
                    if self.model.row_at(position).id == selected:
                        select_row(self.table, position)
                        break
            self.table.verticalScrollBar().setValue(scroll)

        self.model.set_filter(self.current_filter(), rows=self.model.rowCount(), then=restore)
        self.refresh_counts()

    def concerns(self) -> Changes:
        return Changes(jobs=True, settings=True)  # settings: when a promise is at risk

    refresh_hidden = True  # its reads run off the UI thread: kept current even when hidden

    def selected_job(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def refresh_counts(self) -> None:
        """Counts per status, read off the UI thread: on a million jobs they take longer
        than the first page of rows, which shows at once."""
        flt = self.current_filter()
        listing = self.desk.services.listing
        wanted = JobFilter(technician_id=flt.technician_id, created_from=flt.created_from,
                           created_to=flt.created_to, overdue=flt.overdue)
        in_background(lambda: listing.status_counts(wanted), self.show_counts,
                      lambda err: None, busy=False, owner=self)  # lost server: its banner

    def show_counts(self, counts: dict[Status, int]) -> None:
        for status, button in self.count_buttons.items():
            button.setText(f"{status_label(status, self.desk.lang)} "
                           f"{self.desk.digits(str(counts.get(status, 0)))}")
        total = sum(n for s, n in counts.items() if s in OPEN_STATUSES)
        self.count_total.setText(self.tr("Open: {count}").format(
            count=self.desk.digits(str(total))))

    def search(self, term: str) -> None:
        number = self._searches.next()  # a search still on its way is now out of date
        if not term.strip():
            self.model.set_filter(self.current_filter())
            return
        search = self.desk.services.search

        def shown(rows: list[object] | None) -> None:
            if rows is not None and self._searches.is_current(number):  # else a newer one came
                self.model.show_rows(rows)

        def find() -> list[object] | None:
            if not self._searches.is_current(number):
                return None  # typed past before its turn came: do not queue the newer one
            return list(search.jobs(term))

        in_background(find, shown, self._read_failed, busy=False, owner=self)

    def _read_failed(self, err: Exception) -> None:
        if not is_connection_lost(err):  # a lost server has its own banner
            self.desk.show_error(self, err)

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.job_opened.emit(self.model.row_at(index.row()).id)
