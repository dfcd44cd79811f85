"""One job, for reception and the bench: the header with its next moves, the timeline, the
estimate, payments and notes.

    window = JobWindow(desk, job_id)          # reads the job off the UI thread
    window.open_job.connect(main.open_job)     # e.g. the warranty return just opened
    window.show()

Every change is one operation (ui/operations) run off the UI thread; the desk's hub tells the
other screens what it changed. A change refused because another workstation saved first opens
the conflict dialog; what the user typed stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from zoneinfo import ZoneInfo

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

from app.auth.roles import REPAIRING, Perm
from app.auth.service import UserInfo
from app.care.views import SurveyView
from app.changes import Changes
from app.database.choice import is_connection_lost
from app.errors import ConflictError, DomainError
from app.jobs.screen import JobScreen, ScreenSettings, read_job_screen
from app.jobs.service import LineInput, NextAction, UnlockInfo
from app.jobs.views import JobDetail
from app.jobs.workflow import TERMINAL, Status
from app.notify.views import MessageView, ReplyView
from ui.job.care_dialogs import ComplaintDialog, PromiseDialog
from ui.job.conflict import ConflictDialog
from ui.job.estimate_editor import EstimateEditor
from ui.job.header import JobHeader
from ui.job.move_dialog import MoveDialog, MoveInput, needs_asking
from ui.job.notes import NotesPanel
from ui.job.payments import PaymentsPanel
from ui.job.timeline import TimelinePanel, timeline_rows
from ui.job.unlock import UnlockDialog
from ui.job.words import JobWords
from ui.operations import care_job, jobs, messages
from ui.printing.desk import Outcome, PaperPrinting
from ui.shell.desk import Desk
from ui.shell.tasks import Latest, Operation, in_background, run_operation

T = TypeVar("T")


class JobWindow(QWidget):
    changed = Signal(int)  # the job id, after any change was saved
    open_job = Signal(int)  # another job to show, e.g. a warranty return just opened

    def __init__(self, desk: Desk, job_id: int, parent: QWidget | None = None) -> None:
        """The window opens at once; what it shows is read off the UI thread and its panels
        are built when the first reading arrives (`loaded` tells when)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.job_id = job_id
        self.busy = QLabel()
        self.busy.setStyleSheet("color: #64748b;")
        self.column = QVBoxLayout(self)
        self.column.addStretch(1)
        self.column.addWidget(self.busy)

        self.detail: JobDetail
        self.next_moves: list[NextAction] = []
        self.messages: list[MessageView] = []
        self.replies: list[ReplyView] = []
        self.built = False
        self.loading = False
        self.working = False
        self.reads = Latest()
        self.unlock_dialog: UnlockDialog | None = None
        self.move_dialog: MoveDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.warranty_dialog: QInputDialog | None = None
        self.promise_dialog: PromiseDialog | None = None
        self.complaint_dialog: ComplaintDialog | None = None
        self.surveys: list[SurveyView] = []
        self.last_print: Outcome | None = None
        self.resize(1180, 760)
        self.reload()

    def concerns(self) -> Changes:
        return Changes(job_ids=frozenset({self.job_id}), settings=True)  # currency, time zone

    @property
    def loaded(self) -> bool:
        return self.built and not self.loading

    def _build(self, settings: ScreenSettings) -> None:
        desk = self.desk
        self.words = JobWords(desk.lang, desk.calendar, settings.timezone, settings.currency)
        self.grace_seconds = settings.grace_seconds
        self.printing = PaperPrinting(desk.services.papers, desk.actor, parent=self,
                                      lang=desk.lang)
        self.header = JobHeader(self.words, can_reveal=settings.may_reveal,
                                can_intake=desk.can(Perm.INTAKE),
                                can_edit=desk.can(Perm.EDIT_JOB))
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
        stretch = self.column.takeAt(0)  # the placeholder that kept the busy line below
        del stretch
        self.column.insertWidget(0, self.header)
        self.column.insertWidget(1, line)
        self.column.insertWidget(2, body, 1)
        for part in (self.header, line, body):
            part.show()  # at once, not on the next turn of the event loop: the window is up

        self.header.move_requested.connect(self.move_to)
        self.header.undo_requested.connect(self.undo)
        self.header.warranty_requested.connect(self.warranty_return)
        self.header.reveal_requested.connect(self.reveal_unlock)
        self.header.assign_requested.connect(self.assign_technician)
        self.header.promise_requested.connect(self.new_promised_date)
        self.header.complaint_requested.connect(self.record_complaint)
        self.header.print_requested.connect(self.print_document)
        self.header.preview_requested.connect(self.preview_document)
        self.header.pdf_requested.connect(self.save_document)
        self.timeline.reprint_requested.connect(self.reprint)
        self.timeline.mark_read_requested.connect(self.mark_read)
        self.estimate.save_requested.connect(self.save_estimate)
        self.payments.pay_requested.connect(self.take_payment)
        self.payments.refund_requested.connect(self.refund)
        self.notes.add_requested.connect(self.add_note)
        self.built = True

    # --- reading -----------------------------------------------------------------------------
    def translate_ui(self) -> None:
        if not self.built:
            return
        self.setWindowTitle(self.tr("Job {number}").format(
            number=self.words.number(self.detail.number)))
        self.tabs.setTabText(0, self.tr("Estimate"))
        self.tabs.setTabText(1, self.tr("Payments"))
        for panel in (self.header, self.timeline, self.notes, self.estimate, self.payments):
            panel.translate_ui()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the job again off the UI thread (a newer reading supersedes an older one
        still on its way); unsaved input (a note, estimate lines) stays on screen."""
        services, actor, job_id = self.desk.services, self.desk.actor, self.job_id
        generation = self.reads.next()
        self.loading = True

        def arrived(answer: tuple[JobScreen, list[SurveyView]]) -> None:
            if not self.reads.is_current(generation):
                return
            self.loading = False
            self.show_screen(*answer)
            if then is not None:
                then()

        def failed(err: Exception) -> None:
            if not self.reads.is_current(generation):
                return
            self.loading = False
            if then is not None:
                then()
            if not is_connection_lost(err):  # a lost server has the main window's banner
                self.desk.show_error(self, err)

        def read() -> tuple[JobScreen, list[SurveyView]]:
            return read_job_screen(services, actor, job_id), services.care.surveys(job_id)

        in_background(read, arrived, failed, busy=False, owner=self)

    def show_screen(self, screen: JobScreen, surveys: list[SurveyView] | None = None) -> None:
        first = not self.built
        if first:
            self._build(screen.settings)
        self.detail, self.next_moves = screen.detail, screen.moves
        self.messages, self.replies = screen.messages, screen.replies
        self.header.show_job(self.detail, self.next_moves, self.desk.role,
                             self.desk.can(Perm.OVERRIDE))
        self.surveys = surveys or []
        self.header.show_surveys(self.surveys)
        self.timeline.show_rows(timeline_rows(self.words, self.detail.events, self.messages,
                                              self.replies))
        self.estimate.load(self.detail.lines)
        self.estimate.set_closed(self.detail.status in TERMINAL)
        self.payments.show_job(self.detail)
        if first:
            self.translate_ui()

    # --- running a change --------------------------------------------------------------------
    def run(self, op: Operation[T], done: Callable[[T], None] | None = None, *,
            estimate_saved: bool = False, on_error: Callable[[Exception], None] | None = None,
            ) -> bool:
        """Run one operation off the UI thread; then read the job again, call `done` and
        say so. `working` holds until the job is read again.

        Returns False when another change is still on its way (nothing is started)."""
        if self.working:
            return False
        self.working = True
        self.busy.setText(self.tr("Working…"))

        def finished(result: T) -> None:
            if estimate_saved:
                self.estimate.model.dirty = False
            self.changed.emit(self.job_id)

            def after() -> None:
                self._idle()
                if done is not None:
                    done(result)

            self.reload(after)

        run_operation(op, parent=self, on_done=finished, on_error=on_error or self._failed,
                      owner=self)
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

        def moved(_: int) -> None:
            self.header.offer_undo(self.grace_seconds)
            if action.target == Status.DELIVERED:
                self.print_document("invoice")

        self.run(jobs.change_status(desk=self.desk, job_id=self.job_id, target=action.target,
                                    version=self.detail.version, reason=answer.reason,
                                    promised_date=answer.promised_date,
                                    override=answer.override), moved)

    def undo(self) -> None:
        self.header.hide_undo()
        self.run(jobs.undo_status_change(desk=self.desk, job_id=self.job_id,
                                         version=self.detail.version))

    def assign_technician(self) -> None:
        """Reception and managers give the job to anyone at the bench; a technician takes it."""
        if self.desk.can(Perm.ASSIGN):
            users = self.desk.services.users
            in_background(users.list, self._choose_technician,
                          lambda err: self.desk.show_error(self, err), owner=self)
        else:
            self.run(jobs.assign(desk=self.desk, job_id=self.job_id,
                                 version=self.detail.version,
                                 technician_id=self.desk.actor.user_id))

    def _choose_technician(self, users: list[UserInfo]) -> None:
        """The people at the bench, read off the UI thread; the choice, asked here."""
        people = [u for u in users
                  if u.active and u.role in REPAIRING]
        names = [self.tr("Nobody yet")] + [u.full_name for u in people]
        current = next((i + 1 for i, u in enumerate(people)
                        if u.id == self.detail.technician_id), 0)
        name, chosen = QInputDialog.getItem(self, self.tr("Assign"), self.tr(
            "Technician for this job:"), names, current, False)
        if not chosen:
            return
        index = names.index(name)
        technician = people[index - 1].id if index else None
        self.run(jobs.assign(desk=self.desk, job_id=self.job_id, version=self.detail.version,
                             technician_id=technician))

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

        self.run(jobs.open_warranty_return(desk=self.desk, job_id=self.job_id,
                                           problem=problem, override=override),
                 lambda new: self.open_job.emit(new.id), on_error=ended)

    # --- customer care ------------------------------------------------------------------------
    def new_promised_date(self) -> None:
        """A new promised date, set and told to the customer in one step."""
        today = self.desk.services.clock().astimezone(ZoneInfo(self.words.tz)).date()
        self.promise_dialog = PromiseDialog(self.words, self.detail.promised_date, today, self)
        if self.promise_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.run(care_job.new_promised_date(desk=self.desk, job_id=self.job_id,
                                            version=self.detail.version,
                                            promised=self.promise_dialog.day()))

    def record_complaint(self) -> None:
        self.complaint_dialog = ComplaintDialog(self.desk.lang, self)
        if self.complaint_dialog.exec() != QDialog.DialogCode.Accepted:
            return
        said = self.complaint_dialog.answer()
        self.run(care_job.complaint(desk=self.desk, job_id=self.job_id, text=said.text,
                                    severity=said.severity, came_by=said.came_by))

    # --- the bench ---------------------------------------------------------------------------
    def reveal_unlock(self) -> None:
        def show(info: UnlockInfo) -> None:
            self.unlock_dialog = UnlockDialog(info, self)
            self.unlock_dialog.show()

        self.run(jobs.reveal_unlock(desk=self.desk, job_id=self.job_id), show)

    def save_estimate(self, lines: list[LineInput]) -> None:
        self.run(jobs.set_estimate(desk=self.desk, job_id=self.job_id,
                                   version=self.detail.version, lines=lines),
                 estimate_saved=True)

    # --- money and notes ---------------------------------------------------------------------
    def take_payment(self, amount: int, method: str) -> None:
        self.run(jobs.add_payment(desk=self.desk, job_id=self.job_id, amount=amount,
                                  method=method))

    def refund(self, amount: int, method: str, reason: str) -> None:
        self.run(jobs.refund(desk=self.desk, job_id=self.job_id, amount=amount, method=method,
                             reason=reason),
                 lambda _: self.payments.clear_input())

    def add_note(self, text: str, customer_visible: bool) -> None:
        self.run(jobs.add_note(desk=self.desk, job_id=self.job_id, text=text,
                               customer_visible=customer_visible),
                 lambda _: self.notes.saved())

    def mark_read(self, reply_id: int) -> None:
        self.run(messages.mark_read(desk=self.desk, reply_id=reply_id, job_id=self.job_id))

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
            if outcome is Outcome.CANCELLED:
                self.last_print = outcome
                return
            # a print or a saved PDF is on the timeline: the outcome counts once it shows there
            self.reload(lambda: setattr(self, "last_print", outcome))
            self.changed.emit(self.job_id)
            self.desk.hub.announce(self.concerns(), self)

        def failed(err: Exception) -> None:
            self.busy.clear()
            self.desk.show_error(self, err)

        in_background(work, done, failed, owner=self)
