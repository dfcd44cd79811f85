"""The default gateway: messages go to the log and to a file, so a new shop can try everything."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path
from typing import Any

from app.locale.calendar import utcnow
from app.notify.gateway import (
    DeliveryReport,
    DeliveryStatus,
    GatewayOption,
    OutgoingSms,
    SendResult,
    SmsGateway,
)

log = logging.getLogger(__name__)


class ConsoleGateway(SmsGateway):
    name = "console"
    options = (GatewayOption("path", "file that receives one JSON line per message "
                                     "(default: sms-console.jsonl in the data folder)",
                             file=True),)

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self.path = Path(config["path"]) if config.get("path") else None

    def send(self, sms: OutgoingSms) -> SendResult:
        provider_id = f"console-{uuid.uuid4().hex[:12]}"
        log.info("SMS to %s (%s): %s", sms.to, sms.local_id, sms.body)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            record = {"at": utcnow().isoformat(), "to": sms.to, "body": sms.body,
                      "local_id": sms.local_id, "provider_id": provider_id}
            with self.path.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return SendResult(provider_id, DeliveryStatus.DELIVERED)

    def status(self, provider_id: str) -> DeliveryReport:
        return DeliveryReport(DeliveryStatus.DELIVERED)
