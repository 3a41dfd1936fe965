"""What keeps the local web app local: a Host allow-list and security headers.

* **Host allow-list.** A page on another site can make the browser send requests to
  ``127.0.0.1:8000`` under a name it controls (DNS rebinding) and read the answers;
  checking the ``Host`` header stops that. Loopback names are allowed by default;
  ``dyads serve --allow-host NAME`` adds names (``*`` allows any).
* **Headers.** A Content-Security-Policy that lets the page load only its own files
  (nothing from outside, no inline script, no framing), ``nosniff``, ``DENY`` framing,
  no referrer.
* **No local paths.** Documents ingested from files keep their path in the store; the API
  answers with the file name only (``public_path``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


def _host_name(host: str) -> str:
    """The name in a Host header, without the port (``[::1]:8000`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class HostAndHeaders:
    """ASGI middleware: answer 400 to a Host not allowed; add the security headers."""

    def __init__(self, app: ASGIApp, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS) -> None:
        self.app = app
        self.allowed = {_host_name(h) for h in allowed_hosts}
        self.any = "*" in self.allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = _host_name(headers.get(b"host", b"").decode("latin-1"))
        if not self.any and host not in self.allowed:
            shown = host or "(none)"
            response = JSONResponse(
                {
                    "detail": f"host {shown!r} is not allowed; start dyads serve with "
                    f"--allow-host {shown} to serve it under that name"
                },
                status_code=400,
            )
            await _with_headers(response)(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                names = {k.lower() for k, _ in message["headers"]}
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in HEADERS if k not in names
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _with_headers(response: JSONResponse) -> JSONResponse:
    for k, v in HEADERS:
        response.headers[k.decode()] = v.decode()
    return response


_LOCAL = re.compile(r"^(file://|/|~/|[A-Za-z]:[\\/]|\\\\)")


def public_path(value: Any) -> Any:
    """A local file path or file:// URL as its file name; anything else unchanged."""
    if isinstance(value, str) and _LOCAL.match(value):
        return re.split(r"[\\/]", value.rstrip("/\\"))[-1]
    return value


def public_paths(value: Any) -> Any:
    """``public_path`` on every string inside a JSON-like value."""
    if isinstance(value, dict):
        return {k: public_paths(v) for k, v in value.items()}
    if isinstance(value, list):
        return [public_paths(v) for v in value]
    return public_path(value)
