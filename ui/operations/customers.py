"""Operations on customers."""

from __future__ import annotations

from app.changes import Changes
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


def set_sms_opt_out(*, desk: Desk, customer_id: int, opted_out: bool) -> Operation[None]:
    customers, actor = desk.services.customers, desk.actor
    return Operation(lambda: customers.set_sms_opt_out(actor, customer_id, opted_out),
                     lambda _: Changes(customers=True), desk.hub)
