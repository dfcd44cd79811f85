from collections.abc import Iterator

import pytest

from tests.fakes.kavenegar import FakeKavenegar


@pytest.fixture
def kavenegar_fake() -> Iterator[FakeKavenegar]:
    with FakeKavenegar() as fake:
        yield fake


from tests.fakes.smsir import FakeSmsIr  # noqa: E402


@pytest.fixture
def smsir_fake() -> Iterator[FakeSmsIr]:
    with FakeSmsIr() as fake:
        yield fake


from tests.fakes.twilio import FakeTwilio  # noqa: E402


@pytest.fixture
def twilio_fake() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake
