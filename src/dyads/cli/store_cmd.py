"""dyads network, blocs, export, sql: the commands over a stored DuckDB file."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.app import app, console, fail
from dyads.errors import DyadsError
from dyads.store.network import RELATION_MODALITIES

DB_HELP = "DuckDB store written by `dyads code --db`."


def _open(db: Path):
    from dyads.store import Store

    try:
        return Store(db, read_only=True)
    except DyadsError as exc:
        fail(str(exc))


def _day(value: str | None, option: str) -> str | None:
    """A --since/--until day checked up front (YYYY-MM-DD or YYYYMMDD), normalised."""
    if value is None:
        return None
    from dyads.dates import normalise_date

    try:
        day = normalise_date(value)
    except DyadsError as exc:
        fail(f"{option}: {exc}")
    if day is None or len(day) != 10:
        fail(f"{option}: expected a day YYYY-MM-DD, got {value!r}")
    return day


def _check(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        fail(f"unknown {what} {value!r}; choose one of {', '.join(allowed)}")
    return value


@app.command()
def network(
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    since: str = typer.Option(None, help="First day (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last day (YYYY-MM-DD)."),
    period: str = typer.Option("month", help="week | month | year | all"),
    level: str = typer.Option("sector", help="Actor level: code | sector | country."),
    min_events: int = typer.Option(1, "--min-events", min=1, help="Drop dyads with fewer events."),
    modality: list[str] = typer.Option(
        ["asserted"], "--modality", help="Modalities that count (repeat the option)."
    ),
    top: int = typer.Option(10, help="Dyads to print per side and period."),
    out: Path = typer.Option(None, help="Write the graph(s): .graphml, .gexf or .json."),
) -> None:
    """Print the strongest cooperative and hostile dyads per period; optionally export graphs."""
    from dyads.network import dyad_table

    _check_network(period, level, modality)
    since, until = _day(since, "--since"), _day(until, "--until")
    if top < 1:
        fail(f"--top must be at least 1 (got {top})")
    if out is not None:
        from dyads.cli.paths import check_output
        from dyads.network.graph import GRAPH_FORMATS

        if out.suffix.lstrip(".").lower() not in GRAPH_FORMATS:
            fail(f"unknown graph format {out.suffix!r}; use .graphml, .gexf or .json")
        check_output(out, "--out", stores=[db], force=True)
    with _open(db) as st:
        try:
            table = dyad_table(
                st.connection, period=period, level=level, since=since, until=until,
                min_events=min_events, modalities=tuple(modality),
            )  # fmt: skip
        except Exception as exc:  # bad dates and the like
            fail(f"cannot build the network: {str(exc).splitlines()[0]}")
    if table.empty:
        fail(NO_DYADS, code=2)
    _print_dyads(table, top)
    if out is not None:
        _write_graphs(table, out, db)


NO_DYADS = "no dyads match (are there events with coded source and target actors?)"


def _check_network(period: str, level: str, modality: list[str]) -> None:
    from dyads.network import LEVELS, MODALITIES, PERIODS

    _check(period, PERIODS, "period")
    _check(level, LEVELS, "level")
    for m in modality:
        _check(m, MODALITIES, "modality")


def _print_dyads(table, top: int) -> None:
    """The ``top`` cooperative and hostile dyads of each period, one table each."""
    for p, part in table.groupby("period", sort=True):
        for title, rows in (
            ("cooperative", part[part.weight > 0].nlargest(top, "weight")),
            ("hostile", part[part.weight < 0].nsmallest(top, "weight")),
        ):
            if rows.empty:
                continue
            t = Table(title=f"{p}: strongest {title} dyads")
            for col in ("source", "target", "events", "coop", "conflict", "weight"):
                t.add_column(col, justify="right" if col not in ("source", "target") else "left")
            for r in rows.itertuples(index=False):
                t.add_row(
                    r.source, r.target, str(r.n_events), str(r.n_coop), str(r.n_conflict),
                    f"{r.weight:+.1f}",
                )  # fmt: skip
            console.print(t)


def _write_graphs(table, out: Path, db: Path) -> None:
    """The graph to ``out`` or, with several periods, one graph per period beside it."""
    from dyads.cli.paths import atomic_file, check_output
    from dyads.network import graph, graphs_by_period, write_graph

    fmt = out.suffix.lstrip(".").lower()
    periods = sorted(table["period"].unique())
    if len(periods) == 1:
        targets = {out: graph(table)}
    else:
        targets = {out.with_name(f"{out.stem}-{p}{out.suffix}"): G for p, G in graphs_by_period(table).items()}
    for path in targets:
        check_output(path, "--out", stores=[db], force=True)
    for path, G in targets.items():
        with atomic_file(path) as tmp:
            write_graph(G, tmp, fmt)
    if len(periods) == 1:
        console.print(f"wrote {out}")
    else:
        console.print(f"wrote {len(periods)} graphs {out.stem}-<period>{out.suffix}")


@app.command()
def blocs(
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    since: str = typer.Option(None, help="First day (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last day (YYYY-MM-DD)."),
    level: str = typer.Option("country", help="Actor level: code | sector | country."),
    min_events: int = typer.Option(1, "--min-events", min=1, help="Drop dyads with fewer events."),
    max_blocs: int = typer.Option(None, "--max-blocs", min=1, help="2 = Harary's two camps."),
    modality: list[str] = typer.Option(
        list(RELATION_MODALITIES),
        "--modality",
        help="Modalities that count (repeat the option).",
    ),
    years: int = typer.Option(
        5, "--years", min=0, help="Without --since: only the last N years of events (0: all)."
    ),
    period: str = typer.Option(
        "all", help="all | year | month | week: blocs per period, to see them change."
    ),
    fmt: str = typer.Option("table", "--format", help="table | json"),
    out: Path = typer.Option(None, help="Write the JSON here instead of stdout."),
) -> None:
    """Partition actors into blocs maximising structural balance; report the frustration."""
    from dyads.network.report import blocs_by_period

    _check_network(period, level, modality)
    _check(fmt, ("table", "json"), "format")
    since, until = _day(since, "--since"), _day(until, "--until")
    if out is not None:
        from dyads.cli.paths import check_output

        check_output(out, "--out", stores=[db], force=True)
    with _open(db) as st:
        try:
            results = blocs_by_period(
                st.connection, level=level, since=since, until=until, years=years,
                min_events=min_events, modalities=tuple(modality), period=period,
                max_blocs=max_blocs,
            )  # fmt: skip
        except Exception as exc:
            fail(f"cannot build the network: {str(exc).splitlines()[0]}")
    if not results:
        fail(NO_DYADS, code=2)
    if fmt == "json":
        _write_blocs_json(results, period, out)
    else:
        _print_blocs(results)


def _write_blocs_json(results: dict, period: str, out: Path | None) -> None:
    """The blocs as JSON (one period: its blocs; several: each period's blocs) to ``out``
    or stdout."""
    if period == "all":
        data: object = results["all"].to_json()
    else:
        data = [
            {"period": p, "blocs": r.to_json(), "frustration": r.frustration}
            for p, r in results.items()
        ]
    text = json.dumps(data, indent=1)
    if not out:
        print(text)
        return
    from dyads.cli.paths import atomic_file

    with atomic_file(out) as tmp:
        tmp.write_text(text + "\n", encoding="utf-8")
    console.print(f"wrote {out}")


def _print_blocs(results: dict) -> None:
    for p, result in results.items():
        t = Table(title="Blocs (structural balance)" + ("" if p == "all" else f": {p}"))
        t.add_column("bloc", justify="right")
        t.add_column("actors")
        for b in result.to_json():
            t.add_row(str(b["bloc"]), ", ".join(b["actors"]))
        console.print(t)
        how = "exact" if result.exact else "heuristic"
        console.print(
            f"frustration index {result.frustration:.1f} ({how}; {result.n_frustrated} "
            f"frustrated ties; balance {result.balance:.3f})"
        )
        for a, b_, w in result.frustrated[:10]:
            console.print(f"  frustrated: {a} - {b_} ({w:+.1f})")


@app.command()
def dedup(
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    window_days: int = typer.Option(None, "--window-days", min=0, help="Merge window in days."),
    no_window: bool = typer.Option(False, "--no-window", help="Never merge across documents."),
    ignore_place: bool = typer.Option(False, "--ignore-place", help="Merge regardless of place."),
    ignore_modality: bool = typer.Option(
        False, "--ignore-modality", help="Let a threat merge with the act."
    ),
    strict_place: bool = typer.Option(
        False, "--strict-place", help="A report without a place never joins one with a place."
    ),
    actor_level: str = typer.Option(
        "code", "--actor-level", help="code | country (state actors compared by country)."
    ),
    show: bool = typer.Option(False, "--show", help="Only print the store's current rule."),
) -> None:
    """Re-merge stored events under a new dedup rule and save the rule in the store."""
    import dataclasses

    from dyads.store import Store
    from dyads.store.dedup import DedupConfig

    if not db.exists():
        fail(f"no store at {db}")
    try:
        with Store(db) as st:
            cur = st.dedup
            if show:
                console.print(json.dumps(dataclasses.asdict(cur)))
                return
            if no_window and window_days is not None:
                fail("give --window-days or --no-window, not both")
            cfg = DedupConfig(
                window_days=None
                if no_window
                else (cur.window_days if window_days is None else window_days),
                use_place=not ignore_place,
                use_modality=not ignore_modality,
                place_optional=not strict_place,
                actor_level=_check(actor_level, ("code", "country"), "actor level"),
            )
            out = st.remerge(cfg)
    except DyadsError as exc:
        fail(str(exc))
    console.print(
        f"{out['reports']} reports: {out['before']} events before, {out['after']} after; "
        f"rule saved: {json.dumps(dataclasses.asdict(cfg))}"
    )


@app.command("export")
def export_cmd(
    fmt: str = typer.Option(..., "--format", help="jsonl | csv | parquet | gdelt | acled"),
    out: Path = typer.Option(..., "--out", help="File (or directory for parquet) to write."),
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    since: str = typer.Option(None, help="First day (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last day (YYYY-MM-DD)."),
    force: bool = typer.Option(False, "--force", help="Replace OUT if it exists."),
) -> None:
    """Export the stored (deduplicated) events; see docs/export.md for the columns."""
    from dyads.cli.paths import check_output
    from dyads.store.export import DIRECTORY_FORMATS, EXPORTERS, export

    _check(fmt, tuple(EXPORTERS), "format")
    since, until = _day(since, "--since"), _day(until, "--until")
    check_output(out, "--out", stores=[db], force=force, directory=fmt in DIRECTORY_FORMATS)
    with _open(db) as st:
        try:
            path = export(st.connection, fmt, out, since=since, until=until, overwrite=force)
        except (FileExistsError, ValueError) as exc:
            fail(str(exc))
        except Exception as exc:
            fail(f"export failed: {str(exc).splitlines()[0]}")
    console.print(f"wrote {path}")


@app.command()
def sql(
    query: str = typer.Argument(..., help='SQL to run, e.g. "SELECT count(*) FROM events".'),
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help="table | csv | jsonl"),
    limit: int = typer.Option(1000, help="Rows to print at most (table format)."),
) -> None:
    """Run read-only SQL against the store (schema: docs/schema.md)."""
    import csv
    import sys

    _check(fmt, ("table", "csv", "jsonl"), "format")
    if limit < 1:
        fail(f"--limit must be at least 1 (got {limit})")
    with _open(db) as st:
        # Only the store: no reading or writing other files (read_text, COPY ... TO, ATTACH).
        st.without_external_access()
        try:
            names, rows = st.query(query)
        except DyadsError as exc:
            fail(str(exc))
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(names)
        w.writerows(rows)
        return
    if fmt == "jsonl":
        for r in rows:
            print(json.dumps(dict(zip(names, r, strict=True)), default=str, ensure_ascii=False))
        return
    t = Table(show_lines=False)
    for n in names:
        t.add_column(n, no_wrap=True, overflow="ellipsis", max_width=60)
    for r in rows[:limit]:
        t.add_row(*("" if v is None else str(v) for v in r))
    console.print(t)
    if len(rows) > limit:
        console.print(f"... {len(rows) - limit} more rows (use --format csv for all)")


@app.command("errors")
def errors_cmd(
    db: Path = typer.Option(Path("dyads.duckdb"), "--db", help=DB_HELP),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
    limit: int = typer.Option(1000, help="Failures to list at most."),
) -> None:
    """List the inputs that could not be read, coded or stored (the store's failures table)."""
    _check(fmt, ("table", "jsonl"), "format")
    if limit < 1:
        fail(f"--limit must be at least 1 (got {limit})")
    with _open(db) as st:
        rows = st.failures(limit=limit)
    if fmt == "jsonl":
        for r in rows:
            print(json.dumps(r, default=str, ensure_ascii=False))
        return
    if not rows:
        console.print(f"no failures recorded in {db}")
        return
    t = Table(show_lines=False)
    for n in ("failed_at", "stage", "source", "message"):
        t.add_column(n, overflow="fold")
    for r in rows:
        t.add_row(str(r["failed_at"])[:19], r["stage"] or "", r["source"] or "", r["message"] or "")
    console.print(t)
