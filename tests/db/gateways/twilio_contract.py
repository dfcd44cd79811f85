"""Checks requests the Twilio fake received against Twilio's own OpenAPI description."""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest

from tests.fakes.base import Recorded

ROOT = Path(__file__).resolve().parents[3]
IN_SHARED = Path("contracts") / "twilio" / "twilio_api_v2010.json"
TWILIO = "https://api.twilio.com"


def contract_path() -> Path:
    """Twilio's description from the team's shared folder: $TAMIRGAH_TWILIO_CONTRACT, else
    ../shared beside this checkout, else /work/shared where CI's clone of it may live apart."""
    named = os.environ.get("TAMIRGAH_TWILIO_CONTRACT")
    candidates = [Path(named)] if named else []
    candidates += [ROOT.parent / "shared" / IN_SHARED, Path("/work/shared") / IN_SHARED]
    for path in candidates:
        if path.is_file():
            return path
    raise FileNotFoundError(
        "Twilio's OpenAPI description was not found at " + ", ".join(map(str, candidates))
        + "; set TAMIRGAH_TWILIO_CONTRACT to twilio_api_v2010.json")


@cache
def contract() -> OpenAPI:
    # Read as JSON: the YAML loader openapi-core would use chokes on its escapes.
    return OpenAPI.from_dict(json.loads(contract_path().read_text(encoding="utf-8")))


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
