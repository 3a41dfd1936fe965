"""Child process for test_crash_resume: writes a deterministic corpus into a store.

    python crash_writer.py DB N_DOCS BATCH

Prints ``batch <k>`` after each committed batch so the parent knows when to kill it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from helpers import document  # noqa: E402

from dyads.store import Store  # noqa: E402

PAIRS = [
    ("IRQMIL", "ISIS", "ASSAULT"),
    ("USAGOV", "IRQGOV", "SUPPORT"),
    ("RUSGOV", "SYRGOV", "AID"),
    ("ISRMIL", "SYRMIL", "ASSAULT"),
    ("SAUGOV", "QATGOV", "SANCTION"),
    ("SYRREB", "ISIS", "COERCE"),
]


def corpus(n_docs: int):
    for i in range(n_docs):
        spec = [
            (
                *PAIRS[(i + j) % len(PAIRS)],
                {"date": f"2017-{1 + (i + j) % 12:02d}-{1 + (i * 7 + j) % 28:02d}"},
            )
            for j in range(40)
        ]
        yield document(
            f"Report number {i} from the front.", spec, url=f"https://outlet{i % 5}.example/{i}"
        )


def main() -> None:
    db, n_docs, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    docs = list(corpus(n_docs))
    with Store(db) as st:
        for k in range(0, len(docs), batch):
            st.write_many(docs[k : k + batch])
            print(f"batch {k // batch}", flush=True)


if __name__ == "__main__":
    main()
