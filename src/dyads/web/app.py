"""A thin, read-only web face over a dyads store: JSON endpoints and one static page.

    from dyads.web import create_app
    app = create_app("dyads.duckdb")      # raises StoreError if the file is missing or not a store

Every page is backed by a JSON endpoint (``/api/...``); nothing writes: the store is
opened read-only once, and requests share it under a lock (one DuckDB connection is
not meant for concurrent use from several threads).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from dyads.errors import DyadsError
from dyads.store import Store
from dyads.web import queries

STATIC = Path(__file__).parent / "static"
# Events returned at most per request (the page asks for fewer).
MAX_LIMIT = 5000
DEFAULT_LIMIT = 500

T = TypeVar("T")


class BadParameter(Exception):
    """A query parameter with a value the endpoint cannot use (answered with 400)."""


def _date(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadParameter(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    s, u = _date(since, "since"), _date(until, "until")
    if s and u and s > u:
        raise BadParameter(f"since ({s}) is after until ({u})")
    return s, u


def _choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise BadParameter(f"unknown {name} {value!r}; choose one of {', '.join(allowed)}")
    return value


def _plover(value: str | None) -> str | None:
    from dyads.events.ontology import PLOVER_TYPES

    if not value:
        return None
    return _choice(value.upper(), PLOVER_TYPES, "PLOVER type")


def _records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame as JSON-ready records (numpy scalars become Python ones)."""
    return json.loads(df.to_json(orient="records"))


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the store at ``db_path`` (opened read-only, once).

    Raises ``dyads.store.StoreError`` (one clear line) when the file is missing, is not
    a dyads store, or cannot be opened.
    """
    store = Store(db_path, read_only=True)
    lock = threading.Lock()
    # Blocs take seconds on large stores (a search over partitions). The store cannot
    # change while it is open here (DuckDB lets no process write a file that another has
    # open), so each answer is kept for the life of the app.
    blocs_cache: dict[tuple, dict[str, Any]] = {}

    @contextmanager
    def opened() -> Iterator[Store]:
        with lock:
            yield store

    def read(fn: Callable[[Store], T]) -> T:
        with opened() as st:
            return fn(st)

    app = FastAPI(
        title="dyads",
        description=f"Read-only view of the dyads store {db_path}",
        version="1",
        # FastAPI's /docs and /redoc pages load scripts from a CDN: left out (offline);
        # the schema itself stays at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store

    @app.exception_handler(BadParameter)
    def _bad(_: Request, exc: BadParameter) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(DyadsError)
    def _store_error(_: Request, exc: DyadsError) -> JSONResponse:
        return JSONResponse({"detail": f"store error: {exc}"}, status_code=500)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        """Counts of documents, events and reports; events per PLOVER type and modality."""
        return read(queries.stats)

    @app.get("/api/events")
    def events(
        since: str | None = Query(None, description="First day, YYYY-MM-DD."),
        until: str | None = Query(None, description="Last day, YYYY-MM-DD."),
        plover: str | None = Query(None, description="PLOVER type, e.g. ASSAULT."),
        actor: str | None = Query(None, description="Actor code or name contains this."),
        limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Events at most."),
    ) -> dict[str, Any]:
        """Merged events, oldest first, each with its evidence (document, sentence, offsets)."""
        s, u = _dates(since, until)
        p = _plover(plover)
        total, found = read(lambda st: queries.events(st, s, u, p, actor or None, limit))
        return {"total": total, "limit": limit, "events": found}

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        """One merged event with its reports: documents and sentences."""
        found = read(lambda st: queries.event(st, event_id))
        if found is None:
            raise HTTPException(404, f"no event with id {event_id!r}")
        return found

    @app.get("/api/places")
    def places(
        since: str | None = None,
        until: str | None = None,
        plover: str | None = None,
        actor: str | None = None,
    ) -> dict[str, Any]:
        """Places with coordinates and their event counts (events filtered like /api/events)."""
        s, u = _dates(since, until)
        p = _plover(plover)
        return {"places": read(lambda st: queries.places(st, s, u, p, actor or None))}

    @app.get("/api/timeline")
    def timeline(
        by: str = Query("month", description="day | month | year"),
        since: str | None = None,
        until: str | None = None,
        plover: str | None = None,
        actor: str | None = None,
    ) -> dict[str, Any]:
        """Dated events per period (filtered like /api/events), for the page's timeline."""
        _choice(by, tuple(queries.PERIOD_FORMATS), "period")
        s, u = _dates(since, until)
        p = _plover(plover)
        periods = read(lambda st: queries.timeline(st, by, s, u, p, actor or None))
        return {"by": by, "periods": periods}

    @app.get("/api/network")
    def network(
        period: str = Query("month", description="week | month | year | all"),
        level: str = Query("sector", description="code | sector | country"),
        min_events: int = Query(1, ge=1, description="Drop dyads with fewer events."),
        since: str | None = None,
        until: str | None = None,
        modality: list[str] = Query(["asserted"], description="Modalities that count."),
    ) -> dict[str, Any]:
        """Signed, weighted dyads per period (``dyads.network.dyads``)."""
        from dyads.network import LEVELS, MODALITIES, PERIODS, dyads

        _choice(period, PERIODS, "period")
        _choice(level, LEVELS, "level")
        for m in modality:
            _choice(m, MODALITIES, "modality")
        s, u = _dates(since, until)
        table = read(
            lambda st: dyads(
                st.connection, period=period, level=level, since=s, until=u,
                min_events=min_events, modalities=tuple(modality),
            )
        )  # fmt: skip
        return {
            "period": period,
            "level": level,
            "min_events": min_events,
            "modalities": modality,
            "dyads": _records(table),
        }

    @app.get("/api/blocs")
    def blocs(
        level: str = Query("country", description="code | sector | country"),
        min_events: int = Query(1, ge=1),
        max_blocs: int | None = Query(None, ge=1, description="2 = Harary's two camps."),
    ) -> dict[str, Any]:
        """Blocs maximising structural balance and the frustration index."""
        from dyads.network import LEVELS, graph, relations
        from dyads.network import blocs as find_blocs

        _choice(level, LEVELS, "level")
        key = (level, min_events, max_blocs)
        if key in blocs_cache:
            return blocs_cache[key]
        # the same relations as `dyads blocs` (recent years, yields left out)
        table = read(lambda st: relations(st.connection, level=level, min_events=min_events))
        out: dict[str, Any] = {"level": level, "min_events": min_events}
        if table.empty:
            out.update(blocs=[], frustration=0.0, n_frustrated=0, frustrated=[], balance=1.0)
            out["exact"] = True
        else:  # the search runs outside the lock: other requests go on meanwhile
            out.update(find_blocs(graph(table), max_blocs=max_blocs).summary())
        blocs_cache[key] = out
        return out

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str) -> dict[str, Any]:
        """A stored document: clean text, removed spans with reasons, sentences, evidence."""
        found = read(lambda st: queries.document(st, doc_id))
        if found is None:
            raise HTTPException(404, f"no document with id {doc_id!r}")
        return found

    return app
