"""Measure the trigger lexicon alone (no parse, no arguments) on the eval kit's event sets.

For each record, every trigger whose lemma sequence occurs in the text is a match (longest match
at each token whose POS fits the trigger's; phrases of ``blockers.csv`` cancel the trigger inside
them). Reports, per split part: ``held`` = records whose position in id order has
index % 4 == 3 (the same held-out part as ``dyads eval events``), ``tune`` = the rest:

- coverage: share of records with at least one match;
- ceiling: share of records whose gold label is among the matched triggers' labels;
- first: share of records whose first matched label (text order) is the gold one.

For ``case`` the label is the trigger's ACLED sub-event (mapped to CASE codes as the kit's
``score.py`` does); for ``plover`` it is the PLOVER type (legacy gold labels mapped as the kit
does); for ``petrarch`` it is the CAMEO root code (any gold event's root counts). Usage::

    .venv/bin/python scripts/lexicon_coverage.py ../shared/eval/events/case2021 case
    .venv/bin/python scripts/lexicon_coverage.py ../shared/eval/events/plover plover
    .venv/bin/python scripts/lexicon_coverage.py ../shared/eval/events/petrarch petrarch

``--pred FILE`` writes the first-match prediction of every record (kit format) for
``score.py``. Optional ``--misses N`` prints the N commonest verb/noun lemmas of tune-part
records whose gold label no trigger reached (to find missing general vocabulary; never held).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from dyads.evaluation.kit import read_set, split_ids
from dyads.events.ontology import load_blockers, load_triggers
from dyads.nlp import parse_many

LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


CASE = {  # ACLED sub-event -> CASE 2021 code, as in the kit's score.py
    "Armed clash": "ARMED_CLASH",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE",
    "Suicide bomb": "SUIC_BOMB",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Grenade": "GRENADE",
    "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK",
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR",
    "Mob violence": "MOB_VIOL",
    "Agreement": "AGREEMENT",
    "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
}


def _blocked(lemmas: list[str], i: int, trigger: str) -> bool:
    for b in load_blockers():
        start = i - b.offset
        if b.blocks == trigger and start >= 0:
            if tuple(lemmas[start : start + len(b.lemmas)]) == b.lemmas:
                return True
    return False


def _pos_ok(trig, pos: list[str] | None, i: int) -> bool:
    """VERB triggers need a verb first token, NOUN triggers a noun (or proper noun) last token."""
    if pos is None or trig.pos is None:
        return True
    if trig.pos == "VERB":
        return pos[i] in ("VERB", "AUX")
    return pos[i + len(trig.lemmas) - 1] in ("NOUN", "PROPN")


def matches(lemmas: list[str], index: dict[str, list], pos: list[str] | None = None) -> list:
    out = []
    i = 0
    while i < len(lemmas):
        best = None
        for trig in index.get(lemmas[i], []):
            n = len(trig.lemmas)
            if (
                tuple(lemmas[i : i + n]) == trig.lemmas
                and _pos_ok(trig, pos, i)
                and not _blocked(lemmas, i, trig.trigger)
            ):
                best = trig
                break
        if best is None:
            i += 1
            continue
        out.append(best)
        i += len(best.lemmas)
    return out


def main() -> None:
    set_dir, kind = Path(sys.argv[1]), sys.argv[2]
    opts = dict(zip(sys.argv[3::2], sys.argv[4::2], strict=False))
    misses_n = int(opts.get("--misses", 0))
    preds: list[dict] = []
    inputs, gold_rows = read_set(set_dir, "dev")
    _, held_ids = split_ids([r["id"] for r in inputs])
    gold = {g["id"]: g for g in gold_rows}
    index: dict[str, list] = {}
    for t in load_triggers():
        index.setdefault(t.lemmas[0], []).append(t)
    for v in index.values():
        v.sort(key=lambda t: -len(t.lemmas))
    stats = {part: Counter() for part in ("tune", "held")}
    miss_words: Counter = Counter()
    docs = parse_many(r["text"] for r in inputs)
    for rec, doc in zip(inputs, docs, strict=True):
        part = "held" if rec["id"] in held_ids else "tune"
        lemmas = [tok.lemma_.lower() for tok in doc]
        found = matches(lemmas, index, [tok.pos_ for tok in doc])
        if kind == "case":
            want = gold[rec["id"]]["label"]
            labels = [CASE[t.acled] for t in found if t.acled]
        elif kind == "petrarch":  # CAMEO root codes; records without gold events are skipped
            roots = {str(e["code"]).zfill(2)[:2] for e in gold[rec["id"]]["events"]}
            if not roots:
                continue
            labels = [t.cameo[:2] for t in found]
            want = next((r for r in labels if r in roots), sorted(roots)[0])
        else:
            want = LEGACY.get(gold[rec["id"]]["event"], gold[rec["id"]]["event"])
            labels = [t.plover for t in found]
        if kind == "case":
            preds.append({"id": rec["id"], "label": labels[0] if labels else "OTHER"})
        elif kind == "plover":
            preds.append({"id": rec["id"], "events": [{"plover": x} for x in labels[:1]]})
        s = stats[part]
        s["n"] += 1
        s["coverage"] += bool(labels)
        s["ceiling"] += want in labels
        s["first"] += bool(labels) and labels[0] == want
        if part == "tune" and want not in labels:
            miss_words.update(
                f"{t.lemma_.lower()}/{t.pos_}" for t in doc if t.pos_ in ("VERB", "NOUN")
            )
    for part, s in stats.items():
        n = s["n"] or 1
        print(
            f"{kind} dev {part}: n={s['n']} coverage={s['coverage'] / n:.3f} "
            f"ceiling={s['ceiling'] / n:.3f} first={s['first'] / n:.3f}"
        )
    if "--pred" in opts:
        with open(opts["--pred"], "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(p) + "\n" for p in preds)
    if misses_n:
        print(miss_words.most_common(misses_n))


if __name__ == "__main__":
    main()
