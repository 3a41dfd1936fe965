"""The event coder against the kit's sentence sets (``dyads eval events``).

Codes a set's dev inputs in-process (one model load) and scores the predictions with the kit's
own ``score.py`` on all of dev, on the tuning part and on our own held-out part of dev (the
sentence sets' rule of ``dyads.evaluation.kit``: sorted ids, index % 4 == 3).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import track

from dyads.evaluation.kit import read_jsonl, run_score, split_ids, write_jsonl

err_console = Console(stderr=True)

# The events of the petrarch set's projection: PETRARCH has no modality and codes announced
# acts ("Arnor will abandon ties") as the act; dyads' negated and hypothetical events stay out.
PETRARCH_MODALITIES = ("asserted", "threatened", "intended")
SETS = {
    "plover": ("events/plover", "plover", ("type_recall", "type_precision", "type_f1", "triple_recall", "triple_precision", "no_event_rate")),
    "petrarch": ("events/petrarch", "petrarch", ("triple_f1", "triple_precision", "triple_recall", "root_triple_f1", "record_exact")),
    "case": ("events/case2021", "case", ("acled25_weighted_f1", "acled25_accuracy", "weighted_f1", "accuracy")),
}


def _actor_codes(actors) -> list[str]:
    return [a.code for a in actors if a.code]


NULL_ACTOR = "---"


def petrarch_codes(actors) -> list[str]:
    """Actor codes as PETRARCH writes them: "---" for a missing actor, and an agent without a
    country ("students": EDU) after the null country ("---EDU")."""
    out = [NULL_ACTOR + a.code if a.kind == "sector" and not a.country else a.code for a in actors if a.code]
    return out or [NULL_ACTOR]


def verb_dicts(name: str, kit: Path, verbs: list[Path], discards: list[Path], issues: list[Path],
               suite_verbs: bool = True, only: bool = False):
    """The verb dictionaries for a set: the PETRARCH suite's own (verbs, discards) for
    ``petrarch`` unless ``suite_verbs`` is off, plus the ones given; None when there are none."""
    from dyads.events import verb_dictionary

    verbs, discards = list(verbs), list(discards)
    if name == "petrarch" and suite_verbs:
        d = kit / "events/petrarch/dictionaries"
        verbs.insert(0, d / "PETR.Validate.verbs.txt")
        discards.insert(0, d / "PETR.Validate.discards.txt")
    if not (verbs or discards or issues):
        return None
    vd = verb_dictionary.load(verbs, discards, issues, only=only)
    for p in vd.problems:
        err_console.print(f"[yellow]dictionary:[/] {escape(str(p))}", highlight=False)
    return vd


def predict(name: str, inputs: list[dict], kit: Path, vd=None) -> list[dict]:
    from dyads import pipeline
    from dyads.ingest import document_from_string

    kb = None
    if name == "petrarch":
        from dyads.actors import KB
        from dyads.actors.petrarch import extend_kb

        d = kit / "events/petrarch/dictionaries"
        kb = extend_kb(
            KB.default(),
            actors=[d / "PETR.Validate.actors.txt"],
            agents=[d / "PETR.Validate.agents.txt"],
        )
    docs = []
    for rec in inputs:
        published = rec.get("published") or rec.get("date")
        doc = document_from_string(rec["text"], published=published, doc_id=rec["id"], kind="text", source=f"record:{rec['id']}")
        docs.append(doc)
    out = []
    coded_iter = pipeline.code_documents(docs, actor_kb=kb, verbs=vd)
    for rec, coded in zip(inputs, track(coded_iter, total=len(docs), description=f"coding {name}", console=err_console, transient=True), strict=True):
        evs = [e for e in coded.events if e.modality != "hypothetical" or name != "petrarch"]
        if name == "case":
            label = _case_label(coded.events)
            out.append({"id": rec["id"], "label": label})
        elif name == "petrarch":
            out.append({"id": rec["id"], "events": [
                {"source": s, "target": t, "cameo": e.cameo}
                for e in evs if e.modality in PETRARCH_MODALITIES
                for s in petrarch_codes(e.source) for t in petrarch_codes(e.target)
            ]})
        else:
            out.append({"id": rec["id"], "events": [
                {"plover": e.plover, "source": _actor_codes(e.source), "target": _actor_codes(e.target)}
                for e in evs if e.plover  # a user dictionary's code without a PLOVER type is no PLOVER event
            ]})
    return out


def _case_label(events) -> str:
    """The ACLED sub-event of the text's main event (``events.main_event``), else OTHER."""
    from dyads.events import main_event

    ev = main_event(events)
    return ev.acled if ev is not None else "OTHER"


PARTS = ("dev (all)", "tuning part", "own held-out part")


def score_set(name: str, kit: Path, split: str, work: Path, vd=None) -> Iterator[tuple[str, int, dict, float]]:
    """Code set ``name`` and score it: ``(part, n gold records, metrics, coding seconds)`` for
    all of ``split``, its tuning part and its held-out part; files are written to ``work``."""
    import time

    rel, sub, _ = SETS[name]
    setdir = kit / rel
    inputs = read_jsonl(setdir / f"{split}.inputs.jsonl")
    gold = read_jsonl(setdir / f"{split}.gold.jsonl")
    t0 = time.perf_counter()
    preds = predict(name, inputs, kit, vd)
    secs = time.perf_counter() - t0
    tune, held = split_ids([r["id"] for r in inputs])
    for part, keep in zip(PARTS, (None, tune, held), strict=True):
        g = [r for r in gold if keep is None or r["id"] in keep]
        p = [r for r in preds if keep is None or r["id"] in keep]
        tag = part.split()[0].replace("(", "")
        gpath, ppath = work / f"{name}.{tag}.gold.jsonl", work / f"{name}.{tag}.pred.jsonl"
        write_jsonl(gpath, g)
        write_jsonl(ppath, p)
        yield part, len(g), run_score(kit, sub, gpath, ppath), secs
