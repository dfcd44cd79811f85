"""Gateways are found through the entry-point group; the built-ins register the same way."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from app.errors import ValidationError
from app.notify.gateway import SmsGateway

GROUP = "tamirgah.sms_gateways"


def available_gateways() -> dict[str, type[SmsGateway]]:
    found: dict[str, type[SmsGateway]] = {}
    for ep in entry_points(group=GROUP):
        cls = ep.load()
        if isinstance(cls, type) and issubclass(cls, SmsGateway):
            found[ep.name] = cls
    return found


def load_gateway(name: str, config: dict[str, Any]) -> SmsGateway:
    gateways = available_gateways()
    if name not in gateways:
        raise ValidationError(f"No SMS gateway named '{name}'; installed: "
                              f"{', '.join(sorted(gateways)) or 'none'}",
                              code="unknown_gateway", field="gateway")
    return gateways[name](config)
