"""Operations on the shop's settings and this PC's: each says it changed the settings, so the
screens that show them (the window's title, a job's currency) read them again."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.changes import Changes
from app.database.choice import keep
from app.errors import DomainError
from app.printing.printers import set_preferred_size, set_printer
from app.this_pc import workstation
from ui.shell.desk import Desk
from ui.shell.tasks import Operation

SETTINGS = Changes(settings=True)


@dataclass(frozen=True)
class Saved:
    """What a save wrote: every value, or those before the one the service refused."""
    values: dict[str, Any]  # all the settings as stored afterwards
    written: int
    refused: DomainError | None = None
    refused_key: str = ""


def save_shop_settings(*, desk: Desk, values: Mapping[str, str]) -> Operation[Saved]:
    """Values already checked on the screen; the service checks each again as it writes."""
    settings, actor, todo = desk.services.settings, desk.actor, dict(values)

    def write() -> Saved:
        written = 0
        for key, raw in todo.items():
            try:
                settings.set(actor, key, raw)
            except DomainError as err:
                return Saved(settings.all(), written, err, key)
            written += 1
        return Saved(settings.all(), written)

    return Operation(write, lambda saved: SETTINGS if saved.written else Changes(), desk.hub)


def save_template(*, desk: Desk, event: str, lang: str, body: str) -> Operation[object]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.save_template(actor, event, lang, body),
                     lambda _: SETTINGS, desk.hub)


def reset_template(*, desk: Desk, event: str, lang: str) -> Operation[None]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.reset_template(actor, event, lang),
                     lambda _: SETTINGS, desk.hub)


def switch_message(*, desk: Desk, event: str, on: bool) -> Operation[None]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.set_enabled(actor, event, on),
                     lambda _: SETTINGS, desk.hub)


def save_printers(*, desk: Desk, printers: Mapping[str, str | None],
                  sizes: Mapping[str, str | None]) -> Operation[None]:
    """This PC's printer for each role and paper size for each document."""
    chosen, documents = dict(printers), dict(sizes)

    def write() -> None:
        for role, name in chosen.items():
            set_printer(role, name)
        for document, size in documents.items():
            set_preferred_size(document, size)

    return Operation(write, lambda _: SETTINGS, desk.hub)


def choose_pc_setting(*, desk: Desk, key: str, value: object) -> Operation[None]:
    """One of this PC's own choices (its language, for one), kept in its workstation file."""
    return Operation(lambda: workstation.put(key, value), lambda _: SETTINGS, desk.hub)


def choose_database(*, desk: Desk, url: str | None) -> Operation[None]:
    """The database this PC opens from its next start; None: its data folder's file."""
    return Operation(lambda: keep(url), lambda _: SETTINGS, desk.hub)


def choose_sender(*, desk: Desk, sends: bool) -> Operation[None]:
    """Whether this PC sends the shop's SMS (from its next start)."""
    sending = desk.services.sending
    return Operation(lambda: sending.choose(sends), lambda _: SETTINGS, desk.hub)
