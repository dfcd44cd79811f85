import json
from pathlib import Path

import pytest

from app.errors import ValidationError
from app.notify.gateway import DeliveryStatus, OutgoingSms
from app.notify.gateways.console import ConsoleGateway
from app.notify.registry import available_gateways, load_gateway


def test_builtin_console_gateway_is_found_through_the_entry_point_group() -> None:
    assert available_gateways()["console"] is ConsoleGateway


def test_console_gateway_writes_each_message_to_its_file(tmp_path: Path) -> None:
    outbox = tmp_path / "sms.jsonl"
    gateway = load_gateway("console", {"path": str(outbox)})
    result = gateway.send(OutgoingSms("+989121234567", "دستگاه شما آماده است", "m-1"))
    assert result.status == DeliveryStatus.DELIVERED
    line = json.loads(outbox.read_text(encoding="utf-8"))
    assert line["to"] == "+989121234567" and line["body"] == "دستگاه شما آماده است"
    assert line["provider_id"] == result.provider_id and line["local_id"] == "m-1"
    assert gateway.balance() is None and gateway.inbound() == []


def test_unknown_gateway_is_refused_with_the_installed_ones_named() -> None:
    with pytest.raises(ValidationError) as err:
        load_gateway("pigeon", {})
    assert "console" in err.value.message
