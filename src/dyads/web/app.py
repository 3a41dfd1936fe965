"""A thin web face over a dyads store: JSON endpoints and one static page.

    from dyads.web import create_app
    app = create_app("dyads.duckdb")      # raises StoreError if the file is missing or not a store

Every page is backed by a JSON endpoint (``/api/...``, the router in ``dyads.web.api``);
the store is opened read-only once, and requests share it through ``Depends(get_store)``
(``dyads.web.deps``), each reading on a cursor of its own; answers are kept per store
version (``dyads.web.cache``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from dyads.errors import DyadsError
from dyads.store import Store
from dyads.web import api
from dyads.web.cache import MAX_BYTES, ResponseCache
from dyads.web.coding import Coder
from dyads.web.deps import BadParameter, StoreAccess
from dyads.web.security import LOOPBACK_HOSTS, HostAndHeaders

STATIC = Path(__file__).parent / "static"

pages = APIRouter(include_in_schema=False)


@pages.get("/")
def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def _bad(_: Request, exc: BadParameter) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=400)


def _store_error(_: Request, exc: DyadsError) -> JSONResponse:
    return JSONResponse({"detail": f"store error: {exc}"}, status_code=500)


def create_app(
    db_path: str | Path,
    preload_model: bool = False,
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    cache_bytes: int = MAX_BYTES,
    warm_up: bool = False,
    wait_s: float = 0.2,
) -> FastAPI:
    """The web app over the store at ``db_path`` (opened read-only, once).

    ``allowed_hosts``: the names the app answers under (the ``Host`` header; loopback by
    default, ``"*"`` for any); see ``dyads.web.security``.

    ``preload_model``: load the spaCy pipeline for ``POST /api/code`` in a background
    thread at start (else on the first paste).

    ``cache_bytes``: memory for API answers kept per store version (``dyads.web.cache``;
    0 keeps none).

    ``warm_up``: compute the page's first answers in a background thread at start
    (``dyads.web.api.warm``; ``GET /api/ready`` says when they are); ``dyads serve`` does.

    ``wait_s``: how long a request for an answer computed in the background (blocs) waits
    before it is answered ``202 {"state": "computing"}``.

    Raises ``dyads.store.StoreError`` (one clear line) when the file is missing, is not
    a dyads store, or cannot be opened.
    """
    store = Store(db_path, read_only=True)
    app = FastAPI(
        title="dyads",
        description=f"Read-only view of the dyads store {Path(db_path).name}",
        version="1",
        # FastAPI's /docs and /redoc pages load scripts from a CDN: left out (offline);
        # the schema itself stays at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.access = StoreAccess(store, wait_s=wait_s)
    if warm_up:
        app.state.access.warm = False
        threading.Thread(target=api.warm, args=(app.state.access,), name="dyads-warm",
                         daemon=True).start()  # fmt: skip
    app.state.coder = Coder()
    if preload_model:
        threading.Thread(target=app.state.coder.load, name="dyads-nlp", daemon=True).start()
    app.add_exception_handler(BadParameter, _bad)
    app.add_exception_handler(DyadsError, _store_error)
    app.include_router(pages)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # added first, so inside the Host check: a refused Host never reaches the cache
    app.add_middleware(ResponseCache, version=lambda: app.state.access.version,
                       max_bytes=cache_bytes)  # fmt: skip
    app.add_middleware(HostAndHeaders, allowed_hosts=tuple(allowed_hosts))
    return app
