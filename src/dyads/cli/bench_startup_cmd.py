"""dyads bench startup: the cost of one ``dyads code`` call on a one-line text, in fresh
processes (imports, the spaCy model, the gazetteer and the knowledge base all load each time)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import typer

from dyads.cli.app import bench_app, console

TINY_TEXT = "Russia attacked Ukraine on Monday.\n"
# the two measured calls: the command line alone, and coding one sentence
IMPORT_ONLY = ("-c", "import dyads.cli")
CODE_TINY = ("-c", "from dyads.cli import main; main()", "code")


def _seconds(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def startup_times(repeats: int) -> dict[str, list[float]]:
    """Wall seconds of ``repeats`` fresh processes: importing the CLI, and ``dyads code`` on a
    one-line file (``--no-db --format jsonl``)."""
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text(TINY_TEXT, encoding="utf-8")
        code = [*CODE_TINY, str(tiny), "--no-db", "--format", "jsonl"]
        return {
            "import": [_seconds(list(IMPORT_ONLY)) for _ in range(repeats)],
            "code": [_seconds(code) for _ in range(repeats)],
        }


@bench_app.command("startup")
def bench_startup(
    repeats: int = typer.Option(3, min=1, help="Fresh processes per measurement."),
) -> None:
    """Seconds one `dyads code FILE` call spends on a one-line file, import and loading included."""
    for name, times in startup_times(repeats).items():
        console.print(
            f"{name:6s} best {min(times):.2f} s, median {statistics.median(times):.2f} s "
            f"({repeats} fresh process(es))",
            highlight=False,
        )
