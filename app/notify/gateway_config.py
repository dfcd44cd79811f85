"""The gateway this shop sends through, built from its settings with the secrets unsealed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.config import read_setting
from app.errors import ValidationError
from app.files_in_use import refuse_if_in_use
from app.notify.gateway import SmsGateway
from app.notify.registry import available_gateways
from app.paths import data_dir
from app.secrets import unseal

CONSOLE_FILE = "sms-console.jsonl"
CONSOLE_PATH = "sms.console.path"


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
        if value:
            config[option.key] = value
    if name == "console":
        config["path"] = str(console_file(config.get("path"), str(session.get_bind().engine.url)))
    return name, config


def console_file(chosen: str | None, database_url: str) -> Path:
    """The console gateway's file: never one the shop is using, such as its database."""
    return refuse_if_in_use(chosen or data_dir() / CONSOLE_FILE, database_url,
                            field=CONSOLE_PATH)


def build_gateway(name: str, config: dict[str, Any]) -> SmsGateway:
    return available_gateways()[name](config)
