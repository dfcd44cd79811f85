"""The folded text each job and customer is found by."""

from __future__ import annotations

from app.customers.phone import phone_search_forms
from app.locale.text import search_key
from db.models import Customer, Device


def customer_doc(customer: Customer) -> str:
    # The name comes first: a prefix match on the document is a prefix match on the name.
    parts = [customer.name]
    for phone in [customer.mobile, *customer.other_phones]:
        parts.extend(phone_search_forms(phone))
    if customer.email:
        parts.append(customer.email)
    return search_key(" | ".join(parts))


def job_doc(number: str, customer: Customer, device: Device) -> str:
    # The job number comes first for the same reason.
    parts = [number, number.replace("-", ""), customer_doc(customer), device.brand, device.model]
    parts.extend(p for p in (device.imei, device.serial) if p)
    return search_key(" | ".join(parts))
