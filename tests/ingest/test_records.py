"""read_records: JSONL records keep their ids; bad lines are Failures naming the line."""

import gzip
import json

from dyads.errors import Failure
from dyads.ingest import read_inputs, read_records
from dyads.model import Document


def test_records_keep_ids_dates_and_kinds(tmp_path):
    f = tmp_path / "in.jsonl"
    rows = [
        {"id": "r1", "text": "Troops crossed the border.", "published": "2019-03-02"},
        {
            "id": 7,
            "html": "<html><body><p>Talks.</p></body></html>",
            "date": "20190303",
            "url": "http://x.org/a",
        },
        {"id": "r3", "text": "Protesters marched.", "title": "March", "category": "DEMO"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = list(read_records(f))
    assert [d.id for d in docs] == ["r1", "7", "r3"]
    assert [d.kind for d in docs] == ["text", "html", "text"]
    assert docs[0].published == "2019-03-02" and docs[1].published == "2019-03-03"
    assert docs[1].url == "http://x.org/a" and docs[2].title == "March"
    assert docs[2].meta["record"] == {"category": "DEMO"}


def test_bad_lines_name_line_number_and_run_continues(tmp_path):
    f = tmp_path / "in.jsonl"
    f.write_text(
        '{"id": "a", "text": "Good one."}\n'
        "{not json\n"
        '{"id": "b"}\n'
        '{"id": "c", "text": "   "}\n'
        '{"id": "d", "text": "x", "date": "last week"}\n'
        "[1, 2]\n"
        '{"id": "e", "text": "Also good."}\n',
        encoding="utf-8",
    )
    out = list(read_records(f))
    assert [o.id for o in out if isinstance(o, Document)] == ["a", "e"]
    fails = [o for o in out if isinstance(o, Failure)]
    assert [f.message.split(":")[0] for f in fails] == [
        "line 2",
        "line 3",
        "line 4",
        "line 5",
        "line 6",
    ]
    assert "invalid JSON" in fails[0].message
    assert "neither" in fails[1].message
    assert "empty" in fails[2].message
    assert "date" in fails[3].message


def test_gzip_records_and_dispatch_from_read_inputs(tmp_path):
    f = tmp_path / "in.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "z", "text": "Aid reached the camp."}) + "\n")
    (doc,) = read_inputs([str(f)])
    assert doc.id == "z" and doc.source == "record:z"


def test_missing_records_file(tmp_path):
    (fail,) = read_records(tmp_path / "none.jsonl")
    assert isinstance(fail, Failure) and "no such file" in fail.message
