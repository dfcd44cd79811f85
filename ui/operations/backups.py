"""Operations on the shop's backups: a copy now, the daily copy, a restore, and which PC makes
the daily copy. A restore replaces all the data: every screen reads again."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from app.auth.roles import Actor
from app.auth.service import UserService
from app.backup.copies import BackupInfo, Progress
from app.backup.schedule import MADE, DailyResult, Restored
from app.changes import Changes
from app.errors import NotFound
from ui.shell.desk import Desk
from ui.shell.tasks import Operation

BACKUPS = Changes(backups=True)


def back_up_to(*, desk: Desk, target: Path, progress: Progress | None) -> Operation[BackupInfo]:
    backups = desk.services.backups
    return Operation(lambda: backups.back_up_to(target, progress), lambda _: BACKUPS, desk.hub)


def run_daily(*, desk: Desk) -> Operation[DailyResult]:
    backups = desk.services.backups
    return Operation(backups.run_daily,
                     lambda result: BACKUPS if result.outcome == MADE else Changes(), desk.hub)


def choose_daily_here(*, desk: Desk, here: bool | None) -> Operation[None]:
    backups = desk.services.backups
    return Operation(lambda: backups.choose_daily_here(here), lambda _: BACKUPS, desk.hub)


@dataclass(frozen=True)
class RestoreDone:
    restored: Restored
    actor: Actor | None  # the signed-in user as the restored data knows them; None: gone


def restore(*, desk: Desk, source: Path, progress: Progress | None) -> Operation[RestoreDone]:
    """Everything changed, unless the signed-in user is not in the restored data (then the
    desk closes and nothing is read again)."""
    services, actor = desk.services, desk.actor

    def work() -> RestoreDone:
        restored = services.backups.restore(source, progress)
        return RestoreDone(restored, same_user(services.users, actor))

    return Operation(work, lambda done: Changes.all() if done.actor else Changes(), desk.hub)


def same_user(users: UserService, actor: Actor) -> Actor | None:
    if actor.user_id is None:
        return actor
    with contextlib.suppress(NotFound):
        user = users.get(actor.user_id)
        if user.username == actor.username and user.active:
            return Actor(user.id, user.username, user.role)
    return None
