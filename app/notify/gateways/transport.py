"""What every HTTP gateway shares: one pooled client, timeouts, and turning network failures
and HTTP statuses into GatewayErrors with the right kind."""

from __future__ import annotations

import json
import socket
import ssl
from typing import Any

import httpx

from app.errors import ValidationError
from app.notify.gateway import Alert, ErrorKind, GatewayError, http_url

DEFAULT_TIMEOUT = 10.0


def make_client(config: dict[str, Any], **kwargs: Any) -> httpx.Client:
    """One client per gateway instance: httpx.Client is safe to share between threads and keeps
    connections open across the dispatcher's sends."""
    seconds = float(config.get("timeout") or DEFAULT_TIMEOUT)
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
    return httpx.Client(timeout=httpx.Timeout(seconds), limits=limits, **kwargs)


def required(config: dict[str, Any], key: str, gateway: str) -> str:
    value = str(config.get(key) or "").strip()
    if not value:
        raise ValidationError(f"The {gateway} gateway needs sms.{gateway}.{key}",
                              code="gateway_option_missing", field=key)
    return value


def base_url(config: dict[str, Any], default: str, gateway: str) -> str:
    """The provider's address from the settings, refused unless it is an http(s) URL (one
    saved before `config set` checked it would otherwise fail every message)."""
    return http_url(str(config.get("base_url") or default),
                    f"sms.{gateway}.base_url").rstrip("/")


def request(client: httpx.Client, provider: str, method: str, url: str,
            **kwargs: Any) -> httpx.Response:
    """Send one request; a failure to get an answer becomes a GatewayError.

    Refused or timed-out connections never reached the provider, so they are TRANSIENT. Once
    the request was written, a lost answer means the provider may have acted: UNKNOWN. An
    address that cannot work (no http(s) scheme, a TLS failure) is the account's problem and
    pauses sending rather than failing each message."""
    try:
        return client.request(method, url, **kwargs)
    except httpx.ConnectError as exc:
        if _tls_failure(exc):
            raise GatewayError(f"The secure connection to {provider} failed ({_words(exc)}); "
                               "check its address and this PC's date and certificates",
                               kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                               code="tls") from exc
        if _caused_by(exc, socket.gaierror):
            raise GatewayError(f"The address of {provider} could not be found ({_words(exc)}); "
                               "check the gateway's address and this PC's internet connection",
                               kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                               code="dns") from exc
        raise GatewayError(f"Could not reach {provider}: {_words(exc)}",
                           kind=ErrorKind.TRANSIENT) from exc
    except (httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
        raise GatewayError(f"Could not reach {provider}: {_words(exc)}",
                           kind=ErrorKind.TRANSIENT) from exc
    except (httpx.ReadTimeout, httpx.WriteTimeout) as exc:
        raise GatewayError(f"{provider} did not answer in time; the message may or may not "
                           "have gone out", kind=ErrorKind.UNKNOWN) from exc
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise GatewayError(f"The {provider} address is not a valid URL: {exc}",
                           kind=ErrorKind.PERMANENT, alert=Alert.BAD_ADDRESS,
                           code="url") from exc
    except httpx.TransportError as exc:
        raise GatewayError(f"The connection to {provider} broke before its answer arrived "
                           f"({_words(exc)}); the message may or may not have gone out",
                           kind=ErrorKind.UNKNOWN) from exc


def raise_for_wrong_address(response: httpx.Response, provider: str, said: str = "") -> None:
    """404 or 405 from the provider's API: the address (or the account id in it) is wrong,
    which no message can get past."""
    if response.status_code in (404, 405):
        raise GatewayError(f"{provider} has no such address (HTTP {response.status_code}); "
                           f"check the gateway's address{said}", kind=ErrorKind.PERMANENT,
                           alert=Alert.BAD_ADDRESS, code=str(response.status_code))


def raise_for_server_trouble(response: httpx.Response, provider: str) -> None:
    """5xx and throttling say nothing was done and a later try may work."""
    if response.status_code == 429:
        raise GatewayError(f"{provider} is throttling requests (HTTP 429); will try again later",
                           kind=ErrorKind.TRANSIENT, code="429")
    if response.status_code >= 500:
        raise GatewayError(f"{provider} had a server error (HTTP {response.status_code}); "
                           "will try again later", kind=ErrorKind.TRANSIENT,
                           code=str(response.status_code))


def json_body(response: httpx.Response, provider: str) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GatewayError(f"{provider} sent an answer that is not JSON (HTTP "
                           f"{response.status_code}): {excerpt(response.text)}",
                           kind=ErrorKind.UNKNOWN) from exc


def excerpt(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def national_iran(e164: str) -> str:
    """+989121234567 -> 09121234567, the form Iranian providers expect; other countries keep
    the international 00 prefix."""
    digits = e164.lstrip("+")
    if digits.startswith("98"):
        return "0" + digits[2:]
    return "00" + digits


def _tls_failure(exc: BaseException) -> bool:
    return _caused_by(exc, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(exc)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _words(exc: Exception) -> str:
    return str(exc) or exc.__class__.__name__
