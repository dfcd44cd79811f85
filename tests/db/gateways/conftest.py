from tests.fakes.fixtures import (  # noqa: F401  (pytest finds fixtures by name)
    http_fake,
    kavenegar_fake,
    smsir_fake,
    twilio_fake,
)
