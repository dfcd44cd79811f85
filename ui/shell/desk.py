"""What every screen of the desk needs: the services, who is logged in, their language, and
the hub that announces what an operation changed."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from app.auth.roles import Actor, Perm, Role
from app.bootstrap import Services
from ui.shell.errors import show_error
from ui.shell.hub import Hub


@dataclass
class Desk:
    services: Services
    actor: Actor
    lang: str
    calendar: str
    demo: bool = False
    hub: Hub = field(default_factory=Hub)  # what operations changed, for the main window

    @property
    def role(self) -> Role:
        return self.actor.role

    def can(self, perm: Perm) -> bool:
        return self.actor.can(perm)

    def show_error(self, parent: QWidget | None, err: BaseException) -> None:
        show_error(parent, err, self.lang)

    def digits(self, text: str) -> str:
        """Numbers as this user reads them: Persian digits in Persian."""
        from app.locale.text import to_persian_digits

        return to_persian_digits(text) if self.lang == "fa" else text
