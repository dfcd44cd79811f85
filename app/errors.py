"""Errors that services raise. Each carries a code the UI can translate and an English text."""

from __future__ import annotations

from typing import Any

from db.engine import DatabaseFileReplaced

__all__ = ["DatabaseFileReplaced", "DomainError", "IllegalTransition", "NotFound",
           "PermissionDenied", "ValidationError"]


class DomainError(Exception):
    """Base of every error a service raises on purpose; nothing was written when it is raised."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, field: str | None = None,
                 **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.field = field
        self.params = params

    def localized(self, lang: str) -> str:
        from app.locale.messages import error_text

        return error_text(self, lang)


class ValidationError(DomainError):
    code = "invalid"


class NotFound(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    code = "forbidden"


class IllegalTransition(DomainError):
    code = "illegal_transition"


class ConflictError(DomainError):
    """Another workstation changed the record since this one loaded it."""

    code = "conflict"
