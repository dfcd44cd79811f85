"""Taking a device in: a new job, and its customer and device when they are new."""

from __future__ import annotations

import contextlib

from app.changes import Changes
from app.errors import DomainError
from app.jobs.intake import IntakeRequest
from app.jobs.views import JobDetail
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


def intake(*, desk: Desk, request: IntakeRequest, referrer_mobile: str = "") -> Operation[
        JobDetail]:
    services, actor = desk.services, desk.actor

    def save() -> JobDetail:
        if request.new_customer is not None and referrer_mobile.strip():
            # an unknown referrer is left out: the service says a referral names one
            with contextlib.suppress(DomainError):
                request.new_customer.referred_by_id = services.customers.find_by_mobile(
                    referrer_mobile)
        return services.jobs.intake(actor, request)

    return Operation(save, lambda job: Changes.of_job(job.id) | Changes(customers=True),
                     desk.hub)
