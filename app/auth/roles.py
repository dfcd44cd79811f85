"""Roles and what each may do. Services check these; the UI only hides what is refused anyway."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import PermissionDenied

if TYPE_CHECKING:
    from app.auth.unlock_access import SessionKeys


class Role(StrEnum):
    RECEPTION = "reception"
    TECHNICIAN = "technician"
    MANAGER = "manager"
    OWNER = "owner"  # a manager who also hears of what managers let run late


class Perm(StrEnum):
    INTAKE = "intake"
    EDIT_CUSTOMER = "edit_customer"
    EDIT_JOB = "edit_job"
    EDIT_ESTIMATE = "edit_estimate"
    ASSIGN = "assign"
    TAKE_PAYMENT = "take_payment"
    REFUND = "refund"
    READ_UNLOCK = "read_unlock"
    OVERRIDE = "override"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_MESSAGES = "manage_messages"  # templates, retry, cancel, resend, alerts


ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.RECEPTION: frozenset({Perm.INTAKE, Perm.EDIT_CUSTOMER, Perm.EDIT_JOB,
                               Perm.TAKE_PAYMENT, Perm.ASSIGN}),
    Role.TECHNICIAN: frozenset({Perm.EDIT_ESTIMATE, Perm.READ_UNLOCK, Perm.EDIT_JOB}),
    Role.MANAGER: frozenset(Perm),
    Role.OWNER: frozenset(Perm),
}
# The roles that run the shop: everything a manager may do, and the shop needs one of them.
MANAGING = frozenset({Role.MANAGER, Role.OWNER})
# The roles that repair devices: they can be assigned a job.
REPAIRING = frozenset({Role.TECHNICIAN, Role.MANAGER, Role.OWNER})


@dataclass(frozen=True)
class Actor:
    """Who is calling a service. user_id None is the system itself (CLI admin, demo loader)."""

    user_id: int | None
    username: str
    role: Role
    # The login's keys for unlock secrets, in memory only; None for the system and old callers.
    keys: SessionKeys | None = field(default=None, compare=False, repr=False)

    def can(self, perm: Perm) -> bool:
        return perm in ROLE_PERMS[self.role]

    def require(self, perm: Perm) -> None:
        if not self.can(perm):
            raise PermissionDenied(f"The {self.role} role may not {perm.replace('_', ' ')}",
                                   code="forbidden", perm=str(perm), role=str(self.role))


SYSTEM = Actor(user_id=None, username="system", role=Role.MANAGER)
