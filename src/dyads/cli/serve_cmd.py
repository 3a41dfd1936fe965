"""dyads serve: the read-only web page and JSON API over a stored DuckDB file."""

from __future__ import annotations

import socket
from pathlib import Path

import typer

from dyads.cli.app import app, console, fail
from dyads.errors import DyadsError


@app.command()
def serve(
    db: Path = typer.Option(
        Path("dyads.duckdb"), "--db", help="DuckDB store written by `dyads code --db`."
    ),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on."),
    port: int = typer.Option(8000, min=1, max=65535, help="TCP port."),
    allow_host: list[str] = typer.Option(
        [],
        "--allow-host",
        help="Also answer under this host name (the Host header; loopback names always; "
        "'*' for any). Repeat for several.",
    ),
) -> None:
    """Serve the events list, map and evidence (read-only) at http://HOST:PORT/."""
    if not db.exists():
        fail(f"no store at {db} (write one with `dyads code ... --db {db}`)")
    if db.is_dir():
        fail(f"{db} is a directory, not a DuckDB store")
    _check_port(host, port)
    import uvicorn

    from dyads.web import create_app
    from dyads.web.security import LOOPBACK_HOSTS

    wildcard = host in ("0.0.0.0", "::", "")
    hosts = [*LOOPBACK_HOSTS, *([] if wildcard else [host]), *allow_host]
    try:
        web = create_app(str(db), preload_model=True, allowed_hosts=hosts, warm_up=True)
    except DyadsError as exc:
        fail(str(exc))
    console.print(f"dyads: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)")
    if not web.state.store.actor_lists:
        console.print(
            f"dyads: {db} predates the actor index (schema {web.state.store.version}): the actor "
            f"filter reads every event; `dyads dedup --db {db} --show` upgrades it in place"
        )
    if wildcard and not allow_host:
        console.print("dyads: only loopback names are answered; add --allow-host NAME for others")
    uvicorn.run(web, host=host, port=port, log_level="warning")


def _check_port(host: str, port: int) -> None:
    """Fail with one line if HOST:PORT cannot be bound (in use, unknown host)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, addr = infos[0]
        with socket.socket(family, kind, proto) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            s.bind(addr)
    except OSError as exc:
        fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
