"""The self-test's look at the SMS gateway: its plugin, its options, and (online) its account."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any

from app.self_test.results import Probe, Result, Say, failed, ok, say, warning

if TYPE_CHECKING:
    from app.notify.gateway import SmsGateway


# --- the SMS gateway -----------------------------------------------------------------------
def gateway(probe: Probe) -> Result:
    from sqlalchemy import select

    from app.notify.gateway_config import CONSOLE_FILE
    from app.this_pc.paths import data_location
    from db.models import Setting

    plugins, broken = _plugins()
    found = ", ".join(sorted(plugins)) if plugins else None
    if probe.services is None:
        if not plugins:
            return failed(say("gateway_none_found"), *broken)
        return (failed if broken else warning)(say("gateway_no_db", found=found), *broken)
    with probe.services.db.read() as s:
        stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
    name = str(stored.get("sms.gateway", "console"))
    cls = plugins.get(name)
    if cls is None:
        return failed(say("gateway_unknown", name=name, found=found), *broken)
    problems = [*broken, *_option_problems(name, cls, stored)]
    if problems:
        return failed(*problems)
    if name == "console":
        path = stored.get("sms.console.path") or data_location().path / CONSOLE_FILE
        return warning(say("gateway_console", path=path))
    says = [say("gateway_ok", name=name)]
    if probe.online:
        from app.notify.gateway import GatewayError

        try:
            _, balance = probe.services.messages.balance()
        except GatewayError as err:
            return failed(say("gateway_online_failed", name=name, error=err.reason))
        says.append(say("gateway_balance", amount=f"{balance.amount:,.0f}", unit=balance.unit)
                    if balance else say("gateway_no_balance"))
    return ok(*says)


def _plugins() -> tuple[dict[str, type[SmsGateway]], list[Say]]:
    """Every gateway of the entry-point group, each loaded for real (a frozen app without the
    package's metadata finds none); one that does not load is named, not fatal here."""
    from importlib.metadata import entry_points

    from app.notify.gateway import SmsGateway
    from app.notify.registry import GROUP

    plugins: dict[str, type[SmsGateway]] = {}
    broken = []
    for ep in entry_points(group=GROUP):
        try:
            cls = ep.load()
            if not (isinstance(cls, type) and issubclass(cls, SmsGateway)):
                raise TypeError(f"{ep.value} is not an SmsGateway")
        except Exception as err:
            broken.append(say("gateway_plugin_broken", name=ep.name, error=err))
            continue
        plugins[ep.name] = cls
    return plugins, broken


def _option_problems(name: str, cls: type[SmsGateway], stored: dict[str, Any]) -> list[Say]:
    from app.errors import ValidationError
    from app.this_pc.paths import data_location
    from app.this_pc.secrets import ENV_KEY, KEY_FILE, unseal

    key_file = data_location().path / KEY_FILE
    has_key = bool(os.environ.get(ENV_KEY)) or key_file.exists()
    problems = []
    for option in cls.options:
        key = f"sms.{name}.{option.key}"
        value = str(stored.get(key) or option.default or "")
        if option.required and not value:
            problems.append(say("gateway_option_missing", key=key, help=option.help))
        elif option.secret and value:
            if not has_key:  # unsealing would make a new key; this PC has none to read it
                problems.append(say("gateway_no_key", key=key, key_file=key_file))
                continue
            try:
                unseal(value, name=key)
            except ValidationError as err:
                problems.append(say("gateway_secret", key=key, error=err))
    return problems
