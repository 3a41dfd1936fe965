"""The main event of short ACLED-style event notes: actor-1 country, place, fatalities, sub-event.

    PYTHONPATH=src .venv/bin/python scripts/eval_acled_style_notes.py NOTES.jsonl [--show N]
        [--what country|place|deaths|sub|type] [--no-published]

NOTES.jsonl is not shipped: one note a line, written by whoever measures, never ACLED's own text:

    {"id": "n01", "date": "2021-03-14", "text": "On 14 March 2021, ... 9 fatalities.",
     "country": "NGA", "place": "Gwoza", "lat": 11.09, "lon": 13.69,
     "fatalities": 9, "sub_event": "Armed clash"}

``date`` is passed as the publication date (``--no-published``: none). ``place``/``lat``/``lon``
may be null (no place named); ``fatalities`` 0 for "no fatalities". Every third line (3rd, 6th,
...) is **held out**: its texts and outputs are never printed, only scored.

Scored on the document's main event as ``dyads code --format jsonl`` labels it
(``records.record``: ``main_event`` with the lead, title and publication date):

  country  -- the main event's first source actor's country equals ``country``
  place    -- the main event's place within 25 km of (lat, lon), over notes that name one
  deaths   -- the main event's largest "fatalities" quantity within 20 % of ``fatalities``
              (0 must be 0); ``deaths*`` also counts no count at all as 0 (ACLED's convention)
  sub      -- the main event's ACLED sub-event equals ``sub_event``
  type     -- its ACLED event type equals the gold sub-event's
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

PLACE_KM = 25.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def within(pred: int | None, gold: int, tol: float = 0.2) -> bool:
    if pred is None:
        return False
    return abs(pred - gold) <= tol * gold if gold else pred == 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("notes", type=Path)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong TUNING notes of --what")
    ap.add_argument("--what", choices=("country", "place", "deaths", "sub", "type", "all"), default="all")
    ap.add_argument("--no-published", action="store_true", help="code the notes with no publication date")
    args = ap.parse_args()

    from dyads import pipeline
    from dyads.events import main_event
    from dyads.events.acled_rules import lead_end
    from dyads.events.ontology import load_acled
    from dyads.ingest import document_from_string

    event_type = {name: a.event_type for name, a in load_acled().items()}
    notes = [json.loads(line) for line in args.notes.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [document_from_string(n["text"], published=None if args.no_published else n.get("date"),
                                 doc_id=n["id"], kind="text", source=f"record:{n['id']}") for n in notes]
    score: dict[str, dict[str, int]] = {"tuning": defaultdict(int), "held-out": defaultdict(int)}
    wrong = []
    for i, (note, coded) in enumerate(zip(notes, pipeline.code_documents(docs), strict=True)):
        part = "held-out" if i % 3 == 2 else "tuning"
        s = score[part]
        art = coded.article
        main = main_event(coded.events, lead=lead_end(art.text), title=art.title, published=art.published)
        country = main.source[0].country if main is not None and main.source else None
        place = main.place if main is not None else None
        vals = [q.value for q in main.quantities if q.kind == "fatalities"] if main is not None else []
        deaths = max(vals) if vals else None
        sub = main.acled if main is not None else None
        named = note.get("lat") is not None and note.get("lon") is not None
        ok = {
            "country": country == note["country"],
            "place": named and place is not None and place.lat is not None
            and km(place.lat, place.lon, note["lat"], note["lon"]) <= PLACE_KM,
            "deaths": within(deaths, int(note["fatalities"])),
            "deaths*": within(0 if deaths is None else deaths, int(note["fatalities"])),
            "sub": sub == note["sub_event"],
            "type": sub is not None and event_type.get(sub) == event_type.get(note["sub_event"]),
        }
        s["n"] += 1
        s["named"] += named
        for k, v in ok.items():
            s[k] += bool(v)
        if part == "tuning" and any(not ok[k] for k in (("country", "place", "deaths", "sub") if args.what == "all"
                                                        else (args.what,)) if k != "place" or named):
            wrong.append(f"{note['id']}: country={country}/{note['country']} place="
                         f"{(place.name, place.country) if place else None}/{note.get('place')} deaths={deaths}/"
                         f"{note['fatalities']} sub={sub}/{note['sub_event']} trig={main.trigger if main else '-'}"
                         f"\n    {note['text']}")
    print(f"{'part':9} {'notes':>5} {'actor-1 country':>16} {'place <=25 km':>15} {'deaths 20 %':>12}"
          f" {'deaths* 20 %':>13} {'sub-event':>11} {'event type':>11}")
    for part, s in score.items():
        n = max(1, s["n"])
        print(f"{part:9} {s['n']:>5} {s['country']:>6} = {s['country'] / n:.3f} {s['place']:>3}/{s['named']:<3}"
              f" = {s['place'] / max(1, s['named']):.3f} {s['deaths']:>3} = {s['deaths'] / n:.2f}"
              f" {s['deaths*']:>4} = {s['deaths*'] / n:.2f} {s['sub']:>3} = {s['sub'] / n:.2f}"
              f" {s['type']:>3} = {s['type'] / n:.2f}")
    for line in wrong[: args.show]:
        print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
