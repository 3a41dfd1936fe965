"""The JSON endpoints (``/api/...``), one module-level router.

Each endpoint takes the store through ``Depends(get_store)`` and, where events are
filtered, an ``EventFilter`` through ``Depends(event_filter)`` (see ``dyads.web.deps``);
the SQL lives in ``dyads.web.queries``.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
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
)

# Events returned at most per request (the page asks for fewer).
MAX_LIMIT = 5000
DEFAULT_LIMIT = 500

T = TypeVar("T")

router = APIRouter(prefix="/api")


def _records(df: Any) -> list[dict[str, Any]]:
    """A DataFrame as JSON-ready records (numpy scalars become Python ones)."""
    return json.loads(df.to_json(orient="records"))


def _json(value: Any) -> Response:
    """``value`` encoded as FastAPI's JSONResponse would (same bytes), without walking it
    through ``jsonable_encoder`` first: 200 ms of 1,000 events (dates become ISO strings)."""
    body = json.dumps(
        value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_iso
    )
    return Response(body.encode("utf-8"), media_type="application/json")


def _iso(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _found(value: T | None, what: str, key: str) -> T:
    if value is None:
        raise HTTPException(404, f"no {what} with id {key!r}")
    return value


@router.get("/stats")
def stats(access: StoreAccess = Depends(get_store)) -> dict[str, Any]:
    """Counts of documents, events and reports; events per PLOVER type and modality."""
    return access.read(queries.stats)


@router.get("/events")
def events(
    flt: EventFilter = Depends(event_filter),
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Events at most."),
    access: StoreAccess = Depends(get_store),
) -> dict[str, Any]:
    """Merged events, oldest first, each with its evidence (document, sentence, offsets)."""
    total, found = access.read(lambda st: queries.events(st, flt, limit))
    return _json({"total": total, "limit": limit, "events": found})


@router.get("/events/{event_id}")
def event(event_id: str, access: StoreAccess = Depends(get_store)) -> dict[str, Any]:
    """One merged event with its reports: documents and sentences."""
    return _json(_found(access.read(lambda st: queries.event(st, event_id)), "event", event_id))


@router.get("/places")
def places(
    flt: EventFilter = Depends(event_filter), access: StoreAccess = Depends(get_store)
) -> dict[str, Any]:
    """Places with coordinates and their event counts (events filtered like /api/events)."""
    return _json({"places": access.read(lambda st: queries.places(st, flt))})


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
    periods = access.read(lambda st: queries.timeline(st, by, flt))
    return {"by": by, "periods": periods}


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
    from dyads.network import dyad_table

    choice(period, PERIODS, "period")
    choice(level, LEVELS, "level")
    for m in modality:
        choice(m, MODALITIES, "modality")
    s, u = dates(since, until)
    table = access.read(
        lambda st: dyad_table(
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
        "labels": access.read(
            lambda st: queries.node_labels(st, set(table["source"]) | set(table["target"]))
        ),
    }


@router.get("/blocs")
def blocs(
    level: str = Query(
        "country", description="code | sector | country", json_schema_extra={"enum": list(LEVELS)}
    ),
    min_events: int = Query(1, ge=1),
    max_blocs: int | None = Query(None, ge=1, description="2 = Harary's two camps."),
    access: StoreAccess = Depends(get_store),
) -> dict[str, Any]:
    """Blocs maximising structural balance and the frustration index."""
    from dyads.network.report import blocs_summary

    choice(level, LEVELS, "level")

    def compute() -> dict[str, Any]:
        # the same blocs as `dyads blocs` (recent years, yields left out)
        found = access.read(
            lambda st: blocs_summary(
                st.connection, level=level, min_events=min_events, max_blocs=max_blocs
            )
        )
        return {"level": level, "min_events": min_events, **found}

    return access.cached(("blocs", level, min_events, max_blocs), compute)


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
