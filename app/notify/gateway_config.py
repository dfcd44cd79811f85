"""The gateway this shop sends through, built from its settings with the secrets unsealed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.notify.gateway import SmsGateway
from app.notify.registry import available_gateways
from app.settings.service import read_setting
from app.this_pc.files_in_use import refuse_if_in_use
from app.this_pc.paths import data_dir
from app.this_pc.secrets import unseal

CONSOLE_FILE = "sms-console.jsonl"

# What makes the gateway from the name and configuration the settings give (gateway_settings);
# the dispatcher and the messaging service are handed one, so a test can hand in a fake.
GatewayFactory = Callable[[str, Mapping[str, Any]], SmsGateway]


def gateway_settings(session: Session) -> tuple[str, dict[str, Any]]:
    """The gateway's name and its configuration; refuses when a required option is unset."""
    name = str(read_setting(session, "sms.gateway"))
    cls = available_gateways().get(name)
    if cls is None:
        raise ValidationError(f"The SMS gateway '{name}' is not installed on this PC",
                              code="unknown_gateway", field="sms.gateway")
    config: dict[str, Any] = {"timeout": float(read_setting(session, "sms.timeout_seconds"))}
    for option in cls.options:
        key = f"sms.{name}.{option.key}"
        value = str(read_setting(session, key) or "")
        if option.secret and value:
            value = unseal(value, name=key)
        if option.required and not value:
            raise ValidationError(f"Set {key} ({option.help}) with: tamirgah config set "
                                  f"{key} VALUE", code="gateway_option_missing", field=key)
        if name == "console" and option.key == "path" and not value:
            value = str(data_dir() / CONSOLE_FILE)
        if option.file and value:  # set before files in use were refused: refused here too
            value = str(refuse_if_in_use(value, str(session.get_bind().engine.url), field=key))
        if value:
            config[option.key] = value
    return name, config


def build_gateway(name: str, config: Mapping[str, Any]) -> SmsGateway:
    """The production GatewayFactory: the installed gateway class of that name."""
    return available_gateways()[name](dict(config))
