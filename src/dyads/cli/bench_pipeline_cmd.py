"""``dyads bench pipeline``: whole-pipeline throughput against bare spaCy, side by side.

Both runs parse the same texts in the same process on one core: first spaCy's own ``nlp.pipe``
(the floor every pipeline pays), then ``dyads`` from cleaned text to coded events and places.
The ratio is what the issue's target (>= 0.7 x bare spaCy) is about.
"""

from __future__ import annotations

import json
import os
import resource
import time
from pathlib import Path

import typer

from dyads.cli.app import bench_app, console, fail
from dyads.cli.code_cmd import load_verb_dicts


def _texts_from_kit(kit: Path, limit: int) -> list[str]:
    path = kit / "events/plover/dev.inputs.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r["text"] for r in rows][:limit]


@bench_app.command("pipeline")
def bench_pipeline(
    repeat: int = typer.Option(20, "--repeat", help="Copies of the reference article (distinct documents)."),
    kit: Path = typer.Option(None, "--kit", help="Also use the eval kit's PLOVER sentences as input."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON line."),
    verbs: list[Path] = typer.Option(None, "--verbs", help="Code with these PETRARCH/TABARI verb dictionaries too (repeatable)."),
    actors: list[Path] = typer.Option(None, "--actors", help="PETRARCH/TABARI actor dictionary to use too (repeatable)."),
    agents: list[Path] = typer.Option(None, "--agents", help="PETRARCH/TABARI agent dictionary to use too (repeatable)."),
) -> None:
    """Sentences/s of the whole pipeline vs bare spaCy nlp.pipe on the same text, one core."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from dyads import pipeline
    from dyads.clean import clean
    from dyads.ingest import document_from_string
    from dyads.nlp import get_nlp

    example = Path(__file__).resolve().parents[1] / "examples/socialist-worker-2561-mission-accomplished.txt"
    base = example.read_text(encoding="utf-8")
    docs = [document_from_string(base + f"\n\nCopy {i}.", retrieved="2024-02-20", source=f"copy{i}") for i in range(repeat)]
    if kit is not None:
        if not (kit / "events/plover/dev.inputs.jsonl").exists():
            fail(f"evaluation kit not found at {kit}")
        docs += [document_from_string(t, source=f"plover{i}") for i, t in enumerate(_texts_from_kit(kit, 10_000))]
    t0 = time.perf_counter()
    vd = load_verb_dicts(verbs or [], [], [])
    kb = None
    if actors or agents:
        from dyads.actors import KB
        from dyads.actors.petrarch import extend_kb

        kb = extend_kb(KB.default(), actors=actors or [], agents=agents or [], problems=[])
    load_s = time.perf_counter() - t0
    nlp = get_nlp()
    texts = [clean(d).text for d in docs]
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=16))
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = 0
    for coded in pipeline.code_documents(docs, batch_size=16, actor_kb=kb, verbs=vd):
        n_events += len(coded.events)
    full = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {
        "documents": len(docs),
        "sentences": n_sents,
        "events": n_events,
        "spacy_sentences_per_s": round(n_sents / bare, 1),
        "dyads_sentences_per_s": round(n_sents / full, 1),
        "ratio": round(bare / full, 3),
        "peak_rss_mb": round(rss_mb),
    }
    if vd is not None or kb is not None:
        figures["dictionary_load_s"] = round(load_s, 2)
    if as_json:
        print(json.dumps(figures))
        return
    for k, v in figures.items():
        console.print(f"{k:24} {v}")
