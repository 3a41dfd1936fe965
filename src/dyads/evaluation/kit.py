"""The evaluation kit: where it is, how its sets are read, which records are held out, its scorers.

A kit set is a folder with ``<split>.inputs.jsonl`` and ``<split>.gold.jsonl`` (one JSON object a
line, joined by ``id``); the kit's ``score.py`` (and ``events/articles/score_articles.py``) score
a prediction file against a gold file.

**Held-out rules.** Each set's dev split is scored on all of it, on the part we tune on, and on
our own held-out part, which no rule or constant was tuned on. The rules are defined here and
nowhere else; each set keeps the rule it has always had (changing one would change which records
were never looked at):

- sentence and page sets (``events/plover``, ``events/petrarch``, ``events/case2021``, the actor
  sets, ``extract/aeb``, ``extract/meta``) and the training script: records sorted by ``id``,
  the one at index ``i`` is held out when ``i % 4 == 3`` (``split_ids``, ``is_held_out``);
- geo sets (``geo/lgl``, ``geo/trnews``, ``geo/gwn``, ``geo/event_location``): the same
  ``i % 4 == 3``, but ``i`` is the record's position in the inputs file (file order);
- whole articles (``events/articles``): page number (the first two characters of the page
  name) ``% 4 == 3``, i.e. pages 03, 07 and 11 (``held_out_page``);
- extraction's site-disjoint split: the site of a page (``site_of``) is unseen when the SHA-1 of
  its name, as an integer, ``% 4 == 3`` (``is_unseen_site``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

from dyads.errors import DyadsError, InputError

DEFAULT_KIT = Path("../shared/eval")  # the kit beside the repository
HELD_OUT_EVERY = 4  # record i is held out when i % HELD_OUT_EVERY == HELD_OUT_INDEX
HELD_OUT_INDEX = 3
# Second-level labels under which a country code top-level domain registers names
# ("bbc.co.uk", "abc.net.au", "folha.com.br"): the site is then the last three labels.
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"])


# --- held-out rules -------------------------------------------------------------------------


def is_held_out(index: int) -> bool:
    """Whether the record at ``index`` (in id order, or file order for geo sets) is held out."""
    return index % HELD_OUT_EVERY == HELD_OUT_INDEX


def split_ids(ids: list[str]) -> tuple[set[str], set[str]]:
    """(tuning, held-out) parts of a dev split: sorted ids, index % 4 == 3 held out."""
    ordered = sorted(ids)
    held = {i for k, i in enumerate(ordered) if is_held_out(k)}
    return set(ordered) - held, held


def held_out_page(doc_name: str) -> bool:
    """Our held-out pages of the article set: page number % 4 == 3 (pages 03, 07, 11)."""
    return is_held_out(int(doc_name[:2]))


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
    return is_held_out(digest)


# --- reading the kit ------------------------------------------------------------------------


def check_kit(kit: Path) -> None:
    """Raise unless ``kit`` holds the evaluation kit (its ``score.py``)."""
    if not (kit / "score.py").is_file():
        raise DyadsError(f"evaluation kit not found at {kit} (no score.py); pass --kit PATH")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file, blank lines skipped."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def set_files(set_dir: Path, split: str) -> tuple[Path, Path]:
    """A kit set's (inputs, gold) files for ``split``; InputError when one is missing."""
    inputs, gold = set_dir / f"{split}.inputs.jsonl", set_dir / f"{split}.gold.jsonl"
    for p in (inputs, gold):
        if not p.is_file():
            raise InputError(f"{p} not found (is the evaluation kit beside the repo?)")
    return inputs, gold


def read_set(set_dir: Path, split: str = "dev") -> tuple[list[dict], list[dict]]:
    """A kit set's input records and gold records, in file order."""
    inputs, gold = set_files(set_dir, split)
    return read_jsonl(inputs), read_jsonl(gold)


# --- the kit's scorers ----------------------------------------------------------------------


def run_score(kit: Path, subcmd: str, gold: Path, pred: Path) -> dict[str, Any]:
    """Run the kit's ``score.py SUBCMD GOLD PRED --json`` in a subprocess; its JSON metrics."""
    return _run([str(kit / "score.py"), subcmd, str(gold), str(pred), "--json"], f"score.py {subcmd}")


def run_script(script: Path, *args: str) -> dict[str, Any]:
    """Run another scorer of the kit (``score_articles.py``) with ``--json``; its JSON metrics."""
    return _run([str(script), *args, "--json"], script.name)


def _run(argv: list[str], what: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, *argv], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        raise DyadsError(f"{what} failed: {last}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def load_scorer(path: Path, name: str = "dyads_kit_scorer") -> ModuleType:
    """A scorer of the kit (``score.py``, ``score_articles.py``) as a module (its functions)."""
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
