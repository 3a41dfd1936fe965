"""``dyads eval extract``: article extraction and metadata against the evaluation kit.

Runs ``clean`` over the kit's extraction sets (``extract/aeb`` HTML or whole-page scraped text,
``extract/meta`` HTML), optionally trafilatura side by side, and scores every system with the
kit's own ``score.py`` (run as a subprocess) on all of dev, on the tuning part and on the
held-out part (sorted ids, index % 4 == 3: never used for tuning), and on a site-disjoint split:
pages grouped by site (see ``site_of``), sites whose SHA-1 % 4 == 3 are "unseen" (no rule may be
tuned on them), the others are the tuning sites.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import typer
from rich.table import Table

from dyads.cli.app import console, eval_app, fail

HELD_OUT_EVERY = 4  # sorted dev ids with index % 4 == 3 are held out from tuning
HELD_OUT_INDEX = 3
UNSEEN_SITE_EVERY = 4  # sites whose SHA-1 (of the site name) % 4 == 3 are unseen sites
UNSEEN_SITE_INDEX = 3
# Second-level labels under which a country code top-level domain registers names
# ("bbc.co.uk", "abc.net.au", "folha.com.br"): the site is then the last three labels.
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"])
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


def site_of(rec: dict) -> str:
    """The site of a kit page: the registrable domain of its URL, lower case, without "www."
    ("https://www.latimes.com/x" -> "latimes.com", "news.bbc.co.uk" -> "bbc.co.uk",
    "timesofindia.indiatimes.com" -> "indiatimes.com"); a page without a URL is its own site,
    named after its file ("file:<id>")."""
    host = urlparse(rec.get("url") or "").hostname or ""
    labels = [x for x in host.lower().strip(".").split(".") if x]
    if len(labels) < 2:
        return f"file:{rec.get('id')}"
    keep = 3 if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])


def is_unseen_site(site: str) -> bool:
    """Deterministic site split: SHA-1 of the site name, as an integer, % 4 == 3."""
    digest = int.from_bytes(hashlib.sha1(site.encode("utf-8")).digest(), "big")
    return digest % UNSEEN_SITE_EVERY == UNSEEN_SITE_INDEX


def _html_text(data: bytes) -> str:
    from dyads.errors import DyadsError
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
    proc = subprocess.run(
        [sys.executable, str(kit / "score.py"), subcmd, str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        fail(
            f"score.py failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else proc.returncode}"
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


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
        fail(
            f"no {split} split of {setname} in the kit at {kit} (expected {inputs.name} and {gold_path.name})"
        )
    records = [json.loads(line) for line in inputs.read_text("utf-8").splitlines() if line.strip()]
    records.sort(key=lambda r: r["id"])
    if limit:
        records = records[:limit]
    held = {r["id"] for i, r in enumerate(records) if i % HELD_OUT_EVERY == HELD_OUT_INDEX}
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


@eval_app.command("extract")
def eval_extract(
    split: str = typer.Option("dev", help="Kit split (only dev is readable)."),
    mode: str = typer.Option(
        "html", help="html (aeb pages), text (aeb scraped text) or meta (title/author/date)."
    ),
    kit: Path = typer.Option(Path("../shared/eval"), help="Path of the evaluation kit."),
    baseline: bool = typer.Option(
        True, help="Also run trafilatura (html/meta) or the whole text (text)."
    ),
    limit: int = typer.Option(0, help="Only the first N records (sorted ids), for a quick look."),
    as_json: bool = typer.Option(
        False, "--json", help="Print one JSON line per row instead of a table."
    ),
    without: list[str] = typer.Option(
        [],
        "--without",
        help="Switch off one of our HTML rules for this run (ablation; repeatable): "
        "boilerplate-lines, boilerplate:REASON, escalation, second-look, leading-title, "
        "meta-title, meta-author, meta-date.",
    ),
) -> None:
    """Score article extraction (HTML or scraped text) or metadata with the kit's score.py."""
    if mode not in MODES:
        fail(f"unknown --mode {mode!r} (choose html, text or meta)")
    if not (kit / "score.py").is_file():
        fail(f"evaluation kit not found at {kit} (no score.py); pass --kit PATH")
    from dyads.clean import html as clean_html_mod

    unknown = [
        w
        for w in without
        if w not in clean_html_mod.HTML_RULES and not w.startswith("boilerplate:")
    ]
    if unknown:
        fail(
            f"unknown --without rule {unknown[0]!r} (choose {', '.join(clean_html_mod.HTML_RULES)} or boilerplate:REASON)"
        )
    clean_html_mod.DISABLED_RULES.clear()
    clean_html_mod.DISABLED_RULES.update(without)
    systems = ("dyads",) + (
        (("whole-text",) if mode == "text" else ("trafilatura",)) if baseline else ()
    )
    try:
        rows = evaluate_extract(kit, mode, split, systems, limit or None)
    finally:
        clean_html_mod.DISABLED_RULES.clear()
    if as_json:
        for row in rows:
            console.print_json(json.dumps(row))
        return
    metrics = SHOWN[MODES[mode][1]]
    table = Table(
        title=f"dyads eval extract --mode {mode} ({split}; held-out = sorted index % 4 == 3; "
        "unseen sites = sha1(site) % 4 == 3)"
    )
    for col in ("system", "part", "pages", *metrics, "pages/s (1 core)"):
        table.add_column(col, justify="left" if col in ("system", "part") else "right")
    for row in rows:
        table.add_row(row["system"], row["part"], str(row["pages"]), *(f"{row.get(m, 0):.3f}" for m in metrics),
                      f"{row['pages_per_s']:.1f}")  # fmt: skip
    console.print(table)
