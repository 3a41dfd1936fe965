"""Ingest: read news from strings, files, directories, stdin, JSONL records, WARC, feeds, URLs.

Every reader is a generator of ``Document`` (or ``errors.Failure`` for an input that could not
be read; the run goes on with the others).
"""

from dyads.dates import normalise_date
from dyads.ingest.documents import document_from_string, looks_like_html
from dyads.ingest.feeds import read_feed
from dyads.ingest.files import read_file, read_inputs, walk_directory
from dyads.ingest.records import read_records
from dyads.ingest.urls import read_url
from dyads.ingest.warc import read_warc

__all__ = [
    "document_from_string",
    "looks_like_html",
    "normalise_date",
    "read_feed",
    "read_file",
    "read_inputs",
    "read_records",
    "read_url",
    "read_warc",
    "walk_directory",
]
