"""Output shapes of a coded document: the stable JSONL record of ``dyads code --format jsonl``,
and the ``code`` face of the output formats (``table``, ``jsonl``, ``csv``; ``dyads.formats``).

Above both the data model and the stages: ``model.py`` stays plain data, and the document's
label (its main event's ACLED sub-event) comes from the events stage. The CSV rows are the
store's flat event rows (``dyads.store.rows.flat_events``): the columns of ``dyads export csv``.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from dyads.events import main_event
from dyads.events.acled_rules import lead_end
from dyads.formats import FORMATS
from dyads.model import Article, CodedDocument, Event
from dyads.store.columns import FLAT_COLUMNS
from dyads.store.rows import flat_events


def record(coded: CodedDocument) -> dict[str, Any]:
    """The stable JSONL record of ``dyads code --records ... --format jsonl``."""
    art = coded.article
    main = main_event(coded.events, lead=lead_end(art.text), title=art.title, published=art.published)
    return {
        "id": coded.id,
        # where the document came from: its path, URL, feed entry, WARC record or "record:<id>"
        "source": art.source or None,
        "url": art.url,
        "label": main.acled if main is not None else None,
        # the learned page filter's P(the page reports political events); null when not coded
        "political": art.meta.get("political"),
        "events": [e.to_dict() for e in coded.events],
        "places": [p.to_dict() for p in coded.places],
        "article": {
            "text": art.text,
            "title": art.title,
            "author": art.author,
            "published": art.published,
            "removed": [r.to_dict() for r in art.removed],
        },
        **({"skipped": coded.skipped} if coded.skipped else {}),
        # with --issues / --discards (PETRARCH/TABARI dictionaries): the document's issue codes,
        # and the discard phrase that dropped the story
        **({"issues": art.meta["issues"]} if art.meta.get("issues") else {}),
        **({"discarded": art.meta["discarded"]} if art.meta.get("discarded") else {}),
        # a page read as a game report: the words that made it one (README, "political")
        **({"sports_report": art.meta["sports_report"]} if art.meta.get("sports_report") else {}),
        # and a page read as a weather report
        **({"weather_report": art.meta["weather_report"]} if art.meta.get("weather_report") else {}),
        # and a page read as a review of a film, book, music or play
        **({"culture_report": art.meta["culture_report"]} if art.meta.get("culture_report") else {}),
        # and a page read as a wildlife story
        **({"wildlife_report": art.meta["wildlife_report"]} if art.meta.get("wildlife_report") else {}),
        # and a page read as a private quarrel between households
        **({"private_dispute": art.meta["private_dispute"]} if art.meta.get("private_dispute") else {}),
        # and a page read as a travel guide, a recipe or a product launch
        **({"lifestyle_report": art.meta["lifestyle_report"]} if art.meta.get("lifestyle_report") else {}),
        # and a page read as a drill or a simulation
        **({"simulation_report": art.meta["simulation_report"]} if art.meta.get("simulation_report") else {}),
        # a disaster page kept for the aid other states send to it
        **({"foreign_aid": True} if art.meta.get("foreign_aid") else {}),
        # a page the filter would drop kept for the states dealing with each other in its lead
        **({"states_in_lead": True} if art.meta.get("states_in_lead") else {}),
        # and one kept for a headline strike or protest that its lead tells against the state
        **({"protest_in_lead": True} if art.meta.get("protest_in_lead") else {}),
    }


def _encodable(value: object) -> bool:
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class Output:
    """A ``code`` format: ``write`` each coded document as it comes, ``failed`` for an input
    record that could not be coded, ``close`` at the end. ``terminal``: the console to print
    to when it is one (the table); the stream ``sink`` otherwise."""

    def __init__(self, sink: TextIO, terminal: Console | None = None) -> None:
        self.sink = sink
        self.terminal = terminal

    def write(self, coded: CodedDocument) -> None:
        raise NotImplementedError

    def failed(self, line: dict[str, Any]) -> None:
        """An input record that failed (only JSONL gives it a line of its own)."""

    def close(self) -> None:
        """Write what waits for the end of the run."""


class JsonlOutput(Output):
    def write(self, coded: CodedDocument) -> None:
        self.sink.write(json.dumps(record(coded), ensure_ascii=False) + "\n")

    def failed(self, line: dict[str, Any]) -> None:
        self.sink.write(json.dumps(line, ensure_ascii=not _encodable(line)) + "\n")


def _csv_value(value: Any) -> Any:
    """A value as DuckDB's CSV writer spells it (booleans lower case)."""
    return str(value).lower() if isinstance(value, bool) else value


def document_label(art: Article) -> str:
    """The input a document came from, as a user named it: its path, URL or feed entry; a WARC
    record by its URL; a record by ``record:<id>``."""
    if art.source.startswith("<urn:") and art.url:
        return art.url
    return art.source or art.url or ""


# ``dyads code --format csv``: the columns of ``dyads export csv``, then the document's input
# (``record_id``: the JSONL output's ``id``, the record's own id for ``--records``)
CODE_CSV_COLUMNS: tuple[str, ...] = (*FLAT_COLUMNS, "record_id", "document", "url")


class CsvOutput(Output):
    def __init__(self, sink: TextIO, terminal: Console | None = None) -> None:
        super().__init__(sink, terminal)
        self.writer = csv.DictWriter(sink, fieldnames=CODE_CSV_COLUMNS)
        self.writer.writeheader()

    def write(self, coded: CodedDocument) -> None:
        art = coded.article
        trace = {"record_id": coded.id, "document": document_label(art), "url": art.url or ""}
        for row in flat_events(coded, art.source or None):
            self.writer.writerow({k: _csv_value(v) for k, v in row.items()} | trace)


def _codes(actors) -> str:
    return ";".join(a.code or a.name or a.text for a in actors)


def _table_row(ev: Event, document: str) -> list[str]:
    precision = ev.date_precision
    return [
        document,
        f"{ev.date or ''}" + (f" ({precision})" if precision not in (None, "day") else ""),
        _codes(ev.source) or "-",
        f"{ev.plover}" + (f"/{ev.mode}" if ev.mode else ""),
        ev.cameo or "",
        _codes(ev.target) or "-",
        (ev.place.name if ev.place else None) or "",
        ev.modality,
        ev.trigger,
    ]


class TableOutput(Output):
    """One table of all events, printed at the end of the run."""

    COLUMNS = ("document", "date", "source", "event", "cameo", "target", "place", "modality", "trigger")

    def __init__(self, sink: TextIO, terminal: Console | None = None) -> None:
        super().__init__(sink, terminal)
        self.coded: list[CodedDocument] = []

    def write(self, coded: CodedDocument) -> None:
        self.coded.append(coded)

    def close(self) -> None:
        if not self.coded:
            return
        labels = [document_label(coded.article) for coded in self.coded]
        single = len(set(labels)) == 1  # one input: named in the title, not on every row
        title = f"dyads: coded events in {labels[0]}" if single else "dyads: coded events"
        table = Table(title=title, show_lines=False, header_style="bold")
        for col in self.COLUMNS[1:] if single else self.COLUMNS:
            table.add_column(col, overflow="fold")
        for coded, document in zip(self.coded, labels, strict=True):
            for ev in coded.events:
                style = None if ev.modality == "asserted" else "dim"
                row = _table_row(ev, document)
                table.add_row(*(row[1:] if single else row), style=style)
        # piped or redirected output gets a wide table instead of rich's 80-column default
        term = self.terminal
        out = term if term is not None and term.is_terminal else Console(width=180, file=self.sink)
        out.print(table)


# The code face of the formats, in the order ``dyads code --format`` lists them.
for _name, _output in (("table", TableOutput), ("jsonl", JsonlOutput), ("csv", CsvOutput)):
    FORMATS.register(_name, "code")(_output)
