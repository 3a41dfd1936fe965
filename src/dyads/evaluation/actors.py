"""Actor-country recall on PLOVER gold records (``dyads eval actors``).

For each record, the gold source and target codes are compared by their first three letters
(the CAMEO country, or IGO/IMG/NGO...) with the codes of the mentions the resolver finds in the
record's text. Records are split into a tuning part and a held-out part (the sentence sets' rule
of ``dyads.evaluation.kit``: sorted ids, index % 4 == 3), so that the figure on the held-out part
was never looked at while tuning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dyads.evaluation.kit import is_held_out, read_set

# The parts every score is given for: the whole dev split, its tuning part, our held-out part.
PARTS = ("all", "tune", "heldout")


@dataclass
class Score:
    found: int = 0
    total: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0


def _read_kit(set_dir: Path, split: str) -> tuple[list[dict], dict[str, dict]]:
    """A kit set's input records and its gold records by id."""
    inputs, gold = read_set(set_dir, split)
    return inputs, {g["id"]: g for g in gold}


def read_plover(set_dir: Path, split: str = "dev") -> list[dict]:
    """Records ``{"id", "text", "published", "source", "target"}`` joined from inputs and gold."""
    records, gold_by_id = _read_kit(set_dir, split)
    out = []
    for rec in records:
        g = gold_by_id.get(rec["id"])
        if g is None:
            continue
        out.append({**rec, "source": g.get("source") or [], "target": g.get("target") or []})
    out.sort(key=lambda r: r["id"])
    return out


def read_petrarch(set_dir: Path, split: str = "dev") -> list[dict]:
    """PETRARCH unit-test records with the actor codes of their gold events as source/target."""
    records, gold_by_id = _read_kit(set_dir, split)
    out = []
    for rec in records:
        events = gold_by_id.get(rec["id"], {}).get("events") or []
        # PETRARCH's placeholders ("---" unknown actor, "###", quoted unresolved text) are no codes
        src = sorted({e["source"] for e in events if _is_code(e.get("source"))})
        tgt = sorted({e["target"] for e in events if _is_code(e.get("target"))})
        d = rec.get("date") or ""
        published = f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 else None
        out.append({**rec, "published": published, "source": src, "target": tgt})
    out.sort(key=lambda r: r["id"])
    return out


def _is_code(code: str | None) -> bool:
    return bool(code) and code[:3].isalpha() and code[:3].isupper()


def part_of(index: int) -> str:
    """The part of the record at ``index`` in id order."""
    return "heldout" if is_held_out(index) else "tune"


def predict_codes(records: list[dict], kb=None) -> tuple[dict[str, list[str]], int, float]:
    """The actor codes the resolver finds in each record's text (its mentions' actors, their
    supporters and leaders), by id; the number of mentions; the CPU seconds resolving took
    (parsing excluded)."""
    import time

    from dyads.actors import resolve
    from dyads.model import Article
    from dyads.nlp import parse_many

    docs = list(parse_many(r["text"] for r in records))
    t0 = time.process_time()
    predicted = {}
    n_mentions = 0
    for rec, doc in zip(records, docs, strict=True):
        art = Article(doc_id=rec["id"], text=rec["text"], published=rec.get("published"))
        ms = resolve(doc, art, kb=kb)
        n_mentions += len(ms)
        predicted[rec["id"]] = [m.actor.code for m in ms] + [
            a.code for m in ms for a in m.supporters + m.leaders
        ]
    return predicted, n_mentions, time.process_time() - t0


def score_records(
    records: list[dict], predicted: dict[str, list[str]]
) -> dict[str, dict[str, Score]]:
    """Scores by part (all/tune/heldout) and role (source/target)."""
    scores = {p: {"source": Score(), "target": Score()} for p in PARTS}
    for i, rec in enumerate(records):
        have = {c[:3] for c in predicted.get(rec["id"], []) if c}
        for role in ("source", "target"):
            for code in rec[role]:
                hit = code[:3] in have
                for part in ("all", part_of(i)):
                    s = scores[part][role]
                    s.total += 1
                    s.found += hit
                    if not hit and part == "all":
                        s.misses.append(
                            {
                                "id": rec["id"],
                                "gold": code,
                                "have": sorted(have),
                                "text": rec["text"],
                            }
                        )
    return scores
