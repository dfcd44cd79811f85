"""The desk app's entry: one window with the search box and the job list."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.notify.this_pc import start_background
from ui.job_table_model import JobTableModel

TEXTS: dict[str, dict[str, Any]] = {
    "fa": {"search": "جستجو: شماره کار، موبایل، نام، IMEI…",
           "headers": ["شماره کار", "وضعیت", "مشتری", "موبایل", "دستگاه", "پذیرش"],
           "demo": "نسخهٔ نمایشی", "data": "پایگاه داده"},
    "en": {"search": "Search: job number, mobile, name, IMEI…",
           "headers": ["Job", "Status", "Customer", "Mobile", "Device", "Received"],
           "demo": "demo", "data": "Database"},
}


class MainWindow(QMainWindow):
    def __init__(self, services: Services, *, demo: bool = False) -> None:
        super().__init__()
        self.services = services
        self.demo = demo
        self.lang = str(services.settings.get("shop.language"))
        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.model = JobTableModel(services.listing, services.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.status_line = QLabel()
        layout = QVBoxLayout()
        for widget in (self.search_box, self.table, self.status_line):
            layout.addWidget(widget)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.search_box.textChanged.connect(self.model.reload)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_box.setFocus)
        self.resize(1100, 700)
        self.translate_ui()

    def translate_ui(self) -> None:
        texts = TEXTS[self.lang]
        title = f"Tamirgah — {self.services.settings.get('shop.name')}"
        self.setWindowTitle(f"{title} ({texts['demo']})" if self.demo else title)
        self.search_box.setPlaceholderText(texts["search"])
        self.model.set_language(self.lang, str(self.services.settings.get("shop.calendar")),
                                texts["headers"])
        url = self.services.db.engine.url.render_as_string(hide_password=True)
        self.status_line.setText(f"{texts['data']}: {url}")


def run_desk_app(services: Services, *, demo: bool = False) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    if demo and not services.listing.page(limit=1).rows:
        from app.demo import load_demo

        load_demo(services.db, jobs=2000)
    if services.settings.get("shop.language") == "fa":
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window = MainWindow(services, demo=demo)
    window.show()
    stop_sending = start_background(services.db)  # a thread: the window never waits on SMS
    try:
        return app.exec()
    finally:
        if stop_sending is not None:
            stop_sending()
