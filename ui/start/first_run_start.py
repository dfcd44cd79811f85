"""The first-run wizard's first page: the language, and whether this PC starts a new shop in
its own file or joins a shop whose data is on another PC's PostgreSQL server."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.shell.i18n import LANGUAGES
from ui.start.server_form import ServerForm


class StartPage(QWizardPage):
    """Joining ends the wizard on this page: its Finish button says "Join the shop" and is
    enabled once a test of the server's address has connected."""

    def __init__(self, *, joinable: bool) -> None:
        super().__init__()
        self.fa = QRadioButton(LANGUAGES["fa"])
        self.en = QRadioButton(LANGUAGES["en"])
        languages = QButtonGroup(self)
        for button in (self.fa, self.en):
            languages.addButton(button)
        # The language the app shows now: Persian unless English was chosen before.
        (self.en if QLocale().language() == QLocale.Language.English else self.fa) \
            .setChecked(True)
        self.where = QLabel()
        self.new_shop = QRadioButton()
        self.join = QRadioButton()
        kinds = QButtonGroup(self)
        for button in (self.new_shop, self.join):
            kinds.addButton(button)
        self.new_shop.setChecked(True)
        self.server = ServerForm()
        indented = QHBoxLayout()  # mirrored in Persian, so the indent is on the right there
        indented.addSpacing(24)
        indented.addWidget(self.server)

        box = QVBoxLayout(self)
        box.addWidget(self.fa)
        box.addWidget(self.en)
        box.addSpacing(12)
        joining: list[QWidget] = [self.where, self.new_shop, self.join]
        for widget in joining:
            box.addWidget(widget)
        box.addLayout(indented)
        for widget in joining:
            widget.setVisible(joinable)  # a wizard already on a server only creates the shop
        self.joinable = joinable
        box.addStretch(1)
        self.join.toggled.connect(self._kind_changed)
        self.server.tested.connect(self.completeChanged)
        self._kind_changed()

    def translate_ui(self) -> None:
        self.where.setText(self.tr("Where is the shop's data?"))
        self.new_shop.setText(self.tr("A new shop on this PC"))
        self.join.setText(self.tr("This PC joins a shop whose data is on another PC "
                                  "(PostgreSQL server)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Join the shop"))
        self.server.translate_ui()

    def joining(self) -> bool:
        return self.join.isChecked()

    def nextId(self) -> int:
        return -1 if self.joining() else super().nextId()

    def isComplete(self) -> bool:
        return not self.joining() or self.server.ok_url() is not None

    def _kind_changed(self) -> None:
        # the server's form shows only when asked for: a new shop's page fits a small laptop
        self.server.setVisible(self.joinable and self.joining())
        self.setFinalPage(self.joining())  # tells the wizard to show Finish instead of Next
        self.completeChanged.emit()
