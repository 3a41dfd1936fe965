"""The hostile corpus at full size (too big for the test suite): each case runs ``dyads code``
in a child process under /usr/bin/time -v and reports exit status, error lines, wall time and
peak memory. The run must end with the good documents coded, one error line per bad one.

    python bench/hostile_bench.py [--only NAME ...] [--dir DIR]
    python bench/hostile_bench.py --postparse     # post-parse time of run-on text, 50K-200K chars

Cases: runon100k / runon1m (text without punctuation), prose900k / prose1_2m (normal prose past
spaCy's max_length), bigline (a 20 MB JSONL line), gzline (a .jsonl.gz whose line inflates to
1 GB), warcbomb (a small .warc.gz record inflating to 1 GB), bigfile (17 MB page).
Figures go to BENCHMARKS.md ("robustness").
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

WORDS = ("the army attacked rebels near the town while police arrested protesters and officials "
         "said troops bombed villages in the north").split()
PROSE = ("Government forces shelled rebel positions near the town on Monday, residents said. "
         "The United Nations called for a ceasefire and talks between the parties. ")
GOOD = {"id": "good", "text": "Russian jets bombed rebel positions near Idlib on Monday."}


def runon(n: int) -> str:
    random.seed(1)
    return " ".join(random.choice(WORDS) for _ in range(n // 5))[:n]


def prose(n: int) -> str:
    paras = []
    while sum(map(len, paras)) < n:
        paras.append(PROSE * 4)
    return "\n\n".join(paras)[:n]


def _records(path: Path, bad: dict) -> Path:
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(bad) + "\n" + json.dumps(GOOD | {"id": "good2"}) + "\n")
    return path


def gz_line(path: Path, size: int) -> Path:
    with gzip.open(path, "wb", compresslevel=1) as fh:
        fh.write((json.dumps(GOOD) + "\n").encode())
        fh.write(b'{"id": "huge", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(size >> 20):
            fh.write(chunk)
        fh.write(b'"}\n')
        fh.write((json.dumps(GOOD | {"id": "good2"}) + "\n").encode())
    return path


def warc_bomb(path: Path, size: int) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Stream:
        """A payload of ``size`` bytes produced on the fly."""

        def __init__(self):
            self.left = size
            self.head = b"<html><body><p>"

        def read(self, n=-1):
            if self.head:
                out, self.head = self.head, b""
                return out
            n = self.left if n is None or n < 0 else min(n, self.left)
            self.left -= n
            return b"a" * n

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(size + 15))],
                                protocol="HTTP/1.1")
        rec = w.create_warc_record("http://news.example/bomb", "response", payload=Stream(),
                                   length=size + 15, http_headers=http)
        w.write_record(rec)
        page = b"<html><body><p>Russian jets bombed rebel positions near Idlib on Monday.</p></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("http://news.example/ok", "response", payload=BytesIO(page),
                                            http_headers=http))
    return path


def build(name: str, d: Path) -> list[str]:
    """The dyads code arguments for case ``name`` (inputs written under ``d``)."""
    if name == "runon100k":
        return ["--records", str(_records(d / "runon100k.jsonl", {"id": "runon", "text": runon(100_000)}))]
    if name == "runon1m":
        return ["--records", str(_records(d / "runon1m.jsonl", {"id": "runon", "text": runon(1_000_000)}))]
    if name == "prose900k":
        return ["--records", str(_records(d / "prose900k.jsonl", {"id": "prose", "text": prose(900_000)}))]
    if name == "prose1_2m":
        return ["--records", str(_records(d / "prose1_2m.jsonl", {"id": "prose", "text": prose(1_200_000)}))]
    if name == "bigline":
        return ["--records", str(_records(d / "bigline.jsonl", {"id": "big", "text": "word " * 4_000_000}))]
    if name == "gzline":
        return ["--records", str(gz_line(d / "gzline.jsonl.gz", 1 << 30))]
    if name == "warcbomb":
        return [str(warc_bomb(d / "bomb.warc.gz", 1 << 30))]
    if name == "bigfile":
        p = d / "big.html"
        p.write_text("<html><body>" + f"<p>{PROSE}</p>\n" * 100_000 + "</body></html>")
        return [str(p)]
    raise SystemExit(f"unknown case {name}")


CASES = ("runon100k", "prose900k", "prose1_2m", "bigline", "gzline", "warcbomb", "bigfile", "runon1m")


def run(name: str, d: Path) -> dict:
    args = build(name, d)
    cmd = ["/usr/bin/time", "-v", sys.executable, "-c", "from dyads.cli import main; main()", "code", *args,
           "--format", "jsonl", "--no-db"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ | {"PYTHONUNBUFFERED": "1"})
    wall = time.perf_counter() - t
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.startswith("{")]
    return {
        "case": name,
        "exit": proc.returncode,
        "wall_s": round(wall, 1),
        "peak_mb": round(int(peak.group(1)) / 1024) if peak else None,
        "coded": sum(1 for x in lines if "error" not in x),
        "error_lines": [e[:160] for e in errors],
        "traceback": "Traceback" in proc.stderr,
    }


def postparse(sizes=(50_000, 100_000, 200_000)) -> None:
    """In this process: parse time and post-parse time (actors, events, geo) of run-on text
    without punctuation, models warm."""
    from dyads import clean, nlp, pipeline
    from dyads.ingest import document_from_string

    pipeline.code("Russian jets bombed rebel positions near Idlib on Monday.")  # load everything
    for n in sizes:
        doc = document_from_string(runon(n), source="runon")
        art = clean.clean(doc)
        t = time.perf_counter()
        parsed = nlp.parse(art.text)
        t_parse = time.perf_counter() - t
        t = time.perf_counter()
        coded = pipeline._code_parsed(doc, art, parsed)
        t_post = time.perf_counter() - t
        print(json.dumps({"case": f"postparse{n // 1000}k", "chars": n, "tokens": len(parsed),
                          "longest_sentence": max(len(s) for s in parsed.sents),
                          "parse_s": round(t_parse, 2), "post_parse_s": round(t_post, 2),
                          "events": len(coded.events)}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=list(CASES))
    ap.add_argument("--dir", default=None)
    ap.add_argument("--postparse", action="store_true", help="time run-on text in this process instead")
    a = ap.parse_args()
    if a.postparse:
        postparse()
        return
    d = Path(a.dir or tempfile.mkdtemp(prefix="dyads-hostile-"))
    d.mkdir(parents=True, exist_ok=True)
    for name in a.only:
        print(json.dumps(run(name, d)), flush=True)


if __name__ == "__main__":
    main()
