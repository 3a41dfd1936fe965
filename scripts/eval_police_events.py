"""Police killings, arrests and use of force in a news article, decided from dyads' events (issue 17).

    PYTHONPATH=src .venv/bin/python scripts/eval_police_events.py LABELS.jsonl ARTICLE_DIR \
        [--published 2002-03-01] [--show tuning|held-out|all] [--fails]

A stand-in for the IndiaPoliceEvents measure (Halterman, Keith, Sarwar and O'Connor, Findings of
ACL 2021: Times of India articles on Gujarat in March 2002, each labelled at document level for
whether the police killed someone, arrested someone, used force, ...). Its articles are not
shipped; bring your own: ``LABELS.jsonl`` has one line per article, ``{"file": "a01.txt",
"kill": true, "arrest": false, "force": true}``, the file a plain-text article under
``ARTICLE_DIR``. Every third line of the labels file (index % 3 == 2) is **held out**: rules are
not tuned on it, and ``--show`` prints the events of tuning articles only unless told otherwise.

Each article is coded with ``dyads.code(text, published=...)``; the labels are decided from its
events, each read through the fields of the JSONL record (``dyads code --format jsonl``,
``events[]``), so a user can take the same decision from dyads' output:

  police source -- an actor in ``source`` whose ``sector`` is ``"COP"`` (police) and whose
                   ``country`` is ``"IND"`` (an actor with no country does not count);
  happened      -- ``modality == "asserted"`` (not negated, threatened, hypothetical or intended);
  KILL          -- a police-source event that happened, with ``plover == "ASSAULT"``, a ``cameo``
                   of the assault, fight or mass-violence roots (starting ``18``, ``19`` or ``20``;
                   not ``175`` tear gas and baton charges, not ``1712`` arson) and either a
                   ``quantities[]`` entry of ``kind == "fatalities"`` and ``value > 0``, or a
                   killing ``cameo`` (``1823`` kill by physical assault, ``186`` assassinate,
                   ``20``/``200``/``202`` mass killing);
  ARREST        -- an event that happened with ``cameo == "173"`` whose source is the police or
                   empty (an agentless "were arrested" in a police report is the police's act);
  FORCE         -- a police-source event that happened with ``plover == "ASSAULT"`` (tear gas
                   and baton charges are CAMEO 175, firing 19x, killing 18x/20x: a KILL is FORCE).

The document is positive for a label when any of its events is. Printed: precision, recall and
F1 per label on the tuning part, the held-out part and all articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

LABELS = ("kill", "arrest", "force")
KILL_CAMEO = frozenset({"1823", "186", "20", "200", "202"})


def police_source(event: dict[str, Any]) -> bool:
    return any(a.get("sector") == "COP" and a.get("country") == "IND"
               for a in event.get("source") or [])


def fatalities(event: dict[str, Any]) -> int:
    return sum(q.get("value") or 0 for q in event.get("quantities") or []
               if q.get("kind") == "fatalities")


def is_kill(event: dict[str, Any]) -> bool:
    return (event.get("modality") == "asserted" and police_source(event)
            and event.get("plover") == "ASSAULT"
            and (event.get("cameo") or "")[:2] in ("18", "19", "20")
            and (fatalities(event) > 0 or event.get("cameo") in KILL_CAMEO))


def is_arrest(event: dict[str, Any]) -> bool:
    return (event.get("modality") == "asserted" and event.get("cameo") == "173"
            and (police_source(event) or not event.get("source")))


def is_force(event: dict[str, Any]) -> bool:
    return (event.get("modality") == "asserted" and police_source(event)
            and event.get("plover") == "ASSAULT")


DECIDE = {"kill": is_kill, "arrest": is_arrest, "force": is_force}


def decide(events: list[dict[str, Any]]) -> dict[str, bool]:
    return {label: any(DECIDE[label](e) for e in events) for label in LABELS}


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp + fn


def describe(event: dict[str, Any]) -> str:
    def actors(side: str) -> str:
        return ",".join(f"{a.get('code')}[{a.get('text')}]" for a in event.get(side) or []) or "-"
    return (f"  {event.get('trigger')!r} {event.get('plover')} {event.get('cameo')} "
            f"{event.get('modality')} fat={fatalities(event)} src={actors('source')} "
            f"tgt={actors('target')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("labels", type=Path)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--published", default="2002-03-01")
    parser.add_argument("--show", choices=("tuning", "held-out", "all"))
    parser.add_argument("--fails", action="store_true", help="with --show: only wrong articles")
    args = parser.parse_args(argv)

    import dyads

    rows = [json.loads(line) for line in args.labels.read_text().splitlines() if line.strip()]
    parts: dict[str, list[tuple[dict[str, bool], dict[str, bool]]]] = {"tuning": [], "held-out": []}
    for i, row in enumerate(rows):
        part = "held-out" if i % 3 == 2 else "tuning"
        text = (args.articles / row["file"]).read_text()
        coded = dyads.code(text, published=args.published)
        events = [e.to_dict() for e in coded.events]
        gold = {label: bool(row.get(label)) for label in LABELS}
        pred = decide(events)
        parts[part].append((gold, pred))
        if args.show in (part, "all") and (not args.fails or gold != pred):
            wrong = [lab for lab in LABELS if gold[lab] != pred[lab]]
            print(f"{row['file']} ({part}) gold={[k for k in LABELS if gold[k]]} "
                  f"wrong={wrong}", file=sys.stderr)
            for e in events:
                print(describe(e), file=sys.stderr)

    print(f"{'part':<9} {'label':<7} {'P':>5} {'R':>5} {'F1':>5} {'pos':>4} {'docs':>5}")
    for name, pairs in (*parts.items(), ("all", parts["tuning"] + parts["held-out"])):
        for label in LABELS:
            p, r, f, pos = prf([(g[label], q[label]) for g, q in pairs])
            print(f"{name:<9} {label:<7} {p:5.2f} {r:5.2f} {f:5.2f} {pos:4d} {len(pairs):5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
