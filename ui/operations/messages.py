"""Operations on the shop's SMS: the outbox, replies and alerts."""

from __future__ import annotations

from app.changes import Changes
from app.notify.views import MessageView
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


def _message_changed(message: MessageView) -> Changes:
    return Changes(messages=True, job_ids=frozenset(
        {message.job_id} if message.job_id is not None else ()))


def retry(*, desk: Desk, message_id: int) -> Operation[MessageView]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.retry(actor, message_id), _message_changed, desk.hub)


def cancel(*, desk: Desk, message_id: int) -> Operation[MessageView]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.cancel(actor, message_id), _message_changed, desk.hub)


def mark_sent(*, desk: Desk, message_id: int) -> Operation[MessageView]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.mark_sent(actor, message_id), _message_changed,
                     desk.hub)


def mark_read(*, desk: Desk, reply_id: int, job_id: int | None = None) -> Operation[None]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.mark_read(actor, reply_id),
                     lambda _: Changes(messages=True, job_ids=frozenset(
                         {job_id} if job_id is not None else ())), desk.hub)


def resolve_alert(*, desk: Desk, alert_id: int) -> Operation[None]:
    messages, actor = desk.services.messages, desk.actor
    return Operation(lambda: messages.resolve_alert(actor, alert_id),
                     lambda _: Changes(messages=True), desk.hub)
