"""What the endpoints depend on (FastAPI ``Depends``): the open store and the event filter.

The app keeps one read-only ``Store`` in ``app.state`` (see ``dyads.web.app.create_app``);
``get_store`` hands it to an endpoint wrapped in a ``StoreAccess``, whose ``read`` runs
each request's queries on a DuckDB cursor of its own (``Store.reader``): one connection
must not be used by several threads at once, its cursors may, so requests read in
parallel instead of waiting on one lock.
``event_filter`` parses and checks the filter parameters shared by ``/api/events``,
``/api/places`` and ``/api/timeline`` once, and puts its date window in the store's terms
(``StoreAccess.window``): any window that holds the same event days is the same filter,
so the many windows a page can ask for share a few answers (``StoreAccess.answer``).
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Depends, Query, Request

from dyads.store import Store
from dyads.store.filters import EventFilter
from dyads.store.queries import data_version
from dyads.web.coding import Coder

T = TypeVar("T")

# The window that holds no event day (since after until): every empty window is this one.
EMPTY_WINDOW = ("0001-01-02", "0001-01-01")
# Memory for encoded answers kept under their filter (``StoreAccess.answer``).
ANSWER_BYTES = 128 * 2**20


class BadParameter(Exception):
    """A query parameter with a value the endpoint cannot use (answered with 400)."""


@dataclass
class StoreAccess:
    """The app's read-only store, read by many requests at once, and the app's caches."""

    store: Store
    # Answers that take long to compute (blocs: a search over partitions, seconds on large
    # stores), kept per (version, key). The store cannot change while it is open here
    # (DuckDB lets no process write a file that another has open, even read-only), so the
    # version is read once; keying on it keeps a cache honest if that ever changes.
    cache: dict[tuple, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _computing: dict[tuple, threading.Lock] = field(default_factory=dict)
    version: tuple = ()
    # the distinct event days of the store, ISO, sorted (``window``)
    days: tuple[str, ...] = ()
    answer_bytes: int = ANSWER_BYTES
    # how long a request waits for an answer computed in the background (``soon``)
    wait_s: float = 0.2
    # the page's first answers are computed (``dyads.web.api.warm``): False while warming
    warm: bool = True
    _background: dict[tuple, threading.Event] = field(default_factory=dict)
    _errors: dict[tuple, Exception] = field(default_factory=dict)
    _answers: OrderedDict[tuple, bytes] = field(default_factory=OrderedDict)
    _answers_size: int = 0

    def __post_init__(self) -> None:
        if not self.version:
            self.version = self.read(data_version)
        if not self.days:
            self.days = tuple(
                r[0]
                for r in self.read(lambda st: st.connection.execute(
                    "SELECT DISTINCT CAST(day AS VARCHAR) FROM events "
                    "WHERE day IS NOT NULL ORDER BY 1").fetchall())
            )  # fmt: skip

    def window(self, since: str | None, until: str | None) -> tuple[str | None, str | None]:
        """``(since, until)`` narrowed to the first and last event day of the store inside
        it (``EMPTY_WINDOW`` when it holds none): a filter on ``day`` selects the same
        events with either, so windows that differ only in days without events meet."""
        if since is None and until is None:
            return None, None
        lo = bisect_left(self.days, since) if since else 0
        hi = bisect_right(self.days, until) - 1 if until else len(self.days) - 1
        if lo > hi:
            return EMPTY_WINDOW
        return (self.days[lo] if since else None), (self.days[hi] if until else None)

    def soon(self, key: tuple, compute: Callable[[], T], wait_s: float | None = None) -> T | None:
        """The answer kept under ``key`` for this version of the store, computed once in a
        thread of its own; waits at most ``wait_s`` (default ``self.wait_s``) for it, then
        None: still computing (the endpoint says so at once instead of holding the request
        for the seconds a search over a large store takes). A failed computation raises its
        error to the next caller, and the one after computes again."""
        full = (self.version, *key)
        with self._lock:
            if full in self.cache:
                return self.cache[full]
            if full in self._errors:
                raise self._errors.pop(full)
            done = self._background.get(full)
            if done is None:
                done = self._background[full] = threading.Event()
                threading.Thread(target=self._compute, args=(full, compute, done),
                                 name="dyads-answer", daemon=True).start()  # fmt: skip
        done.wait(self.wait_s if wait_s is None else wait_s)
        with self._lock:
            if full in self.cache:
                return self.cache[full]
            if full in self._errors:
                raise self._errors.pop(full)
        return None

    def _compute(self, full: tuple, compute: Callable[[], Any], done: threading.Event) -> None:
        try:
            value = compute()
        except Exception as exc:  # noqa: BLE001 - raised to the next caller (``soon``)
            with self._lock:
                self._errors[full] = exc
        else:
            with self._lock:
                self.cache[full] = value
        finally:
            with self._lock:
                self._background.pop(full, None)
            done.set()

    def computing(self) -> int:
        """Answers being computed in the background now."""
        with self._lock:
            return len(self._background)

    def answer(self, key: tuple, compute: Callable[[], bytes]) -> bytes:
        """The encoded answer kept under ``key`` (a checked, narrowed filter) for this
        version of the store, else ``compute()``'s, kept within ``answer_bytes`` (least
        recently used first out; an answer over a quarter of it is not kept). Concurrent first callers wait for the one computing."""
        full = (self.version, *key)
        with self._lock:
            if full in self._answers:
                self._answers.move_to_end(full)
                return self._answers[full]
            one = self._computing.setdefault(full, threading.Lock())
        with one:
            with self._lock:
                body = self._answers.get(full)
            if body is None:
                body = compute()
                with self._lock:
                    self._keep(full, body)
        with self._lock:
            self._computing.pop(full, None)
        return body

    def _keep(self, key: tuple, body: bytes) -> None:
        if key in self._answers or len(body) > self.answer_bytes // 4:
            return
        self._answers[key] = body
        self._answers_size += len(body)
        while self._answers_size > self.answer_bytes:
            _, old = self._answers.popitem(last=False)
            self._answers_size -= len(old)

    def read(self, fn: Callable[[Store], T]) -> T:
        """``fn(store)`` on a cursor of its own: requests read concurrently."""
        reader = self.store.reader()
        try:
            return fn(reader)
        finally:
            reader.close()

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        """The answer kept under ``key`` for this version of the store, computed once
        (concurrent first callers wait for the one computing it, not compute it again)."""
        full = (self.version, *key)
        if full in self.cache:
            return self.cache[full]
        with self._lock:
            one = self._computing.setdefault(full, threading.Lock())
        with one:
            if full not in self.cache:
                self.cache[full] = compute()
        with self._lock:
            self._computing.pop(full, None)
        return self.cache[full]


def get_store(request: Request) -> StoreAccess:
    """The store of the app serving ``request`` (a dependency: ``Depends(get_store)``)."""
    return request.app.state.access


def get_coder(request: Request) -> Coder:
    """The app's coder for pasted text (``Depends(get_coder)``; one pipeline per process)."""
    return request.app.state.coder


def date_param(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParameter(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    s, u = date_param(since, "since"), date_param(until, "until")
    if s and u and s > u:
        raise BadParameter(f"since ({s}) is after until ({u})")
    return s, u


def choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise BadParameter(f"unknown {name} {value!r}; choose one of {', '.join(allowed)}")
    return value


def plover_param(value: str | None) -> str | None:
    from dyads.events.ontology import PLOVER_TYPES

    if not value:
        return None
    return choice(value.upper(), PLOVER_TYPES, "PLOVER type")


def event_filter(
    since: str | None = Query(None, description="First day, YYYY-MM-DD."),
    until: str | None = Query(None, description="Last day, YYYY-MM-DD."),
    plover: str | None = Query(None, description="PLOVER type, e.g. ASSAULT."),
    actor: str | None = Query(None, description="Actor code or name contains this."),
    node: str | None = Query(None, description="Network node: its events (see level)."),
    node2: str | None = Query(None, description="With node: the events between the two."),
    level: str = Query("country", description="Level of node and node2: code | sector | country."),
    access: StoreAccess = Depends(get_store),
) -> EventFilter:
    """The filter parameters of the event endpoints (a dependency: ``Depends(event_filter)``),
    the date window narrowed to the store's event days (``StoreAccess.window``)."""
    from dyads.network import LEVELS

    s, u = access.window(*dates(since, until))
    choice(level, LEVELS, "level")
    if node2 and not node:
        raise BadParameter("node2 needs node")
    return EventFilter(
        s, u, plover_param(plover), actor or None, node or None, node2 or None, level
    )
