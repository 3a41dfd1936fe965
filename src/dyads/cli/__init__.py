"""The ``dyads`` command line. Each command module registers itself on ``app``."""

from __future__ import annotations

import importlib

from dyads.cli.app import app

# One module per group of commands; each registers its commands on import.
COMMAND_MODULES = (
    "code_cmd",  # dyads code
    "shards_cmd",  # dyads code --shards (its runner), dyads store import
    "eval_events_cmd",  # dyads eval events
    "eval_articles_cmd",  # dyads eval articles
    "extract_cmd",  # dyads eval extract
    "actors_cmd",  # dyads actors ..., dyads eval actors
    "geo_cmd",  # dyads geo, dyads gazetteer ..., dyads eval geo
    "store_cmd",  # dyads network, blocs, export, sql
    "bench_cmd",  # dyads bench store ...
    "bench_pipeline_cmd",  # dyads bench pipeline
    "bench_startup_cmd",  # dyads bench startup
    "bench_scale_cmd",  # dyads bench scale
    "serve_cmd",  # dyads serve
)

for _name in COMMAND_MODULES:
    importlib.import_module(f"dyads.cli.{_name}")


def main() -> None:
    app()
