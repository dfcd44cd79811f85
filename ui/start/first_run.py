"""First start of a PC: language, then the shop's name and phone and the manager's account for
a new shop, or the shop's server for a PC that joins a shop (see ui/first_run_start.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWizard,
    QWizardPage,
)

from app.auth.roles import Actor
from app.bootstrap import Services
from app.database.choice import keep
from app.errors import DomainError
from app.settings.first_run import ShopSetup, set_up_shop
from app.this_pc import workstation
from ui.shell.errors import describe
from ui.shell.i18n import apply_language
from ui.shell.tasks import in_background
from ui.start.first_run_start import StartPage
from ui.start.server_form import ERROR_STYLE


class FirstRunWizard(QWizard):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.actor: Actor | None = None
        self.joined: str | None = None  # the server's URL, when this PC joined a shop
        self.setting_up = False  # the shop is being set up off the UI thread
        # Only a PC on its own file may join another shop; on a blank server the shop is made.
        self.language_page = StartPage(joinable=services.local)
        self.fa, self.en = self.language_page.fa, self.language_page.en
        self.fa.toggled.connect(self._language_changed)
        self.language_page.join.toggled.connect(self.translate_ui)

        self.shop_page = QWizardPage()
        self.shop_name = QLineEdit()
        self.shop_phone = QLineEdit()
        self.shop_labels = [QLabel(), QLabel()]
        shop_form = QFormLayout(self.shop_page)
        for label, field in zip(self.shop_labels, (self.shop_name, self.shop_phone),
                                strict=True):
            shop_form.addRow(label, field)

        self.admin_page = QWizardPage()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_labels = [QLabel() for _ in range(4)]
        self.admin_form = QFormLayout(self.admin_page)
        for label, field in zip(self.admin_labels, (self.username, self.full_name,
                                                    self.password, self.password_again),
                                strict=True):
            self.admin_form.addRow(label, field)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.admin_form.addRow(self.error)

        for page in (self.language_page, self.shop_page, self.admin_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.translate_ui()

    @property
    def lang(self) -> str:
        return "fa" if self.fa.isChecked() else "en"

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tamirgah: join a shop") if self.language_page.joining()
                            else self.tr("Tamirgah: a new shop"))
        self.language_page.setTitle(self.tr("Language"))
        self.language_page.setSubTitle(self.tr("The language of the app, papers and messages"))
        self.language_page.translate_ui()
        self.shop_page.setTitle(self.tr("Your shop"))
        self.shop_page.setSubTitle(self.tr("Printed on every paper and in every SMS"))
        for label, text in zip(self.shop_labels, (self.tr("Shop name"), self.tr("Shop phone")),
                               strict=True):
            label.setText(text)
        self.admin_page.setTitle(self.tr("The manager's account"))
        self.admin_page.setSubTitle(self.tr("The manager adds the other users later"))
        for label, text in zip(self.admin_labels, (self.tr("Username"), self.tr("Full name"),
                                                   self.tr("Password"),
                                                   self.tr("Password again")), strict=True):
            label.setText(text)
        self.shop_name.setPlaceholderText(self.tr("e.g. Novin Mobile Repair"))
        self.shop_phone.setPlaceholderText("021 8888 1234")
        self.username.setPlaceholderText(self.tr("lower-case Latin letters, e.g. admin"))

    def _language_changed(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_language(app, self.lang)
        self.translate_ui()

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.language_page and self.language_page.joining():
            return self._join()
        if self.currentPage() is not self.admin_page:
            return True
        if self.actor is not None:
            return True  # set up: Finish goes on
        if not self.setting_up:
            self._set_up()
        return False

    def _set_up(self) -> None:
        """The shop and its manager are written off the UI thread; once they are, the wizard
        finishes (validating this page again, now with the manager signed in)."""
        setup = ShopSetup(self.lang, self.shop_name.text(), self.shop_phone.text(),
                          self.username.text(), self.full_name.text(), self.password.text(),
                          self.password_again.text())
        users, settings = self.services.users, self.services.settings
        self.setting_up = True
        self.error.setText("")

        def done(actor: Actor) -> None:
            self.setting_up = False
            self.actor = actor
            self.accept()

        def refused(err: Exception) -> None:
            self.setting_up = False
            self.error.setText(describe(err, self.lang))
            if isinstance(err, DomainError) and err.field and err.field.startswith("shop."):
                self.back()
                self.error.setText("")
                self.shop_page.setSubTitle(describe(err, self.lang))

        in_background(lambda: set_up_shop(users, settings, setup), done, refused, owner=self)

    def _join(self) -> bool:
        """This PC opens the tested server from now on, in the language chosen here."""
        url = self.language_page.server.ok_url()
        if url is None:
            return False
        try:
            keep(url)
            workstation.put("language", self.lang)
        except OSError as err:
            self.language_page.server.say(ERROR_STYLE, str(err))
            return False
        self.joined = url
        return True
