"""Geoparse one JSON record of the evaluation kit's geo formats.

Input ``{"id", "text", "toponyms"?: [{start, end}], "verb"?: {start, end}}``. Output
``{"id", "places": [{start, end, text, geonameid, lat, lon, name, country, feature}]}`` plus
``"location": {start, end} | null`` when the record has a ``verb``:

- with ``toponyms``: exactly those spans are resolved (no NER);
- without: the places are found by ``geoparse`` (spaCy + gazetteer matcher);
- with ``verb``: the event at that span is located among the places of its sentence.
"""

from __future__ import annotations

from typing import Any

from dyads.errors import InputError
from dyads.model import Article, Event, Place

PLACE_FIELDS = ("start", "end", "text", "geonameid", "lat", "lon", "name", "country", "feature")


def _span(obj: Any, what: str, n: int) -> tuple[int, int]:
    if (
        not isinstance(obj, dict)
        or not isinstance(obj.get("start"), int)
        or not isinstance(obj.get("end"), int)
    ):
        raise InputError(f"{what} must be an object with integer start and end")
    s, e = obj["start"], obj["end"]
    if not 0 <= s < e <= n:
        raise InputError(f"{what} {s}-{e} is outside the text (length {n})")
    return s, e


def place_dict(p: Place) -> dict[str, Any]:
    d = p.to_dict()
    return {k: d[k] for k in PLACE_FIELDS}


def geoparse_record(rec: dict[str, Any], demonyms: bool = False) -> dict[str, Any]:
    """The prediction line for one record (raises InputError on a malformed record).
    ``demonyms``: when finding places ourselves, also report nationality words."""
    from dyads.geo import geoparse, resolve_spans
    from dyads.geo.locate import locate_by_parse

    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object")
    rid = rec.get("id")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(f"record {rid!r} has no string 'text'")
    gold = rec.get("toponyms")
    verb = rec.get("verb")
    if gold is not None and not isinstance(gold, list):
        raise InputError(f"record {rid!r}: 'toponyms' must be a list")
    spans = [_span(t, f"record {rid!r} toponym", len(text)) for t in gold or []]
    vspan = _span(verb, f"record {rid!r} verb", len(text)) if verb is not None else None
    doc = None
    if spans:
        places = resolve_spans(text, spans)
    else:
        from dyads.nlp import parse

        doc = parse(text)
        places = geoparse(
            doc,
            Article(doc_id=str(rid), text=text),
            [],
            keep_unresolved=True,
            demonyms=demonyms,
            keep_sites=vspan is not None,  # an event's place may be a site ("Al-Nur hospital")
        )
    out: dict[str, Any] = {"id": rid, "places": [place_dict(p) for p in places]}
    if vspan is not None:
        if doc is None:
            from dyads.nlp import parse

            doc = parse(text)
        ev = Event(
            id=f"{rid}:verb",
            doc_id=str(rid),
            sentence="",
            evidence=vspan,
            trigger=text[vspan[0] : vspan[1]],
            plover="",
        )
        [ev] = locate_by_parse([ev], places, doc)  # the parse rules alone, as scored so far
        out["location"] = {"start": ev.place.start, "end": ev.place.end} if ev.place else None
    return out
