"""Train the learned event layer: the candidate-event filter and the political-page filter.

    make train            # = .venv/bin/python scripts/train_event_models.py --kit ../shared

Reads (at training time only, never shipped, never a test dependency):
- the evaluation kit's dev splits in ``<kit>/eval/``: PLOVER GSR and CASE 2021 (our tuning part
  only: records whose position in id order has index % 4 != 3) and the whole-article dev set
  (our tuning pages only: page number % 4 != 3, so pages 03, 07 and 11 are held out);
- the openly licensed sets in ``<kit>/train/`` (docs/data-licences.md): Wikipedia current events
  (non-political sections as negatives), the fjty codeable/non-codeable word lists and headlines,
  UCDP GED headlines (lethal events), Mass Mobilization notes (protests), PETRARCH2's GSR
  validation sentences (CAMEO codes, no-event sentences).

Candidates are the events the rules produce (``pipeline`` with the learned layer off); each gets
a label from the gold of its source, a weight for how sure that label is, and the feature strings
of ``dyads.events.features``. Logistic regression (scikit-learn, training-only dependency),
fixed seeds and sorted inputs: the same data gives the same JSON byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

from dyads import clean, nlp, pipeline
from dyads.cli.eval_articles_cmd import held_out_page, load_scorer
from dyads.cli.eval_events_cmd import _read_jsonl, split_ids
from dyads.events import ontology
from dyads.events.features import doc_features, event_features
from dyads.ingest import document_from_string, read_file
from dyads.model import Document

MODELS = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / "events" / "models"
SEED = 13

# CASE 2021 labels whose text reports this PLOVER type (candidates of another type: no label);
# disasters are not political events (every candidate is a negative).
CASE_TO_PLOVER = {
    **dict.fromkeys(["ARMED_CLASH", "AIR_STRIKE", "SUIC_BOMB", "GRENADE", "ART_MISS_ATTACK", "CHEM_WEAP",
                     "REM_EXPLOS", "ATTACK", "SEX_VIOL", "ABDUCT_DISSAP", "MOB_VIOL", "GOV_REGAINS_TERIT",
                     "NON_STATE_ACTOR_OVERTAKES_TER", "PROPERTY_DISTRUCT"], {"ASSAULT"}),
    "PEACE_PROTEST": {"PROTEST"}, "PROTEST_WITH_INTER": {"PROTEST", "COERCE"},
    "VIOL_DEMONSTR": {"PROTEST", "ASSAULT"}, "FORCE_AGAINST_PROTEST": {"ASSAULT", "COERCE", "PROTEST"},
    "ARREST": {"COERCE"}, "AGREEMENT": {"AGREE", "SUPPORT", "COOPERATE"}, "DISR_WEAP": {"COERCE", "ASSAULT"},
    "NATURAL_DISASTER": set(), "MAN_MADE_DISASTER": set(),
}
WIKI_NEGATIVE = {"Disaster_Accident", "Business_Finance", "Entertainment_Culture", "Sports",
                 "Technology_Internet", "Health_Medical_Pharma"}
WIKI_POSITIVE = {"War_Conflict", "International_Relation", "Politics", "Law_Crime"}
# probe sentences written for the tests: their probabilities are recorded in the model's meta
PROBES = [
    "Government troops shelled rebel positions near the border on Monday, killing twelve fighters.",
    "The visitors' attack was relentless and they beat the favourites 3-1 in the cup final.",
    "Thousands of protesters marched through the capital demanding the president's resignation.",
]


def tuning_ids(ids: list[str]) -> set[str]:
    return split_ids(ids)[0]


def code_candidates(docs: list[Document]):
    """(document, article, parsed, events) with the learned layer off, parsed in batches."""
    cleaned = [(d, clean.clean(d)) for d in docs]
    todo = [(d, a) for d, a in cleaned if not a.meta.get("skip")]
    parsed_of = dict(zip((id(a) for _, a in todo), nlp.parse_many(a.text for _, a in todo), strict=True))
    for d, a in cleaned:
        parsed = parsed_of.get(id(a))
        if parsed is None:  # skipped by the cleaner (not English, empty): yields no rows
            yield d, a, None, []
            continue
        coded = pipeline._code_parsed(d, a, parsed, learned=False)
        yield d, a, parsed, coded.events


def _sent_index(parsed, char: int) -> int:
    for i, s in enumerate(parsed.sents):
        if s.start_char <= char < s.end_char:
            return i
    return 0


class Collector:
    def __init__(self) -> None:
        self.events: list[tuple[list[str], int, float, str]] = []  # features, label, weight, group
        self.pages: list[tuple[list[str], int, float, str]] = []
        self.counts: Counter = Counter()

    def add_events(self, src: str, parsed, events, label_of, group: str) -> None:
        for ev in events:
            lab = label_of(ev)
            if lab is None:
                continue
            y, w = lab
            self.events.append((event_features(ev, parsed, _sent_index(parsed, ev.evidence[0])), y, w, group))
            self.counts[f"{src}:{'pos' if y else 'neg'}"] += 1

    def add_page(self, src: str, article, parsed, y: int, w: float, group: str) -> None:
        if parsed is None:
            return
        self.pages.append((doc_features(article, parsed), y, w, group))
        self.counts[f"page:{src}:{y}"] += 1


def collect_articles(kit: Path, col: Collector) -> None:
    base = kit / "eval/events/articles"
    scorer = load_scorer(kit / "eval/events/articles/score_articles.py")
    gold = {}
    for g in _read_jsonl(base / "dev.gold.jsonl"):
        gold.setdefault(g["doc"], []).append(g)
    for d in _read_jsonl(base / "dev.docs.jsonl"):
        if held_out_page(d["doc"]):
            continue
        docs = list(read_file(base / d["file"]))
        for doc in docs:
            doc.published = d.get("published") or doc.published
        for _doc, art, parsed, evs in code_candidates(docs):
            golds = gold.get(d["doc"], [])

            def label(ev, golds=golds):
                p = {"sentence": ev.sentence, "trigger": ev.trigger}
                for g in golds:
                    if scorer.local(p, g) and (ev.plover == g["plover"] or ev.plover in (g.get("plover_alt") or [])):
                        return 1, 3.0
                return 0, 3.0

            col.add_events("articles", parsed, evs, label, d["doc"])
            col.add_page("articles", art, parsed, int(bool(d["political"])), 5.0, d["doc"])


def _docs(rows: list[dict], published: str | None = None) -> list[Document]:
    return [document_from_string(r["text"], published=r.get("published") or published) for r in rows]


def collect_plover(kit: Path, col: Collector) -> None:
    base = kit / "eval/events/plover"
    inputs = _read_jsonl(base / "dev.inputs.jsonl")
    gold = {g["id"]: g for g in _read_jsonl(base / "dev.gold.jsonl")}
    keep = tuning_ids([r["id"] for r in inputs])
    rows = [r for r in inputs if r["id"] in keep]
    for r, (_d, art, parsed, evs) in zip(rows, code_candidates(_docs(rows)), strict=True):
        want = gold[r["id"]]["event"]
        col.add_events("plover", parsed, evs, lambda ev, want=want: (1, 1.0) if ev.plover == want else (0, 0.3), r["id"])
        col.add_page("plover", art, parsed, 1, 0.5, r["id"])


def collect_case(kit: Path, col: Collector) -> None:
    base = kit / "eval/events/case2021"
    inputs = _read_jsonl(base / "dev.inputs.jsonl")
    gold = {g["id"]: g["label"] for g in _read_jsonl(base / "dev.gold.jsonl")}
    keep = tuning_ids([r["id"] for r in inputs])
    rows = [r for r in inputs if r["id"] in keep and gold[r["id"]] in CASE_TO_PLOVER]
    for r, (_d, art, parsed, evs) in zip(rows, code_candidates(_docs(rows)), strict=True):
        want = CASE_TO_PLOVER[gold[r["id"]]]

        def label(ev, want=want):
            if not want:
                return 0, 1.0
            return (1, 1.0) if ev.plover in want else None

        col.add_events("case", parsed, evs, label, r["id"])
        col.add_page("case", art, parsed, int(bool(want)), 0.5, r["id"])


def collect_train(kit: Path, col: Collector, rng: random.Random) -> None:
    base = kit / "train"
    cameo_plover = {code: row.plover for code, row in ontology.load_cameo().items() if len(code) == 2}
    petr = _read_jsonl(base / "petrarch2_gsr_validation/train.jsonl")
    for r, (_d, art, parsed, evs) in zip(petr, code_candidates(_docs(petr)), strict=True):
        if not r.get("is_event"):
            col.add_events("petrarch2", parsed, evs, lambda ev: (0, 1.0), r["id"])
            continue
        want = {cameo_plover.get(str(e["cameo"])[:2]) for e in r.get("events", [])}
        col.add_events("petrarch2", parsed, evs, lambda ev, want=want: (1, 1.0) if ev.plover in want else (0, 0.3), r["id"])
        col.add_page("petrarch2", art, parsed, 1, 0.5, r["id"])
    wiki = _read_jsonl(base / "wikipedia_current_events_2015_09/train.jsonl")
    for r, (_d, art, parsed, evs) in zip(wiki, code_candidates(_docs(wiki, "2015-09-15")), strict=True):
        if r["category"] in WIKI_NEGATIVE:
            col.add_events("wiki", parsed, evs, lambda ev: (0, 1.0), r["id"])
            col.add_page("wiki", art, parsed, 0, 1.0, r["id"])
        elif r["category"] in WIKI_POSITIVE:
            col.add_page("wiki", art, parsed, 1, 1.0, r["id"])
    fjty = _read_jsonl(base / "fjty_filter_wordlists/train.jsonl")
    heads = [r for r in fjty if r.get("title")]
    for r, (_d, art, parsed, evs) in zip(heads, code_candidates([document_from_string(r["title"]) for r in heads]), strict=True):
        if not r["codeable"]:
            col.add_events("fjty", parsed, evs, lambda ev: (0, 1.0), r["id"])
        col.add_page("fjty-title", art, parsed, int(bool(r["codeable"])), 0.5, r["id"])
    lists = [r for r in fjty if r["label"] != "open"]
    for r, parsed in zip(lists, nlp.parse_many(r["text"] for r in lists), strict=True):
        art = clean.clean(document_from_string(r["text"]))
        col.add_page("fjty-words", art, parsed, int(bool(r["codeable"])), 1.0, r["id"])
    ged = _read_jsonl(base / "ucdp_ged/train.jsonl")
    groups = sorted({r["group"] for r in ged})
    rng.shuffle(groups)
    pick = set(groups[:1200])
    ged = sorted({r["group"]: r for r in ged if r["group"] in pick}.values(), key=lambda r: r["id"])
    for r, (_d, art, parsed, evs) in zip(ged, code_candidates(_docs(ged, r"2015-01-01")), strict=True):
        col.add_events("ucdp", parsed, evs, lambda ev: (1, 0.5) if ev.plover == "ASSAULT" else None, r["group"])
        col.add_page("ucdp", art, parsed, 1, 0.3, r["group"])
    mm = _read_jsonl(base / "mass_mobilization/train.jsonl")
    rng.shuffle(mm)
    mm = sorted(mm[:600], key=lambda r: r["id"])
    for r, (_d, _art, parsed, evs) in zip(mm, code_candidates(_docs(mm)), strict=True):
        col.add_events("mass_mobilization", parsed, evs, lambda ev: (1, 0.5) if ev.plover == "PROTEST" else None, r["id"])


def fit(rows, c: float, name: str) -> dict:
    """Logistic regression over the rows' feature sets; returns the JSON model with a group-split
    validation score (every 5th group by hash held out for the figure, then refit on all)."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    def run(train_rows):
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(set(f), 1) for f, *_ in train_rows])
        y = np.array([r[1] for r in train_rows])
        w = np.array([r[2] for r in train_rows])
        clf = LogisticRegression(C=c, max_iter=3000, solver="lbfgs", random_state=SEED)
        clf.fit(x, y, sample_weight=w)
        return vec, clf

    def fold(g):
        return int(hashlib.sha1(g.encode()).hexdigest(), 16) % 5 == 0

    tr = [r for r in rows if not fold(r[3])]
    va = [r for r in rows if fold(r[3])]
    vec, clf = run(tr)
    xv = vec.transform([dict.fromkeys(set(f), 1) for f, *_ in va])
    pv = clf.predict_proba(xv)[:, 1]
    yv = [r[1] for r in va]
    acc = float(np.mean((pv >= 0.5) == np.array(yv)))
    auc = float(roc_auc_score(yv, pv)) if len(set(yv)) == 2 else None
    vec, clf = run(rows)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-4}
    return {
        "name": name,
        "bias": round(float(clf.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
        "meta": {"rows": len(rows), "positives": int(sum(r[1] for r in rows)), "C": c,
                 "validation": {"rows": len(va), "accuracy": round(acc, 4), "auc": round(auc, 4) if auc else None}},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kit", type=Path, default=Path(__file__).resolve().parents[2] / "shared",
                    help="folder holding eval/ and train/ (default ../shared)")
    ap.add_argument("--out", type=Path, default=MODELS)
    ap.add_argument("--cache", type=Path, help="keep the collected rows in this JSON file and reuse them")
    args = ap.parse_args(argv)
    if not (args.kit / "eval").is_dir() or not (args.kit / "train").is_dir():
        print(f"error: {args.kit} has no eval/ and train/ folders (give --kit)", file=sys.stderr)
        return 2
    rng = random.Random(SEED)
    col = Collector()
    if args.cache and args.cache.is_file():
        cached = json.loads(args.cache.read_text(encoding="utf-8"))
        col.events, col.pages, col.counts = cached["events"], cached["pages"], Counter(cached["counts"])
        prior = ("type=", "type_mod=", "type_src_tgt=", "mod=")  # rows cached before features.py dropped them
        col.events = [[[f for f in r[0] if not f.startswith(prior)], *r[1:]] for r in col.events]
    else:
        for step in (collect_articles, collect_plover, collect_case):
            print(f"collecting {step.__name__[8:]} ...", file=sys.stderr)
            step(args.kit, col)
        print("collecting train sets ...", file=sys.stderr)
        collect_train(args.kit, col, rng)
        if args.cache:
            args.cache.write_text(json.dumps({"events": col.events, "pages": col.pages, "counts": col.counts}), encoding="utf-8")
    print(json.dumps(dict(sorted(col.counts.items()))), file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    models = {"event_filter": fit([r for r in col.events if not (r[1] == 0 and r[2] < 0.5)], 0.1, "event_filter"), "page_filter": fit(col.pages, 0.5, "page_filter")}
    for name, model in models.items():
        model["meta"]["counts"] = {k: v for k, v in sorted(col.counts.items()) if k.startswith("page:") == (name == "page_filter")}
        (args.out / f"{name}.json").write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{name}: {len(model['weights'])} weights, validation {model['meta']['validation']}", file=sys.stderr)
    # probes: the shipped model must reproduce these (tests/events/test_scoring.py)
    from dyads.events import scoring
    scoring.load_model.cache_clear()
    probes = []
    for text in PROBES:
        coded = pipeline.code_document(document_from_string(text, published="2020-01-01"), min_confidence=0.0)
        probes.append({"text": text, "political": coded.article.meta.get("political"),
                       "events": [[e.plover, e.trigger, e.confidence] for e in coded.events]})
    (args.out / "probes.json").write_text(json.dumps(probes, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
