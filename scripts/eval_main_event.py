"""The main event's actor-1 country, place and fatalities on UCDP GED headlines (issue 17).

    PYTHONPATH=src .venv/bin/python scripts/eval_main_event.py [--n 2000] [--show N] [--what country|place|deaths]

The nearest open stand-in for ACLED coders' notes (which we cannot see): UCDP GED rows in
``shared/train/ucdp_ged`` (training data, used here only to measure). Sample: like
``eval_quantities.py``, headline groups (``group``) ordered by the sha1 of their id, first N taken
(2,000 by default, so that enough headlines name their place). The sample is split by group:
a group whose sha1 ends in one of ``HELD_OUT_DIGITS`` is **held out** -- rules are never tuned
on it, its texts are never printed (``--show`` lists only tuning groups), only its scores.

Scored on the main event of each headline (``dyads.events.main_event``), one row per group
(UCDP often codes one report as several events: a group counts as right when the prediction
fits any of its rows, or for deaths the sum of its rows):

  found    -- a main event at all
  country  -- the country of the main event's first source actor (actor 1) equals the gold
              country: UCDP's side A "Government of X" is X; a non-state side A (a cartel, a
              rebel group, IS, "Civilians" never being side A) has no country of its own in UCDP,
              so the row's ``country`` (where the event happened) is taken as its gold
  place    -- the main event's place is within 25 km of UCDP's point; only on groups with a row
              whose ``location_in_text`` is true (UCDP's location name occurs in the text), scored
              against those rows
  deaths   -- the main event's "fatalities" quantity within 20 % of UCDP's ``best``
              (``eval_quantities.py``'s rule); a headline with no count is wrong
"""

from __future__ import annotations

import argparse
import hashlib
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_quantities import DEFAULT_TRAIN, fatalities, right, sample_groups  # noqa: E402

HELD_OUT_DIGITS = frozenset("0123")  # last hex digit of sha1(group): a quarter of the sample
PLACE_KM = 25.0

# UCDP country names pycountry does not know as such
UCDP_ISO3 = {
    "Bosnia-Herzegovina": "BIH", "DR Congo (Zaire)": "COD", "Ivory Coast": "CIV",
    "Macedonia, FYR": "MKD", "Turkey": "TUR", "Kingdom of eSwatini (Swaziland)": "SWZ",
}


def held_out(group: str) -> bool:
    return hashlib.sha1(group.encode()).hexdigest()[-1] in HELD_OUT_DIGITS


def iso3(name: str | None) -> str | None:
    if not name:
        return None
    if name in UCDP_ISO3:
        return UCDP_ISO3[name]
    import pycountry

    bare = re.sub(r"\s*\(.*?\)", "", name).strip()
    try:
        return pycountry.countries.lookup(bare).alpha_3
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(bare)[0].alpha_3
        except LookupError:
            return None


def gold_country(row: dict) -> str | None:
    side = row.get("side_a") or ""
    if side.startswith("Government of "):
        return iso3(side[len("Government of "):].split(",")[0])
    return iso3(row.get("country"))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def place_right(place, rows: list[dict]) -> bool:
    if place is None or place.lat is None or place.lon is None:
        return False
    return any(km(place.lat, place.lon, r["latitude"], r["longitude"]) <= PLACE_KM for r in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--show", type=int, default=0, help="print this many wrong TUNING groups of --what")
    ap.add_argument("--what", choices=("found", "country", "place", "deaths"), default="country")
    args = ap.parse_args()

    from dyads import pipeline
    from dyads.events import main_event
    from dyads.ingest import document_from_string

    groups = sample_groups(args.train, args.n)
    docs = [document_from_string(g[0]["text"], published=(g[0].get("source_date") or "")[:10] or None,
                                 doc_id=g[0]["group"], kind="text", source=f"record:{g[0]['group']}")
            for g in groups]
    score: dict[str, dict[str, int]] = {"tuning": defaultdict(int), "held-out": defaultdict(int)}
    wrong = []
    for rows, coded in zip(groups, pipeline.code_documents(docs), strict=True):
        part = "held-out" if held_out(rows[0]["group"]) else "tuning"
        s = score[part]
        main = main_event(coded.events)
        src = main.source[0].country if main is not None and main.source else None
        golds = {gold_country(r) for r in rows}
        placed = [r for r in rows if r.get("location_in_text")]
        deaths = fatalities(main) if main is not None else None
        ok = {"found": main is not None, "country": src in golds,
              "place": place_right(main.place if main else None, placed), "deaths": right(deaths, rows)}
        s["n"] += 1
        s["found"] += ok["found"]
        s["country"] += ok["country"]
        s["placed"] += bool(placed)
        s["place"] += bool(placed) and ok["place"]
        s["deaths"] += ok["deaths"]
        if part == "tuning" and not ok[args.what] and (args.what != "place" or placed):
            pred = {"found": None, "country": src, "deaths": deaths,
                    "place": (main.place.name, main.place.country) if main and main.place else None}[args.what]
            gold = {"found": None, "country": sorted(g or "?" for g in golds), "deaths": [r["deaths"] for r in rows],
                    "place": [r["location"] for r in placed]}[args.what]
            trig = f"{main.trigger}/{main.acled}" if main else "-"
            wrong.append(f"  pred={pred} gold={gold} main={trig}  {rows[0]['text'][:150]}")
    print(f"sample: first {args.n} UCDP GED headline groups by sha1; held-out = sha1(group) ends in "
          f"{''.join(sorted(HELD_OUT_DIGITS))}")
    print(f"{'part':9} {'groups':>6} {'found':>13} {'actor-1 country':>17} {'place <=25 km':>19} {'deaths 20 %':>15}")
    for part, s in score.items():
        n, p = s["n"], s["placed"]
        print(f"{part:9} {n:>6} {s['found']:>5} = {s['found'] / n:.3f} {s['country']:>7} = {s['country'] / n:.3f}"
              f" {s['place']:>4}/{p:<4} = {s['place'] / max(1, p):.3f} {s['deaths']:>5} = {s['deaths'] / n:.3f}")
    for line in wrong[: args.show]:
        print(line)


if __name__ == "__main__":
    main()
