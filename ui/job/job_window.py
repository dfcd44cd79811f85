"""One job, for reception and the bench: the header with its next moves, the timeline, the
estimate, payments and notes.

    window = JobWindow(desk, job_id)
    window.changed.connect(board.refresh)      # after every change that was saved
    window.open_job.connect(main.open_job)     # e.g. the warranty return just opened
    window.show()

Every change is one service call run off the UI thread. A change refused because another
workstation saved first opens the conflict dialog; what the user typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import Perm, Role
from app.errors import ConflictError, DomainError
from app.jobs.service import LineInput, NextAction, UnlockInfo
from app.jobs.views import JobDetail
from app.jobs.workflow import TERMINAL, Status
from app.notify.views import MessageView, ReplyView
from app.printing.service import PaperService
from ui.job.conflict import ConflictDialog
from ui.job.estimate_editor import EstimateEditor
from ui.job.header import JobHeader
from ui.job.move_dialog import MoveDialog, MoveInput, needs_asking
from ui.job.notes import NotesPanel
from ui.job.payments import PaymentsPanel
from ui.job.timeline import TimelinePanel, timeline_rows
from ui.job.unlock import UnlockDialog
from ui.job.words import JobWords
from ui.printing.desk import Outcome, PaperPrinting
from ui.shell.desk import Desk
from ui.shell.tasks import in_background

T = TypeVar("T")


class JobWindow(QWidget):
    changed = Signal(int)  # the job id, after any change was saved
    open_job = Signal(int)  # another job to show, e.g. a warranty return just opened

    def __init__(self, desk: Desk, job_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.job_id = job_id
        services = desk.services
        settings = services.settings
        self.words = JobWords(desk.lang, desk.calendar, str(settings.get("shop.timezone")),
                              str(settings.get("shop.currency")))
        self.grace_seconds = int(settings.get("sms.grace_seconds"))
        self.printing = PaperPrinting(PaperService(services.jobs, settings), desk.actor,
                                    parent=self, lang=desk.lang)
        self.header = JobHeader(self.words,
                                can_reveal=services.jobs.may_read_unlock(desk.actor),
                                can_intake=desk.can(Perm.INTAKE))
        self.timeline = TimelinePanel(self.words)
        self.notes = NotesPanel()
        self.estimate = EstimateEditor(self.words, editable=desk.can(Perm.EDIT_ESTIMATE))
        self.payments = PaymentsPanel(self.words, can_pay=desk.can(Perm.TAKE_PAYMENT),
                                      can_refund=desk.can(Perm.REFUND))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.estimate, "")
        self.tabs.addTab(self.payments, "")
        story = QSplitter(Qt.Orientation.Vertical)
        story.addWidget(self.timeline)
        story.addWidget(self.notes)
        story.setStretchFactor(0, 3)
        story.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(story)
        body.addWidget(self.tabs)
        body.setSizes([620, 540])
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.busy = QLabel()
        self.busy.setStyleSheet("color: #64748b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(body, 1)
        layout.addWidget(self.busy)

        self.header.move_requested.connect(self.move_to)
        self.header.undo_requested.connect(self.undo)
        self.header.warranty_requested.connect(self.warranty_return)
        self.header.reveal_requested.connect(self.reveal_unlock)
        self.header.assign_requested.connect(self.assign_technician)
        self.header.print_requested.connect(self.print_document)
        self.header.preview_requested.connect(self.preview_document)
        self.header.pdf_requested.connect(self.save_document)
        self.timeline.reprint_requested.connect(self.reprint)
        self.timeline.mark_read_requested.connect(self.mark_read)
        self.estimate.save_requested.connect(self.save_estimate)
        self.payments.pay_requested.connect(self.take_payment)
        self.payments.refund_requested.connect(self.refund)
        self.notes.add_requested.connect(self.add_note)

        self.detail: JobDetail
        self.next_moves: list[NextAction] = []
        self.messages: list[MessageView] = []
        self.replies: list[ReplyView] = []
        self.working = False
        self.unlock_dialog: UnlockDialog | None = None
        self.move_dialog: MoveDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.warranty_dialog: QInputDialog | None = None
        self.last_print: Outcome | None = None
        self.resize(1180, 760)
        self.reload()
        self.translate_ui()

    # --- reading -----------------------------------------------------------------------------
    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Job {number}").format(
            number=self.words.number(self.detail.number)))
        self.tabs.setTabText(0, self.tr("Estimate"))
        self.tabs.setTabText(1, self.tr("Payments"))
        for panel in (self.header, self.timeline, self.notes, self.estimate, self.payments):
            panel.translate_ui()

    def reload(self) -> None:
        """Read the job again; unsaved input (a note, estimate lines) stays on screen."""
        services = self.desk.services
        self.detail = services.jobs.get(self.job_id)
        self.next_moves = services.jobs.next_actions(self.desk.actor, self.job_id)
        self.messages = services.messages.outbox(job_id=self.job_id)
        self.replies = services.messages.replies(job_id=self.job_id)
        self.header.show_job(self.detail, self.next_moves, self.desk.role,
                             self.desk.can(Perm.OVERRIDE))
        self.timeline.show_rows(timeline_rows(self.words, self.detail.events, self.messages,
                                              self.replies))
        self.estimate.load(self.detail.lines)
        self.estimate.set_closed(self.detail.status in TERMINAL)
        self.payments.show_job(self.detail)

    # --- running a change --------------------------------------------------------------------
    def run(self, call: Callable[[], Any], done: Callable[[Any], None] | None = None, *,
            estimate_saved: bool = False) -> bool:
        """Run one service call off the UI thread; then reload, call `done` and say so.

        Returns False when another change is still on its way (nothing is started)."""
        if self.working:
            return False
        self.working = True
        self.busy.setText(self.tr("Working…"))

        def finished(result: Any) -> None:
            self._idle()
            if estimate_saved:
                self.estimate.model.dirty = False
            self.reload()
            self.changed.emit(self.job_id)
            if done is not None:
                done(result)

        in_background(call, finished, self._failed)
        return True

    def _idle(self) -> None:
        self.working = False
        self.busy.clear()

    def _failed(self, err: Exception) -> None:
        self._idle()
        if isinstance(err, ConflictError):
            self.conflict_dialog = ConflictDialog(self.words, err, self)
            if self.conflict_dialog.wants_reload():
                self.reload()
            return
        self.desk.show_error(self, err)

    # --- the workflow ------------------------------------------------------------------------
    def move_to(self, target: str) -> None:
        action = next((a for a in self.next_moves if a.target == target), None)
        if action is None or not action.allowed:
            return
        answer = MoveInput()
        if needs_asking(action.requires, self.detail.totals.balance):
            self.move_dialog = MoveDialog(self.words, action.target, action.requires,
                                          self.detail.totals.balance, self)
            if self.move_dialog.exec() != QDialog.DialogCode.Accepted:
                return
            answer = self.move_dialog.answer()
        jobs, actor, version = self.desk.services.jobs, self.desk.actor, self.detail.version

        def moved(_: Any) -> None:
            self.header.offer_undo(self.grace_seconds)
            if action.target == Status.DELIVERED:
                self.print_document("invoice")

        self.run(lambda: jobs.change_status(actor, self.job_id, action.target, version,
                                            reason=answer.reason,
                                            promised_date=answer.promised_date,
                                            override=answer.override), moved)

    def undo(self) -> None:
        jobs, actor, version = self.desk.services.jobs, self.desk.actor, self.detail.version
        self.header.hide_undo()
        self.run(lambda: jobs.undo_status_change(actor, self.job_id, version))

    def assign_technician(self) -> None:
        """Reception and managers give the job to anyone at the bench; a technician takes it."""
        services, actor = self.desk.services, self.desk.actor
        if self.desk.can(Perm.ASSIGN):
            people = [u for u in services.users.list()
                      if u.active and u.role in (Role.TECHNICIAN, Role.MANAGER)]
            names = [self.tr("Nobody yet")] + [u.full_name for u in people]
            current = next((i + 1 for i, u in enumerate(people)
                            if u.id == self.detail.technician_id), 0)
            name, chosen = QInputDialog.getItem(self, self.tr("Assign"), self.tr(
                "Technician for this job:"), names, current, False)
            if not chosen:
                return
            index = names.index(name)
            technician = people[index - 1].id if index else None
        else:
            technician = actor.user_id
        version = self.detail.version
        self.run(lambda: services.jobs.assign(actor, self.job_id, version, technician))

    def warranty_return(self, *, override: bool = False) -> None:
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Warranty return"))
        ask.setLabelText(self.tr("What is wrong this time?"))
        ask.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        ask.setOkButtonText(self.tr("Open the warranty job"))
        ask.setCancelButtonText(self.tr("Cancel"))
        self.warranty_dialog = ask
        if ask.exec() != QDialog.DialogCode.Accepted or not ask.textValue().strip():
            return
        problem = ask.textValue().strip()
        self._open_warranty(problem, override)

    def _open_warranty(self, problem: str, override: bool) -> None:
        jobs, actor = self.desk.services.jobs, self.desk.actor

        def ended(err: Exception) -> None:
            if (isinstance(err, DomainError) and err.code == "warranty_ended"
                    and self.desk.can(Perm.OVERRIDE) and not override):
                self._idle()
                box = QMessageBox.question(self, self.tr("Warranty return"), self.tr(
                    "The warranty has ended. Open a warranty job anyway (manager's "
                    "override)?"))
                if box == QMessageBox.StandardButton.Yes:
                    self._open_warranty(problem, True)
                return
            self._failed(err)

        if self.working:
            return
        self.working = True
        self.busy.setText(self.tr("Working…"))

        def opened(new: JobDetail) -> None:
            self._idle()
            self.reload()
            self.changed.emit(self.job_id)
            self.open_job.emit(new.id)

        in_background(lambda: jobs.open_warranty_return(actor, self.job_id, problem,
                                                        override=override), opened, ended)

    # --- the bench ---------------------------------------------------------------------------
    def reveal_unlock(self) -> None:
        jobs, actor = self.desk.services.jobs, self.desk.actor

        def show(info: UnlockInfo) -> None:
            self.unlock_dialog = UnlockDialog(info, self)
            self.unlock_dialog.show()

        self.run(lambda: jobs.reveal_unlock(actor, self.job_id), show)

    def save_estimate(self, lines: list[LineInput]) -> None:
        jobs, actor, version = self.desk.services.jobs, self.desk.actor, self.detail.version
        self.run(lambda: jobs.set_estimate(actor, self.job_id, version, lines),
                 estimate_saved=True)

    # --- money and notes ---------------------------------------------------------------------
    def take_payment(self, amount: int, method: str) -> None:
        jobs, actor = self.desk.services.jobs, self.desk.actor
        self.run(lambda: jobs.add_payment(actor, self.job_id, amount, method))

    def refund(self, amount: int, method: str, reason: str) -> None:
        jobs, actor = self.desk.services.jobs, self.desk.actor
        self.run(lambda: jobs.refund(actor, self.job_id, amount, method, reason=reason),
                 lambda _: self.payments.clear_input())

    def add_note(self, text: str, customer_visible: bool) -> None:
        jobs, actor = self.desk.services.jobs, self.desk.actor
        self.run(lambda: jobs.add_note(actor, self.job_id, text,
                                       customer_visible=customer_visible),
                 lambda _: self.notes.saved())

    def mark_read(self, reply_id: int) -> None:
        messages, actor = self.desk.services.messages, self.desk.actor
        self.run(lambda: messages.mark_read(actor, reply_id))

    # --- paper -------------------------------------------------------------------------------
    def print_document(self, document: str) -> None:
        printing = self.printing
        self._paper(lambda: printing.spool(printing.render(self.job_id, document)),
                    printing.settle)

    def reprint(self, event_id: int) -> None:
        printing = self.printing
        self._paper(lambda: printing.spool(printing.render_again(self.job_id, event_id)),
                    printing.settle)

    def preview_document(self, document: str) -> None:
        printing = self.printing
        self._paper(lambda: printing.render(self.job_id, document), printing.preview)

    def save_document(self, document: str) -> None:
        printing = self.printing
        self._paper(lambda: printing.render(self.job_id, document),
                    lambda paper: Outcome.SAVED if printing.save(paper)
                    else Outcome.CANCELLED)

    def _paper(self, work: Callable[[], T], finish: Callable[[T], Outcome]) -> None:
        """Render (and print) off the UI thread; `finish` runs here, where the dialogs live:
        the offer of a PDF after a printer problem, the preview, the file dialog."""
        self.busy.setText(self.tr("Preparing the paper…"))

        def done(result: T) -> None:
            self.busy.clear()
            try:
                outcome = finish(result)
            except Exception as err:  # shown in words, never a traceback
                self.desk.show_error(self, err)
                return
            self.last_print = outcome
            if outcome is not Outcome.CANCELLED:  # a print or a saved PDF is on the timeline
                self.reload()
                self.changed.emit(self.job_id)

        def failed(err: Exception) -> None:
            self.busy.clear()
            self.desk.show_error(self, err)

        in_background(work, done, failed, owner=self)
