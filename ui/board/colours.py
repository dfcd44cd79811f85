"""Each status group has its colour on the board, so a glance tells where the work stands."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.jobs.workflow import Status

S = Status
GROUPS: tuple[tuple[str, tuple[Status, ...], str], ...] = (
    ("intake", (S.RECEIVED,), "#dbeafe"),
    ("bench", (S.DIAGNOSING, S.APPROVED, S.IN_REPAIR), "#fef3c7"),
    ("customer", (S.AWAITING_APPROVAL,), "#fed7aa"),
    ("waiting", (S.WAITING_PARTS, S.SENT_OUT), "#e9d5ff"),
    ("ready", (S.READY,), "#bbf7d0"),
    ("closed", (S.DELIVERED, S.DECLINED, S.UNREPAIRABLE, S.CANCELLED), "#e5e7eb"),
)
_BY_STATUS = {status: QColor(colour) for _, statuses, colour in GROUPS for status in statuses}


def status_colour(status: Status | str) -> QColor:
    return _BY_STATUS.get(Status(status), QColor("#ffffff"))
