"""``dyads bench scale``: the plain run vs shard mode with 1 and 2 local workers, side by side."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer

from dyads.cli.app import bench_app, console, err_console, fail


@bench_app.command("scale")
def bench_scale(
    inputs: list[str] = typer.Argument(None, help="Files, directories, globs or JSONL dumps (default: copies of the bundled example article)."),
    workers: list[int] = typer.Option([1, 2], "--workers", min=0, help="Shard mode with this many local workers (repeatable; 0: the shards in the client)."),
    rounds: int = typer.Option(1, "--rounds", min=1, help="Runs per mode; the order is rotated each round."),
    shard_mb: float = typer.Option(0.0, "--shard-mb", min=0.0, help="Split JSONL files larger than this many MB (MiB, as `dyads code --shard-mb`) into byte ranges."),
    copies: int = typer.Option(64, "--copies", min=1, help="Without inputs: copies of the example article."),
    docs_per_shard: int = typer.Option(16, "--docs-per-shard", min=1, help="Without inputs: records per generated JSONL shard."),
    retrieved: str = typer.Option(None, "--retrieved", help="Retrieval date for inputs without one (as `dyads code --retrieved`)."),
    merge_events: int = typer.Option(0, "--merge-events", min=0, help="Instead of the runs: time the import of this many generated events as parts, a full re-dedup and the network."),
    as_json: bool = typer.Option(False, "--json", help="Print the runs and the summary as one JSON line (the lines go to stderr)."),
) -> None:
    """Wall time, documents/s, client CPU and peak memory per worker: plain run vs shard mode."""
    import os
    import platform

    from dyads import scale_bench

    out = err_console if as_json else console  # with --json the lines go to stderr
    say = lambda line: out.print(line, highlight=False)  # noqa: E731
    say(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    if merge_events:
        merged = scale_bench.bench_merge(merge_events)
        for line in scale_bench.describe_merge(merged):
            say(line)
        if as_json:
            print(json.dumps(merged))
        return
    with tempfile.TemporaryDirectory(prefix="dyads-scale-in-") as tmp:
        paths = list(inputs or [])
        if not paths:
            paths = scale_bench.example_input(Path(tmp), copies, docs_per_shard)
            say(f"input: {copies} copies of the example article in {len(paths)} JSONL shard(s)")
        try:
            result = scale_bench.run(paths, workers, rounds, int(shard_mb * 2**20), retrieved, say)
        except RuntimeError as exc:
            fail(str(exc))
    if as_json:
        print(json.dumps(result))
