"""Message templates: one per event and language, edited with a live preview and the SMS
part count of the longest real message, switched on or off per event, reset to the default,
placeholders to insert."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from app.notify.sms_parts import PartCount
from app.notify.templates import PLACEHOLDERS, MessageEvent, check_template
from app.notify.views import TemplateView
from ui.operations import settings as settings_ops
from ui.settings.common import OK_STYLE, SHOP, ErrorLine, Section, explain
from ui.shell.desk import Desk
from ui.shell.tasks import Operation, run_operation
from ui.widgets.text_direction import show_paragraph

KEY = Qt.ItemDataRole.UserRole


class TemplatesSection(Section):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, SHOP)
        self.views: dict[tuple[str, str], TemplateView] = {}
        self.saving = 0  # writes on their way
        self.shop_name = ""  # the shop's own name, counted where it is longer than the sample
        self.shop_phone = ""  # the shop's own phone: empty, a [part] with it is left out
        self.list = QListWidget()
        self.enabled = QCheckBox()
        self.editor = QPlainTextEdit()
        self.error = ErrorLine()
        self.preview_title = QLabel()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setMinimumHeight(60)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.parts = QLabel()
        self.parts_note = QLabel()
        self.parts_note.setWordWrap(True)
        self.save_button = QPushButton()
        self.reset_button = QPushButton()
        self.done = QLabel()
        self.done.setStyleSheet(OK_STYLE)
        self.placeholders_title = QLabel()
        self.brackets_note = QLabel()
        self.brackets_note.setWordWrap(True)
        self.placeholders = QListWidget()
        for name in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{name}}}")
            item.setData(KEY, name)
            self.placeholders.addItem(item)
        self.placeholders.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.placeholders.setWordWrap(True)
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.insert_button = QPushButton()

        editor_side = QWidget()
        column = QVBoxLayout(editor_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.enabled)
        column.addWidget(self.editor, 2)
        column.addWidget(self.error)
        column.addWidget(self.preview_title)
        column.addWidget(self.preview, 1)
        column.addWidget(self.parts)
        column.addWidget(self.parts_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.done, 1)
        column.addLayout(buttons)
        helper = QWidget()
        helper_column = QVBoxLayout(helper)
        helper_column.setContentsMargins(0, 0, 0, 0)
        helper_column.addWidget(self.placeholders_title)
        helper_column.addWidget(self.brackets_note)
        helper_column.addWidget(self.placeholders, 1)
        helper_column.addWidget(self.insert_button)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(editor_side)
        splitter.addWidget(helper)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        self.body.addWidget(splitter, 1)

        self.list.currentItemChanged.connect(self._moving)
        self.editor.textChanged.connect(self.update_preview)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.enabled.toggled.connect(self._switch)
        self.insert_button.clicked.connect(self.insert_placeholder)
        self.placeholders.itemDoubleClicked.connect(lambda _: self.insert_placeholder())
        for widget in (self.enabled, self.editor, self.save_button, self.reset_button,
                       self.insert_button):
            widget.setEnabled(self.editable)
        self.translate_ui()

    def event_name(self, event: str) -> str:
        names = {
            MessageEvent.RECEIVED: self.tr("Device received"),
            MessageEvent.DIAGNOSIS_STARTED: self.tr("Diagnosis started"),
            MessageEvent.ESTIMATE_READY: self.tr("Estimate ready"),
            MessageEvent.APPROVED: self.tr("Repair approved"),
            MessageEvent.WAITING_PARTS: self.tr("Waiting for parts"),
            MessageEvent.SENT_OUT: self.tr("Sent to another workshop"),
            MessageEvent.READY: self.tr("Ready for pickup"),
            MessageEvent.DELIVERED: self.tr("Delivered"),
            MessageEvent.UNREPAIRABLE: self.tr("Cannot be repaired"),
            MessageEvent.CANCELLED: self.tr("Job cancelled"),
            MessageEvent.PICKUP_REMINDER: self.tr("Pickup reminder"),
            MessageEvent.PROMISED_MOVED: self.tr("New promised date"),
            MessageEvent.WARRANTY_ENDING: self.tr("Warranty ending soon"),
            MessageEvent.SURVEY_NPS: self.tr("Survey: 0–10"),
            MessageEvent.SURVEY_CSAT: self.tr("Survey: 1–5"),
            MessageEvent.SURVEY_WHY: self.tr("Survey: what went wrong?"),
            MessageEvent.SURVEY_THANKS: self.tr("Survey: thanks"),
            MessageEvent.STATUS_REPLY: self.tr("Status answer by SMS"),
            MessageEvent.TEST: self.tr("Test message"),
        }
        return names.get(MessageEvent(event), event)

    def translate_ui(self) -> None:
        self.set_titles(self.tr("Message templates"))
        self.preview_title.setText(self.tr("What the customer reads (with sample values):"))
        self.parts_note.setText(self.tr(
            "The count is that of the longest real message: a long customer name and shop "
            "name, the longest job number, big amounts and a long device model."))
        self.save_button.setText(self.tr("Save template"))
        self.reset_button.setText(self.tr("Back to the default"))
        self.placeholders_title.setText(self.tr("Placeholders (double-click to insert):"))
        self.brackets_note.setText(self.tr(
            "Words in [square brackets] with a placeholder are left out when its value is empty, "
            "e.g. [Call {shop_phone}]."))
        self.insert_button.setText(self.tr("Insert"))
        helps = {
            "customer_name": self.tr("the customer's name"),
            "job_number": self.tr("the job number"),
            "device": self.tr("brand and model"),
            "estimate": self.tr("the estimate with its unit"),
            "total": self.tr("the job's total with its unit"),
            "amount_due": self.tr("what the customer still owes"),
            "promised_date": self.tr("the promised date"),
            "warranty": self.tr("'warranty until …', or nothing"),
            "warranty_end": self.tr("the warranty's end date"),
            "ready_date": self.tr("the day it became ready"),
            "shop_name": self.tr("the shop's name"),
            "shop_phone": self.tr("the shop's phone"),
            "today": self.tr("today's date"),
            "review_link": self.tr("the shop's review or referral link"),
            "open_jobs": self.tr("each open job's number and status"),
        }
        for row in range(self.placeholders.count()):
            item = self.placeholders.item(row)
            name = str(item.data(KEY))
            help_text = helps.get(name, PLACEHOLDERS[name])
            item.setText(f"{{{name}}} — {help_text}")
            item.setToolTip(help_text)
        self.load()

    def load(self, then: Callable[[], None] | None = None) -> None:
        """The templates and the shop's name, read off the UI thread; `then` runs once they
        are shown."""
        messages, settings = self.desk.services.messages, self.desk.services.settings

        def read() -> tuple[list[TemplateView], str, str]:
            return (messages.templates(), str(settings.get("shop.name")),
                    str(settings.get("shop.phone") or ""))

        def show(found: tuple[list[TemplateView], str, str]) -> None:
            self.show_templates(*found)
            if then is not None:
                then()

        self.reads.read(read, show)

    def show_templates(self, views: list[TemplateView], shop_name: str,
                       shop_phone: str = "") -> None:
        current = self.current_key()
        self.views = {(v.event, v.lang): v for v in views}
        self.shop_name, self.shop_phone = shop_name, shop_phone
        self.list.blockSignals(True)
        self.list.clear()
        for key, view in self.views.items():
            item = QListWidgetItem()
            item.setData(KEY, key)
            self._label(item, view)
            self.list.addItem(item)
            if key == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _relabel(self) -> None:
        """The list's labels as stored, leaving the text being edited alone."""
        def show(views: list[TemplateView]) -> None:
            self.views = {(v.event, v.lang): v for v in views}
            for row in range(self.list.count()):
                item = self.list.item(row)
                event, lang = item.data(KEY)
                self._label(item, self.views[(str(event), str(lang))])

        self.reads.read(self.desk.services.messages.templates, show)

    def _label(self, item: QListWidgetItem, view: TemplateView) -> None:
        languages = {"fa": self.tr("Persian"), "en": self.tr("English")}
        text = f"{self.event_name(view.event)} — {languages.get(view.lang, view.lang)}"
        if not view.enabled:
            text += " " + self.tr("(off)")
        if not view.is_default:
            text += " ✎"
        if view.problem:
            text += " ⚠"  # stored by an older version; choosing it shows why it fails
        item.setText(text)
        item.setForeground(Qt.GlobalColor.gray if not view.enabled
                           else self.list.palette().text().color())

    def current_key(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        event, lang = item.data(KEY)
        return str(event), str(lang)

    def select(self, event: str, lang: str) -> None:
        for row in range(self.list.count()):
            if tuple(self.list.item(row).data(KEY)) == (event, lang):
                self.list.setCurrentRow(row)

    def _moving(self, current: QListWidgetItem | None,
                previous: QListWidgetItem | None) -> None:
        if previous is not None and not self._may_leave(previous):
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)  # stay on the edited text
            self.list.blockSignals(False)
            return
        self._show_current()

    def _may_leave(self, item: QListWidgetItem) -> bool:
        """An edited text is saved, dropped or stayed with, as the manager answers."""
        event, lang = item.data(KEY)
        view = self.views.get((str(event), str(lang)))
        if not self.editable or view is None or self.editor.toPlainText() == view.body:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved text"),
            self.tr("Save the changes to \u201c{template}\u201d?").format(template=item.text()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            if not self._checked():
                return False  # refused: the reason shows under the text, which stays
            self._store(view.event, view.lang, self._relabel)  # the list shows it once stored
            return True
        return answer == QMessageBox.StandardButton.Discard

    def _show_current(self) -> None:
        key = self.current_key()
        self.done.setText("")
        if key is None:
            return
        view = self.views[key]
        direction = (Qt.LayoutDirection.RightToLeft if view.lang == "fa"
                     else Qt.LayoutDirection.LeftToRight)
        self.editor.setLayoutDirection(direction)
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(direction)  # "{customer_name} عزیز" is still a Persian line
        self.editor.document().setDefaultTextOption(option)
        self.preview.setLayoutDirection(direction)
        self.enabled.blockSignals(True)
        self.enabled.setChecked(view.enabled)
        self.enabled.setText(self.tr("Send this message ({event})").format(
            event=self.event_name(view.event)))
        self.enabled.blockSignals(False)
        self.editor.setPlainText(view.body)
        self.reset_button.setEnabled(self.editable and not view.is_default)

    def part_text(self, count: PartCount) -> str:
        digits = self.desk.digits
        return self.tr("{parts} SMS · {units} characters · {per_part} per part · "
                       "{left} more fit · {encoding}").format(
            parts=digits(str(count.parts)), units=digits(str(count.units)),
            encoding=count.encoding, per_part=digits(str(count.per_part)),
            left=digits(str(count.left_in_part)))

    def update_preview(self) -> None:
        key = self.current_key()
        if key is None:
            return
        try:
            text, count = self.desk.services.messages.preview(
                self.editor.toPlainText(), key[1], self.shop_name, shop_phone=self.shop_phone)
        except DomainError as err:
            self.error.show_text(explain(err, self.desk.lang))
            self.preview.setText("")
            self.parts.setText("")
            return
        self.error.show_text("")
        show_paragraph(self.preview, text)  # a Persian SMS reads right to left in English
        self.parts.setText(self.part_text(count))

    def save(self) -> None:
        key = self.current_key()
        if key is None or not self._checked():
            return
        self._store(*key, lambda: self.load(
            lambda: self.done.setText(self.tr("Saved."))))

    def _checked(self) -> bool:
        """The text as the service will check it, here at once: a refusal shows under it."""
        try:
            check_template(self.editor.toPlainText())
        except DomainError as err:
            self.error.show_text(explain(err, self.desk.lang))
            return False
        return True

    def _run(self, operation: Operation[Any], then: Callable[[], None]) -> None:
        self.saving += 1

        def done(_: object) -> None:
            self.saving -= 1
            then()

        def refused(err: Exception) -> None:
            self.saving -= 1
            if isinstance(err, DomainError):
                self.error.show_text(explain(err, self.desk.lang))
            else:
                self.desk.show_error(self, err)

        run_operation(operation, parent=self, on_done=done, on_error=refused, owner=self)

    def _store(self, event: str, lang: str, then: Callable[[], None]) -> None:
        self._run(settings_ops.save_template(desk=self.desk, event=event, lang=lang,
                                             body=self.editor.toPlainText()), then)

    def reset(self) -> None:
        key = self.current_key()
        if key is None:
            return
        self._run(settings_ops.reset_template(desk=self.desk, event=key[0], lang=key[1]),
                  lambda: self.load(lambda: self.done.setText(
                      self.tr("The default text is back."))))

    def _switch(self, on: bool) -> None:
        key = self.current_key()
        if key is None:
            return

        def switched() -> None:
            body = self.editor.toPlainText()
            # switching does not throw away an unsaved edit
            self.load(lambda: self.editor.setPlainText(body))

        self._run(settings_ops.switch_message(desk=self.desk, event=key[0], on=on), switched)

    def insert_placeholder(self) -> None:
        item = self.placeholders.currentItem()
        if item is None:
            return
        self.editor.insertPlainText(f"{{{item.data(KEY)}}}")
        self.editor.setFocus()
