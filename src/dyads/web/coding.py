"""Paste and code: ``POST /api/code`` codes a pasted text or HTML page with the pipeline
loaded once per server process (``dyads.nlp.get_nlp`` keeps the spaCy pipeline; the
actor and lexicon tables are module-level caches), and returns the events. Nothing is
stored: the app holds the store read-only.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

from dyads.errors import DyadsError, InputError
from dyads.model import CodedDocument
from dyads.web.labels import actor_label, actors_label, date_label

# The largest body accepted (bytes): a long article is ~50 kB of text, a saved page with
# its markup a few hundred kB.
MAX_BYTES = 2_000_000
# Content types accepted: a JSON object {"text": ..., "published": ...}, or the raw text
# or HTML as the body.
RAW_TYPES = ("text/plain", "text/html", "application/xhtml+xml")


class CodeError(Exception):
    """A request /api/code cannot code; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class Coder:
    """Codes one document at a time (the spaCy pipeline is not shared across threads)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.n_coded = 0

    def load(self) -> None:
        """Load the pipeline now (``dyads serve`` does it in the background at start)."""
        from dyads.nlp import get_nlp

        get_nlp()

    def code(self, text: str, published: str | None = None) -> dict[str, Any]:
        from dyads.pipeline import code

        if not text.strip():
            raise CodeError(400, "nothing to code: the text is empty")
        if published:
            try:
                dt.date.fromisoformat(published)
            except ValueError:
                raise CodeError(
                    400, f"published must be a date YYYY-MM-DD, got {published!r}"
                ) from None
        try:
            with self.lock:
                coded = code(text, published=published or None)
                self.n_coded += 1
        except InputError as exc:  # e.g. an HTML page with no text in it
            raise CodeError(400, f"cannot code this input: {exc}") from None
        except DyadsError as exc:  # e.g. no spaCy pipeline installed
            raise CodeError(503, f"cannot code: {exc}") from None
        return answer(coded)


def answer(coded: CodedDocument) -> dict[str, Any]:
    """The coded document's events and clean text, with the labels the page shows (as
    /api/events has them). Read off the data model (``to_dict``), not an output format."""
    events = []
    for e in (ev.to_dict() for ev in coded.events):
        for side in ("source", "target"):
            for a in e.get(side) or []:
                a["label"] = actor_label(a)
            e[f"{side}_label"] = actors_label(e.get(side))
        e["date_label"] = date_label(e.get("date"), e.get("date_precision"))
        start, end = e.get("evidence") or (None, None)
        e["evidence"] = {"start": start, "end": end, "sentence": e.get("sentence"),
                         "trigger": e.get("trigger")}  # fmt: skip
        events.append(e)
    art = coded.article
    return {
        "n_events": len(events),
        "events": events,
        "text": art.text,
        "title": art.title,
        "published": art.published,
        "removed": [r.to_dict() for r in art.removed],
        "places": [p.to_dict() for p in coded.places],
        "skipped": coded.skipped,
    }


def parse_upload(body: bytes, content_type: str) -> tuple[str, str | None]:
    """(text, published) from a ``multipart/form-data`` body (an HTML form's file upload):
    the part named ``file`` (else the first part with a file name) is the text or HTML
    page, UTF-8; a field ``published`` may give the date. Parsed with the standard
    library's MIME parser (no python-multipart dependency); the body's size is capped by
    the caller (``MAX_BYTES``)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    if "boundary=" not in content_type:
        raise CodeError(400, "multipart/form-data without a boundary")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    msg = BytesParser(policy=HTTP).parsebytes(head + body)
    if not msg.is_multipart():
        raise CodeError(400, "the multipart body could not be read")
    fields: dict[str, bytes] = {}
    upload: bytes | None = None
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True) or b""
        if name == "file" or (upload is None and part.get_filename()):
            upload = data
        elif name:
            fields[str(name)] = data
    if upload is None:
        raise CodeError(400, "no file in the upload: send it as the form field 'file'")
    try:
        text = upload.decode("utf-8")
        published = fields["published"].decode("utf-8").strip() if "published" in fields else None
    except UnicodeDecodeError:
        raise CodeError(400, "the uploaded file is not UTF-8 text") from None
    return text, published or None


def parse_body(body: bytes, content_type: str) -> tuple[str, str | None]:
    """(text, published) from a request body; CodeError with a 4xx status otherwise."""
    import json

    kind = content_type.split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return parse_upload(body, content_type)
    try:
        decoded = body.decode("utf-8")
    except UnicodeDecodeError:
        raise CodeError(400, "the body is not UTF-8 text") from None
    if kind == "application/json":
        try:
            obj = json.loads(decoded)
        except ValueError as exc:
            raise CodeError(400, f"the body is not valid JSON: {exc}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise CodeError(400, 'send {"text": "...", "published": "YYYY-MM-DD"} (text required)')
        published = obj.get("published")
        if published is not None and not isinstance(published, str):
            raise CodeError(400, "published must be a string YYYY-MM-DD")
        return obj["text"], published
    if kind in RAW_TYPES:
        return decoded, None
    raise CodeError(
        415,
        f"unsupported content type {kind or '(none)'!r}: send application/json, "
        f"a file as multipart/form-data, or the text itself as {', '.join(RAW_TYPES)}",
    )
