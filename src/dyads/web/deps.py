"""What the endpoints depend on (FastAPI ``Depends``): the open store and the event filter.

The app keeps one read-only ``Store`` in ``app.state`` (see ``dyads.web.app.create_app``);
``get_store`` hands it to an endpoint wrapped in a ``StoreAccess``, whose ``read`` runs
each request's queries on a DuckDB cursor of its own (``Store.reader``): one connection
must not be used by several threads at once, its cursors may, so requests read in
parallel instead of waiting on one lock.
``event_filter`` parses and checks the filter parameters shared by ``/api/events``,
``/api/places`` and ``/api/timeline`` once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from fastapi import Query, Request

from dyads.store import Store
from dyads.store.filters import EventFilter
from dyads.store.queries import data_version
from dyads.web.coding import Coder

T = TypeVar("T")


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

    def __post_init__(self) -> None:
        if not self.version:
            self.version = self.read(data_version)

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
) -> EventFilter:
    """The filter parameters of the event endpoints (a dependency: ``Depends(event_filter)``)."""
    from dyads.network import LEVELS

    s, u = dates(since, until)
    choice(level, LEVELS, "level")
    if node2 and not node:
        raise BadParameter("node2 needs node")
    return EventFilter(
        s, u, plover_param(plover), actor or None, node or None, node2 or None, level
    )
