"""Errors in the user's language, never a traceback; unexpected ones go to a log file."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.database.choice import is_connection_lost
from app.errors import DatabaseFileReplaced, DomainError
from app.notify.gateway import GatewayError
from app.this_pc.log_file import log_file

log = logging.getLogger("tamirgah")


def start_logging() -> None:
    handler = RotatingFileHandler(log_file(), maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore"):  # request URLs may carry an API key
        logging.getLogger(noisy).setLevel(logging.WARNING)
    sys.excepthook = _unexpected


def describe(err: BaseException, lang: str) -> str:
    """What to tell the user about `err`, in their language."""
    if isinstance(err, DomainError):
        return err.localized(lang)
    if isinstance(err, GatewayError):
        return QCoreApplication.translate("Errors", "The SMS provider said: {reason}").format(
            reason=err.reason)
    if isinstance(err, DatabaseFileReplaced):
        return QCoreApplication.translate(
            "Errors", "The shop's database file was replaced or removed while this PC was "
            "using it, so this change was not saved. Close Tamirgah and start it again.")
    if is_connection_lost(err):
        return QCoreApplication.translate(
            "Errors", "The database cannot be reached. Your input is kept; try again when the "
            "connection is back.")
    log.error("unexpected error", exc_info=(type(err), err, err.__traceback__))
    return _see_the_log()


def _see_the_log() -> str:
    return QCoreApplication.translate(
        "Errors", "Something went wrong and was written to the log file:\n{path}").format(
        path=log_file())


def show_error(parent: QWidget | None, err: BaseException, lang: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Tamirgah"),
                        describe(err, lang))


def _unexpected(kind: type[BaseException], err: BaseException,
                tb: TracebackType | None) -> None:
    log.error("unexpected error", exc_info=(kind, err, tb))
    if not isinstance(err, KeyboardInterrupt):
        QMessageBox.critical(None, QCoreApplication.translate("Errors", "Tamirgah"),
                             _see_the_log())
