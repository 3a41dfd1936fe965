"""Answers kept in memory: the JSON of a ``GET /api/...`` is computed once per store version.

The app reads a store it holds open read-only, and DuckDB lets no process write a file
that another has open, so an answer cannot change while the app runs. ``ResponseCache``
(ASGI middleware, inside the Host check) keeps the body of each successful JSON answer
under (store version, path, query string) and answers the same request again without
routing, querying or encoding, which is what lets the server hold many clients at once
on a small machine. Bounded: least recently used answers go first beyond ``max_bytes``;
answers over ``max_entry`` bytes are not kept. Concurrent first requests for the same
key wait for the one computing it instead of computing it again. ``POST`` (``/api/code``)
and non-API paths pass through, and so do answers marked ``cache-control: no-store`` (a
state that changes: ``/api/ready``, blocs still computing). Each API answer says
``x-dyads-cache: hit`` or ``miss``.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable, Hashable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BYTES = 256 * 2**20
MAX_ENTRY = 32 * 2**20


class ResponseCache:
    def __init__(
        self,
        app: ASGIApp,
        version: Callable[[], Hashable],
        max_bytes: int = MAX_BYTES,
        max_entry: int = MAX_ENTRY,
    ) -> None:
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.max_entry = min(max_entry, max_bytes)
        self.entries: OrderedDict[tuple, tuple[list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.size = 0
        self.hits = 0
        self.misses = 0
        # keys being answered: the event loop answering and the event set when done (a
        # request waits only on its own loop's: asyncio events do not cross loops)
        self._pending: dict[tuple, tuple[asyncio.AbstractEventLoop, asyncio.Event]] = {}

    def _key(self, scope: Scope) -> tuple | None:
        if scope["type"] != "http" or scope["method"] != "GET" or self.max_bytes <= 0:
            return None
        path = scope["path"]
        if not path.startswith("/api/"):
            return None
        return (self.version(), path, scope.get("query_string", b""))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        pending = self._pending.get(key)
        if key not in self.entries and pending is not None and pending[0] is loop:
            await pending[1].wait()  # the same request is being answered
        if key in self.entries:
            self.hits += 1
            self.entries.move_to_end(key)
            headers, body = self.entries[key]
            await send({"type": "http.response.start", "status": 200,
                        "headers": [*headers, (b"x-dyads-cache", b"hit")]})  # fmt: skip
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        mine = self._pending.setdefault(key, (loop, asyncio.Event()))
        try:
            await self.app(scope, receive, self._keeper(key, send))
        finally:
            if mine[0] is loop:
                if self._pending.get(key) is mine:
                    del self._pending[key]
                mine[1].set()

    def _keeper(self, key: tuple, send: Send) -> Send:
        """``send`` that also keeps a 200 JSON answer's body under ``key``."""
        state: dict = {"keep": False, "parts": [], "size": 0}

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                kind = dict(headers).get(b"content-type", b"")
                state["keep"] = (
                    message["status"] == 200
                    and kind.startswith(b"application/json")
                    and b"no-store" not in dict(headers).get(b"cache-control", b"")
                )
                state["headers"] = headers
                message = {**message, "headers": [*headers, (b"x-dyads-cache", b"miss")]}
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > self.max_entry:
                    state["keep"], state["parts"] = False, []
                else:
                    state["parts"].append(body)
                if not message.get("more_body", False) and state["keep"]:
                    self._put(key, state["headers"], b"".join(state["parts"]))
            await send(message)

        return keep

    def _put(self, key: tuple, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if key in self.entries:
            return
        self.entries[key] = (headers, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)
