"""dyads serve: the read-only web page and JSON API over a stored DuckDB file."""

from __future__ import annotations

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
) -> None:
    """Serve the events list, map and evidence (read-only) at http://HOST:PORT/."""
    if not db.exists():
        fail(f"no store at {db} (write one with `dyads code ... --db {db}`)")
    if db.is_dir():
        fail(f"{db} is a directory, not a DuckDB store")
    import uvicorn

    from dyads.web import create_app

    try:
        web = create_app(str(db))
    except DyadsError as exc:
        fail(str(exc))
    console.print(f"dyads: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)")
    try:
        uvicorn.run(web, host=host, port=port, log_level="warning")
    except OSError as exc:  # port in use and the like
        fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
