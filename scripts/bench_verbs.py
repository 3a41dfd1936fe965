"""CPU time of coding with and without a PETRARCH/Phoenix dictionary set, against bare spaCy.

The same 214 documents as ``dyads bench pipeline --repeat 20 --kit KIT`` (20 copies of the
reference article + the PLOVER dev sentences), timed with ``time.process_time`` so that other
jobs on the machine disturb the ratios less than wall-clock time does; each run twice.

    OMP_NUM_THREADS=1 taskset -c 1 .venv/bin/python scripts/bench_verbs.py ../shared/eval ../shared/dictionaries/phoenix
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from dyads import pipeline  # noqa: E402
from dyads.actors import KB  # noqa: E402
from dyads.actors.petrarch import extend_kb  # noqa: E402
from dyads.clean import clean  # noqa: E402
from dyads.evaluation.kit import read_jsonl  # noqa: E402
from dyads.events import verb_dictionary  # noqa: E402
from dyads.ingest import document_from_string  # noqa: E402
from dyads.nlp import get_nlp  # noqa: E402


def main(kit: Path, phoenix: Path) -> dict:
    example = Path(__file__).resolve().parents[1] / "src/dyads/examples/socialist-worker-2561-mission-accomplished.txt"
    base = example.read_text(encoding="utf-8")
    docs = [document_from_string(base + f"\n\nCopy {i}.", retrieved="2024-02-20", source=f"copy{i}") for i in range(20)]
    rows = read_jsonl(kit / "events/plover/dev.inputs.jsonl")
    docs += [document_from_string(r["text"], source=f"plover{i}") for i, r in enumerate(rows)]
    t = time.process_time()
    vd = verb_dictionary.load([phoenix / "CAMEO.2.0.txt"])
    actors = [phoenix / f"Phoenix.{n}.actors.txt" for n in ("Countries", "International", "MilNonState")]
    kb = extend_kb(KB.default(), actors=actors, agents=[phoenix / "Phoenix.agents.txt"], problems=[])
    out: dict = {"dictionary_load_cpu_s": round(time.process_time() - t, 2)}
    nlp = get_nlp()
    texts = [clean(d).text for d in docs]
    list(nlp.pipe(texts[:2]))
    for run in (1, 2):
        times = {}
        for name, kw in (("spacy", None), ("dyads", {}), ("dyads+phoenix", {"actor_kb": kb, "verbs": vd})):
            t = time.process_time()
            if kw is None:
                list(nlp.pipe(texts, batch_size=16))
            else:
                list(pipeline.code_documents(docs, batch_size=16, **kw))
            times[name] = time.process_time() - t
        out[f"run{run}"] = {
            "spacy_cpu_s": round(times["spacy"], 2),
            "ratio_dyads": round(times["spacy"] / times["dyads"], 3),
            "ratio_dyads_phoenix": round(times["spacy"] / times["dyads+phoenix"], 3),
        }
    return out


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))))
