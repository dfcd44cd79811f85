"""Checks requests the Twilio fake received against Twilio's own OpenAPI description."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

from tests.fakes.base import Recorded

SHARED = Path(__file__).resolve().parents[3] / "shared"
CONTRACT = SHARED / "contracts" / "twilio" / "twilio_api_v2010.json"
TWILIO = "https://api.twilio.com"


@cache
def contract() -> OpenAPI:
    # Read as JSON: the YAML loader openapi-core would use chokes on its escapes.
    return OpenAPI.from_dict(json.loads(CONTRACT.read_text(encoding="utf-8")))


def as_openapi(request: Recorded) -> MockRequest:
    content_type = request.headers.get("content-type", "").split(";")[0]
    return MockRequest(TWILIO, request.method, request.path,
                       args={k: v[-1] for k, v in request.query.items()},
                       headers={k.title(): v for k, v in request.headers.items()},
                       data=request.body or None,
                       content_type=content_type or "application/json")


def validate(request: Recorded) -> None:
    """Raises openapi_core's validation error when the contract rejects the request."""
    contract().validate_request(as_openapi(request))
