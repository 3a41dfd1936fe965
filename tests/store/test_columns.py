"""Guard: the ``events`` columns are spelled once (``dyads.store.columns.EVENT_TABLE``) and
the store schema, the Event dataclass, the row writer, the flat exports, ``dyads code
--format csv`` and the JSONL record all agree with that table."""

from __future__ import annotations

import csv
import dataclasses
import io

import pandas as pd
import pyarrow.dataset as ds
from typer.testing import CliRunner

from dyads.cli import app
from dyads.model import Event
from dyads.records import CsvOutput, record
from dyads.store import Store
from dyads.store.columns import EVENT_COLS, EVENT_TABLE, FLAT_COLUMNS, NOT_STORED
from dyads.store.export import export
from dyads.store.rows import KEY_COLS, SOURCE_COLS

from .helpers import document

EVENT_FIELDS = {f.name for f in dataclasses.fields(Event)}


def _doc():
    coded = document(
        "US troops struck Mosul on Monday.", [("USAMIL", "IRQGOV", "ASSAULT", {"place": "Mosul"})]
    )
    coded.events[0].implicit = True
    return coded


def test_the_store_schema_is_the_column_table(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        _, cols = st.query(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'events' ORDER BY ordinal_position"
        )
    assert [c for c in cols if c[0] != "stored_at"] == [(c.name, c.type) for c in EVENT_TABLE]


def test_every_event_field_has_its_columns_and_every_column_a_source():
    stored = {c.field for c in EVENT_TABLE if c.field}
    assert stored | set(NOT_STORED) == EVENT_FIELDS
    assert not stored & set(NOT_STORED)
    made = {"n_sources", "n_outlets", "n_mentions", "source_list_id", "target_list_id"}
    assert set(EVENT_COLS) <= set(SOURCE_COLS) | set(KEY_COLS) | made


def test_the_record_writer_writes_every_event_field():
    events = record(_doc())["events"]
    assert events and set(events[0]) == EVENT_FIELDS


def test_flat_exports_and_code_csv_write_the_table_columns(tmp_path):
    coded = _doc()
    with Store(tmp_path / "s.duckdb") as st:
        st.write(coded)
        exported = export(st.connection, "csv", tmp_path / "e.csv")
        parquet = export(st.connection, "parquet", tmp_path / "pq")
    with open(exported, encoding="utf-8", newline="") as f:
        export_rows = list(csv.DictReader(f))
    assert tuple(export_rows[0]) == FLAT_COLUMNS
    assert ds.dataset(parquet, partitioning="hive").schema.names == [*FLAT_COLUMNS, "month"]
    sink = io.StringIO()
    CsvOutput(sink).write(coded)
    code_rows = list(csv.DictReader(io.StringIO(sink.getvalue())))
    assert [{c: r[c] for c in FLAT_COLUMNS} for r in code_rows] == export_rows  # a document stored alone: the same rows, value for value
    assert pd.read_csv(exported)["implicit"].tolist() == [True]


def test_dyads_code_csv_header_is_the_export_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Egyptian troops attacked Libyan border posts on Monday.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["code", str(f), "--format", "csv", "--no-db"])
    assert r.exit_code == 0, r.output
    header = tuple(next(csv.reader(io.StringIO(r.stdout))))
    assert header == (*FLAT_COLUMNS, "record_id", "document", "url")


def test_the_readme_says_code_csv_is_the_export_csv():
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`csv` writes the columns of `dyads export --format csv`" in readme
    assert "then `record_id`, `document` and `url`" in readme
