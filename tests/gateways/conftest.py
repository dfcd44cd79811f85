from collections.abc import Iterator

import pytest

from tests.fakes.kavenegar import FakeKavenegar


@pytest.fixture
def kavenegar_fake() -> Iterator[FakeKavenegar]:
    with FakeKavenegar() as fake:
        yield fake
