"""The JSON endpoints (``/api/...``), one module-level router.

Each endpoint takes the store through ``Depends(get_store)`` and, where events are
filtered, an ``EventFilter`` through ``Depends(event_filter)`` (see ``dyads.web.deps``);
the SQL lives in ``dyads.web.queries``.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

import orjson
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from dyads.network.aggregate import LEVELS, MODALITIES, PERIODS
from dyads.web import queries
from dyads.web.coding import MAX_BYTES, CodeError, Coder, parse_body
from dyads.web.deps import (
    EventFilter,
    StoreAccess,
    choice,
    dates,
    event_filter,
    get_coder,
    get_store,
    plover_param,
)

# Events returned at most per request (the page asks for fewer).
MAX_LIMIT = 5000
DEFAULT_LIMIT = 500

T = TypeVar("T")

router = APIRouter(prefix="/api")


def _records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame as JSON-ready records (numpy scalars become Python ones)."""
    return json.loads(df.to_json(orient="records"))


def _encode(value: Any) -> bytes:
    """``value`` as compact UTF-8 JSON (orjson: dates become ISO strings, NaN null), without
    walking it through ``jsonable_encoder`` first (200 ms of 1,000 events)."""
    return orjson.dumps(value, default=_plain, option=orjson.OPT_NON_STR_KEYS)


def _json(value: Any) -> Response:
    return Response(_encode(value), media_type="application/json")


def _bytes(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy and pandas scalars
        return value.item()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _found(value: T | None, what: str, key: str) -> T:
    if value is None:
        raise HTTPException(404, f"no {what} with id {key!r}")
    return value


def stats_answer(access: StoreAccess) -> bytes:
    """The JSON of ``/api/stats`` (kept per store version)."""
    return access.answer(("stats",), lambda: _encode(access.read(queries.stats)))


@router.get("/stats")
def stats(access: StoreAccess = Depends(get_store)) -> dict[str, Any]:
    """Counts of documents, events and reports; events per PLOVER type and modality."""
    return _bytes(stats_answer(access))


def events_answer(access: StoreAccess, flt: EventFilter, limit: int = DEFAULT_LIMIT) -> bytes:
    """The JSON of ``/api/events`` for a checked filter (kept per store version)."""

    def compute() -> dict[str, Any]:
        total, found = access.read(lambda st: queries.events(st, flt, limit))
        return {"total": total, "limit": limit, "events": found}

    return access.answer(("events", flt, limit), lambda: _encode(compute()))


@router.get("/events")
def events(
    flt: EventFilter = Depends(event_filter),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Events at most."),
    access: StoreAccess = Depends(get_store),
) -> dict[str, Any]:
    """Merged events, oldest first, each with its evidence (document, sentence, offsets)."""
    return _bytes(events_answer(access, flt, limit))


@router.get("/events/{event_id}")
def event(event_id: str, access: StoreAccess = Depends(get_store)) -> dict[str, Any]:
    """One merged event with its reports: documents and sentences."""
    return _json(_found(access.read(lambda st: queries.event(st, event_id)), "event", event_id))


def places_answer(access: StoreAccess, flt: EventFilter) -> bytes:
    """The JSON of ``/api/places`` for a checked filter (kept per store version)."""
    return access.answer(("places", flt), lambda: _encode(
        {"places": access.read(lambda st: queries.places(st, flt))}))  # fmt: skip


@router.get("/places")
def places(
    flt: EventFilter = Depends(event_filter), access: StoreAccess = Depends(get_store)
) -> dict[str, Any]:
    """Places with coordinates and their event counts (events filtered like /api/events)."""
    return _bytes(places_answer(access, flt))


def timeline_answer(access: StoreAccess, by: str, flt: EventFilter) -> bytes:
    """The JSON of ``/api/timeline`` for a checked filter (kept per store version)."""
    return access.answer(("timeline", by, flt), lambda: _encode(
        {"by": by, "periods": access.read(lambda st: queries.timeline(st, by, flt))}))  # fmt: skip


@router.get("/timeline")
def timeline(
    by: str = Query(
        "month",
        description="day | month | year",
        json_schema_extra={"enum": ["day", "month", "year"]},
    ),
    flt: EventFilter = Depends(event_filter),
    access: StoreAccess = Depends(get_store),
) -> dict[str, Any]:
    """Dated events per period (filtered like /api/events), for the page's timeline."""
    choice(by, tuple(queries.PERIOD_FORMATS), "period")
    return _bytes(timeline_answer(access, by, flt))


# How long a network request waits for the node pairs being kept before it sums the events.
PAIRS_WAIT_S = 30.0


def node_pairs_kept(access: StoreAccess, level: str, wait_s: float = 0) -> Any:
    """The store's node pairs at ``level`` (``dyads.store.network.node_pairs``: one narrow
    row per event and actor pair, in memory) once computed, else None after ``wait_s``:
    the first ask starts computing them in the background, once per store version. With them, a network under any dates sums a narrow table (1 M events:
    tens of ms instead of 0.4-1.5 s)."""
    from dyads.store.network import node_pairs

    return access.soon(("pairs", level),
                       lambda: access.read(lambda st: node_pairs(st.connection, level)), wait_s)  # fmt: skip


def network_answer(
    access: StoreAccess,
    period: str,
    level: str,
    min_events: int = 1,
    since: str | None = None,
    until: str | None = None,
    modalities: tuple[str, ...] = ("asserted",),
) -> bytes:
    """The JSON of ``/api/network`` for checked parameters, the window narrowed
    (``StoreAccess.window``); kept per store version."""
    from dyads.network import dyad_table

    def compute() -> dict[str, Any]:
        # the pairs cost about one network summed from the events (1 s at 1 M events):
        # wait for them rather than do both at once on a small machine
        kept = node_pairs_kept(access, level, wait_s=PAIRS_WAIT_S)

        def run(st: Any) -> Any:
            name = None
            if kept is not None:
                name = f"dyads_pairs_{level}"
                st.connection.register(name, kept)
            return dyad_table(
                st.connection, period=period, level=level, since=since, until=until,
                min_events=min_events, modalities=modalities, pairs=name,
            )  # fmt: skip

        table = access.read(run)
        nodes = set(table["source"]) | set(table["target"])
        return {
            "period": period,
            "level": level,
            "min_events": min_events,
            "modalities": list(modalities),
            "dyads": _records(table),
            "labels": access.read(lambda st: queries.node_labels(st, nodes)),
        }

    key = ("network", period, level, min_events, since, until, modalities)
    return access.answer(key, lambda: _encode(compute()))


@router.get("/network")
def network(
    period: str = Query(
        "month", description="week | month | year | all", json_schema_extra={"enum": list(PERIODS)}
    ),
    level: str = Query(
        "sector", description="code | sector | country", json_schema_extra={"enum": list(LEVELS)}
    ),
    min_events: int = Query(1, ge=1, description="Drop dyads with fewer events."),
    since: str | None = None,
    until: str | None = None,
    modality: list[str] = Query(
        ["asserted"],
        description="Modalities that count.",
        json_schema_extra={"items": {"enum": list(MODALITIES)}},
    ),
    access: StoreAccess = Depends(get_store),
) -> dict[str, Any]:
    """Signed, weighted dyads per period (``dyads.network.dyad_table``)."""

    choice(period, PERIODS, "period")
    choice(level, LEVELS, "level")
    for m in modality:
        choice(m, MODALITIES, "modality")
    s, u = access.window(*dates(since, until))
    return _bytes(network_answer(access, period, level, min_events, s, u, tuple(modality)))


def compute_blocs(access: StoreAccess, options: dict[str, Any]) -> dict[str, Any]:
    """``blocs_summary(**options)`` over the store: in a child process on a large store
    (``dyads.web.background``: the search would hold the interpreter lock that requests
    need), else on this thread."""
    from dyads.network.report import blocs_summary
    from dyads.web import background

    n_events = access.version[2] if len(access.version) > 2 else 0  # (schema, docs, events, seq)
    if n_events >= background.PROCESS_EVENTS and access.store.path != ":memory:":
        return background.in_child(background.blocs_summary_in, access.store.path, options)
    return access.read(lambda st: blocs_summary(st.connection, **options))


def blocs_answer(
    access: StoreAccess,
    level: str = "country",
    min_events: int = 1,
    max_blocs: int | None = None,
    wait_s: float | None = None,
) -> dict[str, Any] | None:
    """The blocs of ``/api/blocs`` (``dyads.network.report.blocs_summary``: the same as
    ``dyads blocs``, recent years, yields left out), computed once per store version in the
    background; None while that runs (``StoreAccess.soon``)."""
    def compute() -> dict[str, Any]:
        options = {"level": level, "min_events": min_events, "max_blocs": max_blocs}
        return {"level": level, "min_events": min_events, **compute_blocs(access, options)}

    return access.soon(("blocs", level, min_events, max_blocs), compute, wait_s)


@router.get("/blocs")
def blocs(
    level: str = Query(
        "country", description="code | sector | country", json_schema_extra={"enum": list(LEVELS)}
    ),
    min_events: int = Query(1, ge=1),
    max_blocs: int | None = Query(None, ge=1, description="2 = Harary's two camps."),
    access: StoreAccess = Depends(get_store),
) -> Any:
    """Blocs maximising structural balance and the frustration index. On a large store the
    first answer takes seconds: meanwhile the endpoint answers ``202 {"state": "computing"}``
    (with ``Retry-After``) at once; ask again."""
    choice(level, LEVELS, "level")
    found = blocs_answer(access, level, min_events, max_blocs)
    if found is None:
        return JSONResponse(
            {"state": "computing", "level": level,
             "detail": "the blocs are being computed; ask again"},
            status_code=202, headers={"retry-after": "1", "cache-control": "no-store"},
        )  # fmt: skip
    return found


@router.get("/ready")
def ready(access: StoreAccess = Depends(get_store)) -> Response:
    """Whether the page's first answers are computed (``warm``) and how many answers are
    being computed in the background now (never kept: it changes)."""
    body = {"warm": access.warm, "computing": access.computing()}
    return Response(_encode(body), media_type="application/json",
                    headers={"cache-control": "no-store"})  # fmt: skip


# The page's first requests (static/app.js: refresh() with no filters, loadBlocs()).
PAGE_MODALITIES = ("asserted", "threatened", "intended")


def warm(access: StoreAccess) -> None:
    """Compute the answers the page asks for first, so that a first visit finds them kept
    (``dyads serve`` runs this in a thread at start; ``access.warm`` is False until done).
    Blocs go last and in the background: they take longest."""
    try:
        plover_param("ASSAULT")  # imports what a first filter by type needs (the PLOVER list)
        stats_answer(access)
        everything = EventFilter()
        events_answer(access, everything, 1000)
        places_answer(access, everything)
        for by in queries.PERIOD_FORMATS:
            timeline_answer(access, by, everything)
        node_pairs_kept(access, "country", wait_s=600)
        network_answer(access, "all", "country", 1, None, None, PAGE_MODALITIES)
        blocs_answer(access, "country", wait_s=0)
    finally:
        access.warm = True


@router.get("/documents/{doc_id}")
def document(doc_id: str, access: StoreAccess = Depends(get_store)) -> dict[str, Any]:
    """A stored document: clean text, removed spans with reasons, sentences, evidence."""
    return _json(_found(access.read(lambda st: queries.document(st, doc_id)), "document", doc_id))


@router.post("/code")
async def code(
    request: Request,
    published: str | None = Query(None, description="Publication date YYYY-MM-DD."),
    coder: Coder = Depends(get_coder),
) -> dict[str, Any]:
    """Code a pasted text or HTML page: a JSON body ``{"text", "published"}``, the text
    itself (``text/plain``, ``text/html``) or an uploaded file (``multipart/form-data``,
    field ``file``, optional field ``published``), at most ``MAX_BYTES``. Returns the events
    (with evidence offsets into the returned clean ``text``); nothing is stored."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
        raise HTTPException(413, f"body of {declared} bytes; at most {MAX_BYTES} are coded")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BYTES:
            raise HTTPException(413, f"body over {MAX_BYTES} bytes; at most that is coded")
    try:
        text, pub = parse_body(bytes(body), request.headers.get("content-type", ""))
        return await run_in_threadpool(coder.code, text, published or pub)
    except CodeError as exc:
        raise HTTPException(exc.status, exc.detail) from None
