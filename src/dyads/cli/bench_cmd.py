"""dyads bench store: store and network benchmarks with generated data."""

from __future__ import annotations

import typer

from dyads.cli.app import bench_app, console


@bench_app.command("store")
def bench_store(
    events: int = typer.Option(200_000, min=1000, help="Events to insert."),
    network_events: int = typer.Option(
        1_000_000, "--network-events", min=1000, help="Events for the network."
    ),
    repeats: int = typer.Option(3, min=1, help="Insert runs (best and median are reported)."),
    batch: int = typer.Option(500, min=1, help="Documents per write_many call."),
    skip_network: bool = typer.Option(False, "--skip-network", help="Only the insert benchmark."),
) -> None:
    """Store insert throughput and the month-level network over many events."""
    from dyads.benchmarks import run

    run(
        events=events,
        network_events=network_events,
        repeats=repeats,
        batch=batch,
        skip_network=skip_network,
        say=lambda line: console.print(line, highlight=False),
    )
