"""A third-party gateway in a few lines: subclass SmsGateway and declare an entry point."""

from app.notify.gateway import (
    DeliveryReport,
    DeliveryStatus,
    GatewayOption,
    OutgoingSms,
    SendResult,
    SmsGateway,
)


class PigeonGateway(SmsGateway):
    name = "pigeon"
    options = (GatewayOption("loft", "where the pigeons live", required=True),)

    def send(self, sms: OutgoingSms) -> SendResult:
        return SendResult(f"{self.config['loft']}-{sms.local_id}", DeliveryStatus.SENT)

    def status(self, provider_id: str) -> DeliveryReport:
        return DeliveryReport(DeliveryStatus.DELIVERED, "the pigeon came back")
