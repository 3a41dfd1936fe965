"""Article extraction and metadata against the evaluation kit (``dyads eval extract``).

Runs ``clean`` over the kit's extraction sets (``extract/aeb`` HTML or whole-page scraped text,
``extract/meta`` HTML), optionally trafilatura side by side, and scores every system with the
kit's own ``score.py`` on all of dev, on the tuning part and on the held-out part (sorted ids,
index % 4 == 3: never used for tuning), and on a site-disjoint split: pages grouped by site
(``kit.site_of``), sites whose SHA-1 % 4 == 3 are "unseen" (no rule may be tuned on them), the
others are the tuning sites. Both rules are ``dyads.evaluation.kit``'s.
"""

from __future__ import annotations

import gzip
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dyads.errors import DyadsError
from dyads.evaluation.kit import is_held_out, is_unseen_site, run_score, site_of

MODES = {
    "html": ("extract/aeb", "extract"),
    "text": ("extract/aeb", "extract"),
    "meta": ("extract/meta", "meta"),
}
SHOWN = {
    "extract": ("f1", "precision", "recall", "exact_match"),
    "meta": ("title_acc", "author_acc", "date_acc"),
}


def _read_input(setdir: Path, rel: str) -> bytes:
    path = setdir / rel
    return gzip.decompress(path.read_bytes()) if rel.endswith(".gz") else path.read_bytes()


def _html_text(data: bytes) -> str:
    from dyads.ingest.decode import decode_bytes

    try:
        return decode_bytes(data, html=True)
    except DyadsError:
        return data.decode("utf-8", errors="replace")


# A system is (prepare, run): ``prepare`` decodes the input (and, for dyads, builds the Document:
# ingest's job, hashing included); only ``run`` (HTML or text -> article + metadata) is timed.
System = tuple[Callable[[dict, bytes], Any], Callable[[dict, Any], dict]]


def _dyads_system(mode: str) -> System:
    from dyads.clean import clean
    from dyads.ingest import document_from_string

    def prepare(rec: dict, data: bytes):
        if mode == "text":
            content, kind = data.decode("utf-8", errors="replace"), "text"
        else:
            content, kind = _html_text(data), "html"
        return document_from_string(
            content, url=rec.get("url"), kind=kind, doc_id=rec["id"], source=rec["id"]
        )

    def run(rec: dict, doc) -> dict:
        art = clean(doc)
        return {
            "id": rec["id"],
            "text": art.text,
            "title": art.title,
            "author": art.author,
            "date": art.published,
        }

    return prepare, run


def _trafilatura_system(mode: str) -> System:
    import trafilatura
    from trafilatura.metadata import extract_metadata

    def prepare(rec: dict, data: bytes) -> str:
        return _html_text(data)

    def run(rec: dict, html: str) -> dict:
        if mode == "meta":
            md = extract_metadata(html, default_url=rec.get("url"))
            return {"id": rec["id"], "title": md.title, "author": md.author, "date": md.date}
        res = trafilatura.bare_extraction(
            html,
            url=rec.get("url"),
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
        )
        return {"id": rec["id"], "text": (res.text if res else "") or ""}

    return prepare, run


def _whole_text_system(mode: str) -> System:
    def prepare(rec: dict, data: bytes) -> str:
        return data.decode("utf-8", errors="replace")

    def run(rec: dict, text: str) -> dict:
        return {"id": rec["id"], "text": text}

    return prepare, run


def _score(
    kit: Path, subcmd: str, gold_lines: list[str], preds: list[dict], work: Path, tag: str
) -> dict:
    gold = work / f"{tag}.gold.jsonl"
    pred = work / f"{tag}.pred.jsonl"
    gold.write_text("".join(gold_lines), encoding="utf-8")
    pred.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8"
    )
    return run_score(kit, subcmd, gold, pred)


def evaluate_extract(
    kit: Path,
    mode: str,
    split: str = "dev",
    systems: tuple[str, ...] = ("dyads",),
    limit: int | None = None,
    timed: bool = True,
) -> list[dict[str, Any]]:
    """Score each system on all of ``split``, its tuning part, its held-out part, its tuning
    sites and its unseen sites (site-disjoint); one row each."""
    setname, subcmd = MODES[mode]
    setdir = kit / setname
    inputs, gold_path = setdir / f"{split}.inputs.jsonl", setdir / f"{split}.gold.jsonl"
    if not inputs.is_file() or not gold_path.is_file():
        raise DyadsError(
            f"no {split} split of {setname} in the kit at {kit} (expected {inputs.name} and {gold_path.name})"
        )
    records = [json.loads(line) for line in inputs.read_text("utf-8").splitlines() if line.strip()]
    records.sort(key=lambda r: r["id"])
    if limit:
        records = records[:limit]
    held = {r["id"] for i, r in enumerate(records) if is_held_out(i)}
    unseen = {r["id"] for r in records if is_unseen_site(site_of(r))}
    gold_by_id = {
        json.loads(line)["id"]: line + "\n"
        for line in gold_path.read_text("utf-8").splitlines()
        if line.strip()
    }
    field = "scraped_text" if mode == "text" else "html"
    blobs = [(r, _read_input(setdir, r[field])) for r in records]
    makers = {
        "dyads": _dyads_system,
        "trafilatura": _trafilatura_system,
        "whole-text": _whole_text_system,
    }
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="dyads-eval-extract-") as tmp:
        work = Path(tmp)
        runs = {name: makers[name](mode) for name in systems}
        inputs_by = {
            name: [(r, prep(r, data)) for r, data in blobs] for name, (prep, _) in runs.items()
        }
        outputs: dict[str, list[dict]] = {}
        for name, (_, run) in runs.items():  # first pass: predictions, and every cache warmed
            outputs[name] = [run(r, x) for r, x in inputs_by[name]]
        spent = dict.fromkeys(runs, 0.0)
        for k, (r, _) in enumerate(blobs if timed else ()):  # second pass, timed, interleaved
            for name, (_, run) in runs.items():
                t0 = time.process_time()
                run(r, inputs_by[name][k][1])
                spent[name] += time.process_time() - t0
        rates = {name: len(blobs) / max(t, 1e-9) for name, t in spent.items()}
        for name in systems:
            preds, rate = outputs[name], rates[name]
            for part, ids in (
                ("dev", [r["id"] for r in records]),
                ("tune", [r["id"] for r in records if r["id"] not in held]),
                ("held-out", [r["id"] for r in records if r["id"] in held]),
                ("tune-sites", [r["id"] for r in records if r["id"] not in unseen]),
                ("unseen-sites", [r["id"] for r in records if r["id"] in unseen]),
            ):
                if not ids and part.endswith("-sites"):
                    continue  # a kit whose pages all fall on one side of the site split
                keep = set(ids)
                metrics = _score(kit, subcmd, [gold_by_id[i] for i in ids if i in gold_by_id],
                                 [p for p in preds if p["id"] in keep], work, f"{name}-{part}")  # fmt: skip
                rows.append(
                    {
                        "system": name,
                        "part": part,
                        "pages": len(ids),
                        "pages_per_s": rate,
                        **metrics,
                    }
                )
    return rows
