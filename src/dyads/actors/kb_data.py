"""Reads the actor knowledge-base files in ``dyads/data/actors/`` and checks their schema.

Each file is a CSV with ``#`` comment lines naming its source, a header row, and ``|``-separated
lists inside cells. A file that breaks its schema raises ``KBError`` naming the file, line and
problem; nothing half-loads.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from dyads.data import content_lines
from dyads.data import path as data_path
from dyads.errors import DyadsError

CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3}|[a-z]{3})*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")
SECTOR_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# file name -> required columns
SCHEMAS: dict[str, tuple[str, ...]] = {
    "countries.csv": ("iso3", "cameo", "name", "names", "adjectives", "people", "capitals", "kind"),
    "sectors.csv": ("phrase", "sector", "kind", "coref"),
    "qualifiers.csv": ("phrase", "code", "kind"),
    "groups.csv": ("name", "aliases", "code", "country", "sector", "qualifiers", "kind"),
    "people.csv": ("name", "aliases", "country", "code", "role", "start", "end"),
    "anaphors.csv": ("phrase", "refers"),
    "name_keywords.csv": ("keyword", "sector"),
    "not_actors.csv": ("phrase",),
}

SECTOR_KINDS = {"role", "body", "people"}
GROUP_KINDS = frozenset({"igo", "ngo", "group", "party", "agency"})
ANAPHOR_REFERS = {"group", "igo", "country", "person", "named", "media"}


class KBError(DyadsError):
    """A knowledge-base data file is missing or breaks its schema."""


def data_dir() -> Path:
    return data_path("actors")


def split_list(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def read_rows(name: str, directory: Path | None = None) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of one KB file as (line number, row dict), after checking the header."""
    path = (directory or data_dir()) / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KBError(f"actor KB file {path} cannot be read: {exc.strerror}") from exc
    numbered = content_lines(text)
    reader = csv.DictReader(line for _, line in numbered)
    need = SCHEMAS[name]
    missing = [c for c in need if c not in (reader.fieldnames or [])]
    if missing:
        raise KBError(f"{path.name}: missing column(s) {', '.join(missing)}")
    for (line, _), row in zip(numbered[1:], reader, strict=False):
        if None in row or any(v is None for v in row.values()):
            raise KBError(f"{path.name} line {line}: wrong number of fields")
        yield line, row


def check(cond: bool, name: str, line: int, message: str) -> None:
    if not cond:
        raise KBError(f"{name} line {line}: {message}")


def validate_row(name: str, line: int, row: dict[str, str]) -> None:
    """Schema check of one row (raises KBError)."""
    if name == "countries.csv":
        check(bool(ISO3_RE.match(row["iso3"])), name, line, f"bad iso3 {row['iso3']!r}")
        check(bool(ISO3_RE.match(row["cameo"])), name, line, f"bad cameo code {row['cameo']!r}")
        check(bool(split_list(row["names"])), name, line, "no names")
    elif name == "sectors.csv":
        check(bool(SECTOR_RE.match(row["sector"])), name, line, f"bad sector {row['sector']!r}")
        check(
            row["kind"] in SECTOR_KINDS, name, line, f"kind must be one of {sorted(SECTOR_KINDS)}"
        )
        check(row["coref"] in ("yes", "no"), name, line, "coref must be yes or no")
        check(bool(split_list(row["phrase"])), name, line, "no phrase")
    elif name == "qualifiers.csv":
        check(bool(SECTOR_RE.match(row["code"])), name, line, f"bad qualifier code {row['code']!r}")
        check(row["kind"] in ("ethnic", "religion"), name, line, "kind must be ethnic or religion")
    elif name == "groups.csv":
        check(bool(CODE_RE.match(row["code"])), name, line, f"bad code {row['code']!r}")
        check(not row["country"] or bool(ISO3_RE.match(row["country"])), name, line, "bad country")
        check(not row["sector"] or bool(SECTOR_RE.match(row["sector"])), name, line, "bad sector")
        check(row["kind"] in GROUP_KINDS, name, line, f"kind must be one of {sorted(GROUP_KINDS)}")
        check(bool(split_list(row["aliases"])), name, line, "no aliases")
    elif name == "people.csv":
        check(bool(CODE_RE.match(row["code"])), name, line, f"bad code {row['code']!r}")
        check(not row["country"] or bool(ISO3_RE.match(row["country"])), name, line, "bad country")
        check(bool(DATE_RE.match(row["start"])), name, line, f"bad start date {row['start']!r}")
        check(not row["end"] or bool(DATE_RE.match(row["end"])), name, line, "bad end date")
        check(not row["end"] or row["end"] >= row["start"], name, line, "end before start")
        check(bool(split_list(row["aliases"])), name, line, "no aliases")
    elif name == "name_keywords.csv":
        check(bool(SECTOR_RE.match(row["sector"])), name, line, f"bad sector {row['sector']!r}")
        check(row["keyword"][:1].isupper(), name, line, "keywords are capitalised name words")
    elif name == "anaphors.csv":
        check(
            row["refers"] in ANAPHOR_REFERS,
            name,
            line,
            f"refers must be in {sorted(ANAPHOR_REFERS)}",
        )


UNIQUE_KEYS = {
    "countries.csv": ("iso3",),
    "groups.csv": ("name",),
    "people.csv": ("name", "role", "start"),
    "qualifiers.csv": ("code",),
    "name_keywords.csv": ("keyword",),
}


def load_file(name: str, directory: Path | None = None) -> list[dict[str, str]]:
    """All rows of one KB file, schema-checked (including duplicate keys)."""
    rows = []
    seen: dict[tuple[str, ...], int] = {}
    key_cols = UNIQUE_KEYS.get(name)
    for line, row in read_rows(name, directory):
        validate_row(name, line, row)
        if key_cols:
            key = tuple(row[c] for c in key_cols)
            check(key not in seen, name, line, f"duplicate of line {seen.get(key)}: {key}")
            seen[key] = line
        rows.append(row)
    return rows
