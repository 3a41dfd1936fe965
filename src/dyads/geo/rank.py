"""Toponym resolution: pick the gazetteer entry a place name refers to in its document.

Each candidate entry is described by a few features (population, feature class, how the name
matched, the words around the span, and the document context: countries of the actors and of
the other places, first-level regions named elsewhere, "City, State" containers, distance to
the other places) and scored with a linear model. Resolution runs in passes: the first pass
scores without document context, later passes rank every toponym against the countries and
regions that the other toponyms resolved to (each name's own vote left out).

The weights come from ``data/geo/ranker.json`` (a conditional-logit model fitted on the tuning
part of the kit's geo dev sets by ``scripts/train_geo_ranker.py``); ``HAND_WEIGHTS`` below are
the hand-set starting point, used when that file is absent.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dyads.data import path as data_path
from dyads.geo.gazetteer import Candidate, Entry, Gazetteer
from dyads.geo.names import fold

FEATURES = (
    "log_pop",  # log10(population + 10)
    "f_pcli",
    "f_cont",
    "f_adm1",
    "f_adm2",
    "f_adm_other",
    "f_pplc",
    "f_ppla",
    "f_other",
    "k_main",
    "k_alias",
    "k_abbrev",
    "k_variant",
    "k_demonym",  # (alternate name = 0)
    "not_exact",
    "shadowed",
    "abbrev_ctx",
    "admin_word",
    "city_word",
    "container",
    "ctx_country",
    "ctx_country_share",
    "ctx_admin1",
    "ctx_admin1_share",
    "near",
    "log_km_nearest",
    "dominant_country",
)
# Hand-set weights (the starting point; geo/lgl+trnews+gwn dev tuning part, gold spans,
# exact id 0.65 / 0.78 / 0.57 with them).
HAND_WEIGHTS = {
    "log_pop": 1.0,
    "f_pcli": 4.0,
    "f_cont": 4.0,
    "f_adm1": 1.5,
    "f_adm2": -1.0,
    "f_adm_other": -2.0,
    "f_pplc": 1.0,
    "f_ppla": 0.3,
    "f_other": -1.5,
    "k_main": 0.3,
    "k_alias": 0.6,
    "k_abbrev": -4.0,
    "k_variant": 0.2,
    "k_demonym": 0.5,
    "not_exact": -0.7,
    "shadowed": -2.5,
    "abbrev_ctx": 4.5,
    "admin_word": 1.5,
    "city_word": 1.5,
    "container": 6.0,
    "ctx_country": 2.0,
    "ctx_admin1": 1.5,
    "near": 1.0,
}
KIND_RANK = (0, 2, 4, 1, 3, 5)  # best first, as in dyads.geo.build
NEAR_KM = 300.0
N_PASSES = 3  # 1 context-free pass + 2 context passes (more changed nothing on geo dev)
MAX_ANCHORS = 6  # the first places named (geo dev: same accuracy as 12, 30% faster)
TOP_K = 12  # candidates kept after the context-free pass (geo dev: no change from 50)

_ADMIN_WORDS = re.compile(
    r"^\s*(province|governorate|county|state|region|district|oblast|prefecture|parish|"
    r"department|territory)\b",
    re.I,
)
_CITY_BEFORE = re.compile(
    r"\b(city|town|village|capital|port|suburb|township)\s+of\s+$|\bdowntown\s+$", re.I
)
_ADMIN_LAST = re.compile(  # "Oaxaca State", "Sokoto State" given as one span
    r"\s(province|governorate|state|region|oblast|prefecture|department|territory)$", re.I
)
_ADMIN_BEFORE = re.compile(r"\b(province|state|governorate|county|region)\s+of\s+$", re.I)
_WATER_AFTER = re.compile(r"\s+(river|lake|sea|strait|canal)\b", re.I)
_AFTER_COMMA = re.compile(r"[A-Z][\w.]+,\s*$")
_CONTAINER = re.compile(r",\s*([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
# "Ghana's Western Region": a country's possessive right before the name
_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['\u2019]s $")


@dataclass(frozen=True)
class TextSpan:
    start: int
    end: int
    text: str
    label: str = ""  # NER label (GPE/LOC/FAC), "GAZ" for the gazetteer matcher, "" when given


@dataclass
class Context:
    """What the rest of the document says about where it is: votes of the actors' countries
    and of each distinct name's current winner."""

    countries: dict[str, float] = field(default_factory=dict)  # ISO2 -> votes
    admin1: dict[str, float] = field(default_factory=dict)  # GeoNames admin1 code -> votes
    anchors: list[Entry] = field(default_factory=list)  # resolved places (for distance)
    total_countries: float = 0.0
    total_admin1: float = 0.0


@lru_cache(maxsize=1)
def load_weights() -> dict[str, float]:
    """Ranker weights from data/geo/ranker.json, else the hand-set ones."""
    path = data_path("geo/ranker.json")
    if not path.is_file():
        return dict(HAND_WEIGHTS)
    data = json.loads(path.read_text(encoding="utf-8"))
    weights = data.get("weights")
    if not isinstance(weights, dict) or set(weights) - set(FEATURES):
        raise ValueError(f"{path}: 'weights' must map feature names from {FEATURES}")
    return {k: float(v) for k, v in weights.items()}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def approx_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 1% of the great circle below 1,000 km, which is all
    the ranker's distance features need (they are log-scaled and thresholded at 300 km)."""
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) * 0.5))
    y = lat2 - lat1
    return 111.195 * math.sqrt(x * x + y * y)


def _shadowed(cands: Sequence[Candidate]) -> set[int]:
    """Admin units named after a city among the candidates ("Mosul" the city, not Mosul
    District; "Washington" the capital, not the state), when the city matched the name at
    least as well (the city of New York matches "New York" only by an alternate name)."""
    cities = [c for c in cands if c.entry.feature.startswith("P.")]
    out: set[int] = set()
    if not cities:
        return out
    for c in cands:
        e = c.entry
        if not e.feature.startswith("A.ADM"):
            continue
        for city in cities:
            ce = city.entry
            if ce.cc != e.cc or KIND_RANK.index(city.kind) > KIND_RANK.index(c.kind):
                continue
            if ce.key == e.key or (
                ce.admin1 == e.admin1 if e.feature == "A.ADM1" else ce.admin2 == e.admin2
            ):
                out.add(e.row)
                break
    return out


def _containers(text: str, span: TextSpan, gaz: Gazetteer) -> list[Entry]:
    """Regions/countries named right after "X, " (a state or country containing X), or owning it
    right before ("Ghana's Western Region")."""
    m = _CONTAINER.match(text, span.end, min(len(text), span.end + 40))
    if not m:
        owner = _OWNER.search(text, max(0, span.start - 40), span.start)
        if owner is None:
            return []
        return [c.entry for c in gaz.lookup_key(fold(owner.group(1))) if c.entry.feature == "A.PCLI"]
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = gaz.lookup_key(fold(" ".join(words[:n])))
        good = [c.entry for c in found if c.entry.feature in ("A.ADM1", "A.PCLI")]
        if good:
            return good
    return []


@dataclass
class SpanInfo:
    """What the text around one span says (computed once per span)."""

    span: TextSpan
    cands: list[Candidate]
    containers: list[Entry]
    admin_word: bool
    city_word: bool
    after_comma: bool
    _shadowed: set[int] | None = None

    @property
    def shadowed(self) -> set[int]:
        """Admin units shadowed by a same-named city (computed on first use)."""
        if self._shadowed is None:
            self._shadowed = set() if self.admin_word else _shadowed(self.cands)
        return self._shadowed


def span_info(text: str, span: TextSpan, cands: list[Candidate], gaz: Gazetteer) -> SpanInfo:
    before = text[max(0, span.start - 40) : span.start]
    after = text[span.end : span.end + 40]
    admin_word = bool(
        _ADMIN_WORDS.match(after) or _ADMIN_BEFORE.search(before) or _ADMIN_LAST.search(span.text)
    )
    return SpanInfo(
        span,
        cands,
        _containers(text, span, gaz),
        admin_word,
        bool(_CITY_BEFORE.search(before)),
        bool(_AFTER_COMMA.search(before)),
    )


def _feature_flags(feature: str) -> dict[str, float]:
    if feature in ("P.PPL", ""):
        return {}
    if feature.startswith("A.PCL"):
        return {"f_pcli": 1.0}
    if feature == "L.CONT":
        return {"f_cont": 1.0}
    if feature == "A.ADM1":
        return {"f_adm1": 1.0}
    if feature == "A.ADM2":
        return {"f_adm2": 1.0}
    if feature.startswith("A."):
        return {"f_adm_other": 1.0}
    if feature == "P.PPLC":
        return {"f_pplc": 1.0}
    if feature.startswith("P.PPLA"):
        return {"f_ppla": 1.0}
    if feature.startswith("P."):
        return {}
    return {"f_other": 1.0}


_KIND_FEATURE = {0: "k_main", 2: "k_alias", 3: "k_abbrev", 4: "k_variant", 5: "k_demonym"}


def static_features(c: Candidate, info: SpanInfo) -> dict[str, float]:
    """The features of one candidate that do not depend on the rest of the document."""
    e = c.entry
    f = _feature_flags(e.feature)
    f["log_pop"] = math.log10(e.population + 10)
    kf = _KIND_FEATURE.get(c.kind)
    if kf:
        f[kf] = 1.0
    if not c.exact:
        f["not_exact"] = 1.0
    if e.row in info.shadowed:
        f["shadowed"] = 1.0
    if c.kind == 3 and (info.after_comma or "." in info.span.text):
        f["abbrev_ctx"] = 1.0
    if info.admin_word and e.feature.startswith("A.ADM"):
        f["admin_word"] = 1.0
    if info.city_word and e.feature.startswith("P."):
        f["city_word"] = 1.0
    for con in info.containers:
        if con.row != e.row and (
            (con.feature == "A.PCLI" and con.cc == e.cc)
            or (con.feature == "A.ADM1" and con.admin1 == e.admin1)
        ):
            f["container"] = 1.0
            break
    return f


def _own_votes(own: Entry | None) -> tuple[str, str, float]:
    """The country and admin1 votes a name's own winner cast (left out when ranking it)."""
    if own is None:
        return "", "", 0.0
    if own.feature == "A.ADM1":
        return own.cc, own.admin1, 1.0
    if own.admin1 and own.feature.startswith(("P.", "A.ADM")):
        return own.cc, own.admin1, 0.5
    return own.cc, "", 0.0


CONTEXT_FEATURES = (
    "ctx_country",
    "ctx_country_share",
    "dominant_country",
    "ctx_admin1",
    "ctx_admin1_share",
    "near",
    "log_km_nearest",
)


def context_values(
    e: Entry, ctx: Context, own: Entry | None, dist_cache: dict | None = None
) -> tuple[float, ...]:
    """The CONTEXT_FEATURES of one candidate, from the rest of the document (``own``: the
    current winner of the same name, whose votes are left out)."""
    cc_f = share_c = dominant = a1_f = share_a = near = log_km = 0.0
    own_cc, own_a1, own_a1_w = _own_votes(own)
    total_c = ctx.total_countries - (1.0 if own_cc else 0.0)
    if e.cc and total_c > 1e-9:
        votes = ctx.countries.get(e.cc, 0.0) - (1.0 if own_cc == e.cc else 0.0)
        if votes > 1e-9:
            if e.feature not in ("A.PCLI", "L.CONT"):
                cc_f = 1.0
            share_c = votes / total_c
            if share_c >= 0.5:
                dominant = 1.0
    total_a = ctx.total_admin1 - own_a1_w
    if e.admin1 and total_a > 1e-9 and e.feature != "A.ADM1":
        votes = ctx.admin1.get(e.admin1, 0.0) - (own_a1_w if own_a1 == e.admin1 else 0.0)
        if votes > 1e-9:
            a1_f = 1.0
            share_a = votes / total_a
    if ctx.anchors and e.feature[:2] in ("P.", "A."):
        own_row = own.row if own is not None else -1
        ck = (e.row, own_row)
        best = dist_cache.get(ck, -1.0) if dist_cache is not None else -1.0
        if best == -1.0:
            best = min(
                (
                    approx_km(a.lat, a.lon, e.lat, e.lon)
                    for a in ctx.anchors
                    if a.row != e.row and a.row != own_row
                ),
                default=None,
            )
            if dist_cache is not None:
                dist_cache[ck] = best
        if best is not None:
            log_km = math.log10(1.0 + best)
            near = 1.0 if best < NEAR_KM else 0.0
    return (cc_f, share_c, dominant, a1_f, share_a, near, log_km)


def context_features(e: Entry, ctx: Context, own: Entry | None) -> dict[str, float]:
    vals = context_values(e, ctx, own)
    return {k: v for k, v in zip(CONTEXT_FEATURES, vals, strict=True) if v}


def features(
    c: Candidate, info: SpanInfo, ctx: Context | None, own: Entry | None = None
) -> dict[str, float]:
    """All non-zero features of one candidate of one span (for training and inspection)."""
    f = static_features(c, info)
    if ctx is not None:
        f.update(context_features(c.entry, ctx, own))
    return f


def _dot(f: dict[str, float], w: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in f.items())


def build_context(countries: Iterable[str], winners: Iterable[Entry]) -> Context:
    """Context from the actors' countries and each distinct name's current winner."""
    ctx = Context()
    for cc in countries:
        if cc:
            ctx.countries[cc] = ctx.countries.get(cc, 0.0) + 1.0
    for entry in winners:
        cc, a1, a1_w = _own_votes(entry)
        if cc:
            ctx.countries[cc] = ctx.countries.get(cc, 0.0) + 1.0
        if a1:
            ctx.admin1[a1] = ctx.admin1.get(a1, 0.0) + a1_w
        if (entry.feature.startswith("P.") or entry.feature == "A.ADM1") and (
            len(ctx.anchors) < MAX_ANCHORS
        ):
            ctx.anchors.append(entry)
    ctx.total_countries = sum(ctx.countries.values())
    ctx.total_admin1 = sum(ctx.admin1.values())
    return ctx


# The largest value each context feature can take (log_km_nearest: half the earth's girth).
CONTEXT_MAX = {
    "ctx_country": 1.0,
    "ctx_country_share": 1.0,
    "dominant_country": 1.0,
    "ctx_admin1": 1.0,
    "ctx_admin1_share": 1.0,
    "near": 1.0,
    "log_km_nearest": math.log10(1.0 + 20_040.0),
}


@lru_cache(maxsize=8)
def _swing_cached(items: tuple) -> float:
    w = dict(items)
    return sum(abs(w.get(k, 0.0)) * m for k, m in CONTEXT_MAX.items())


def _max_swing(w: dict[str, float]) -> float:
    """How far context features can move two candidates' scores apart, at most."""
    return _swing_cached(tuple(sorted(w.items())))


# Context-free rankings depend only on the name and its surroundings: kept across documents
# (per gazetteer, with the default weights).
STATIC_CACHE_SIZE = 50_000


def _signature(info: SpanInfo) -> tuple:
    """Spans with the same name and the same surroundings rank the same way."""
    return (
        info.span.text,
        info.admin_word,
        info.city_word,
        info.after_comma,
        tuple(c.row for c in info.containers),
        "." in info.span.text,
    )


def resolve_infos(
    infos: Sequence[SpanInfo],
    countries: Iterable[str] = (),
    weights: dict[str, float] | None = None,
    passes: int = N_PASSES,
    cache: dict | None = None,
) -> list[tuple[list[tuple[float, Candidate]], Context | None, Entry | None]]:
    """Rank every span's candidates; returns (ranking, context used, own winner) per span.

    Candidates are scored once without context and pruned to the TOP_K best (the context
    features cannot lift a candidate further); later passes add the context features."""
    w = weights or load_weights()
    countries = list(countries)
    groups: dict[tuple, list[int]] = {}
    for i, info in enumerate(infos):
        groups.setdefault(_signature(info), []).append(i)
    keys = {sig: fold(sig[0]) for sig in groups}
    wc = tuple(w.get(k, 0.0) for k in CONTEXT_FEATURES)
    static: dict[tuple, list[tuple[float, Candidate]]] = {}
    if cache is None or weights is not None:
        cache = {}
    for sig, idx in groups.items():
        info = infos[idx[0]]
        ckey = (sig, len(info.cands), info.cands[0].entry.row if info.cands else -1)
        ranked = cache.get(ckey)
        if ranked is None:
            ranked = [(_dot(static_features(c, info), w), c) for c in info.cands]
            ranked.sort(key=lambda sc: (-sc[0], -sc[1].entry.population))
            if ranked:  # drop candidates that no context could lift to the top
                floor = ranked[0][0] - _max_swing(w)
                ranked = [sc for sc in ranked[:TOP_K] if sc[0] >= floor]
            if len(cache) >= STATIC_CACHE_SIZE:
                cache.clear()
            cache[ckey] = ranked
        static[sig] = ranked
    current = dict(static)
    ctx: Context | None = None
    owns: dict[str, Entry] = {}
    for _ in range(passes - 1):
        new_owns: dict[str, Entry] = {}
        for sig, ranked in current.items():
            if ranked:
                new_owns.setdefault(keys[sig], ranked[0][1].entry)
        if ctx is not None and new_owns == owns:
            break  # same winners, same context: another pass would change nothing
        owns = new_owns
        ctx = build_context(countries, owns.values())
        dist_cache: dict = {}
        nxt = {}
        for sig, ranked in static.items():
            if len(ranked) < 2:
                nxt[sig] = ranked
                continue
            own = owns.get(keys[sig])
            scored = []
            for s0, c in ranked:
                vals = context_values(c.entry, ctx, own, dist_cache)
                scored.append((s0 + sum(a * b for a, b in zip(wc, vals, strict=True)), c))
            scored.sort(key=lambda sc: (-sc[0], -sc[1].entry.population))
            nxt[sig] = scored
        current = nxt
    out: list = [None] * len(infos)
    for sig, idx in groups.items():
        own = owns.get(keys[sig]) if ctx is not None else None
        for i in idx:
            out[i] = (current[sig], ctx, own)
    return out


def resolve_spans(
    text: str,
    spans: Sequence[TextSpan],
    gaz: Gazetteer,
    countries: Iterable[str] = (),
    inner: bool = True,
) -> list[tuple[Entry | None, float]]:
    """Resolve each span of ``text`` to its best entry (or None), using the whole document.
    ``inner``: a span with no entry may resolve through a run of its words (given spans)."""
    cache: dict[str, list[Candidate]] = {}
    infos = []
    for s in spans:
        cands = cache.get(s.text)
        if cands is None:
            cands = cache[s.text] = gaz.lookup(s.text, inner=inner)
        if _WATER_AFTER.match(text, s.end, min(len(text), s.end + 12)):
            # "the Sava river": only a river (or lake, sea) of that name, not a town or region
            cands = [c for c in cands if c.entry.feature.startswith("H.")]
        info = span_info(text, s, cands, gaz)
        owners = {e.cc for e in info.containers if e.feature == "A.PCLI"}
        admin = _ADMIN_LAST.search(s.text)
        if owners and admin and not any(c.entry.cc in owners for c in cands):
            # "Ghana's Western Region": the region of that name in the owning country, though the
            # gazetteer lists the longer name for another country's only
            own = [c for c in gaz.lookup(s.text[:admin.start()], inner=False)
                   if c.entry.cc in owners and c.entry.feature.startswith("A.")]
            if own:
                info = span_info(text, s, own, gaz)
        infos.append(info)
    out: list[tuple[Entry | None, float]] = []
    for ranked, _ctx, _own in resolve_infos(infos, countries, cache=gaz.static_cache):
        out.append((ranked[0][1].entry, ranked[0][0]) if ranked else (None, 0.0))
    return _drop_stray_places(spans, out, set(countries))


STRAY_HOME_NAMES = 3  # distinct place names of one country that make it the document's own
STRAY_HOME_SHARE = 0.6  # ... and their share of the document's distinct resolved names
STRAY_MAX_POP = 1_000_000  # a city this large may be named with no other sign of its country
STRAY_EXACT_MAX_POP = 200_000  # a place under its own name: only a town or region this small is dropped
STRAY_EXACT_HOME_SHARE = 0.7  # ... and only where the home country holds this share of the names


def _drop_stray_places(spans: Sequence[TextSpan], out: list[tuple[Entry | None, float]],
                       countries: set[str]) -> list[tuple[Entry | None, float]]:
    """A story about one country's villages ("Argelia", "Jamundí", "El Plateado", in Cauca) that
    names a village or region the gazetteer knows only in another country ("El Plateado", Mexico),
    with no actor of that country and no other place in it, named the village at home that the
    gazetteer lacks: the foreign namesake, matched under another form of its name, is dropped."""
    names: dict[str, set[str]] = {}
    inner: dict[str, set[str]] = {}  # the places below a country's level ("Bamenda", not "Nigeria")
    for s, (e, _score) in zip(spans, out, strict=True):
        if e is not None and e.cc:
            names.setdefault(e.cc, set()).add(fold(s.text))
            if e.feature != "A.PCLI":
                inner.setdefault(e.cc, set()).add(fold(s.text))
    total = sum(len(v) for v in names.values())
    if not total:
        return out
    home, n = max(((cc, len(v)) for cc, v in names.items()), key=lambda x: x[1])
    if n < STRAY_HOME_NAMES or n < STRAY_HOME_SHARE * total:
        return out
    kept = []
    for s, (e, score) in zip(spans, out, strict=True):
        # (only a name the entry holds in another form: "El Plateado" for "El Plateado de ...",
        # "Potrerito" for "Potreritos"; a place's own main name stays where the ranker put it)
        lone = (e is not None and e.cc and e.cc != home and e.cc not in countries and len(names[e.cc]) == 1
                and e.feature not in ("A.PCLI", "P.PPLC") and not e.feature.startswith(("L.", "H.", "T.")))
        stray = lone and (
            (fold(s.text) != e.key and e.population < STRAY_MAX_POP)
            # ... or a small town or a region under its own name, once, in a story whose places
            # are all another country's ("Mayo" in a report on Cameroon's Far North, "Nyanza" in
            # one on Kisii County): a namesake of a place at home the gazetteer lacks
            or (e.feature in ("P.PPL", "A.ADM1", "A.ADM2") and e.population < STRAY_EXACT_MAX_POP
                and (n >= STRAY_EXACT_HOME_SHARE * total
                     or len(inner.get(home, ())) >= STRAY_EXACT_HOME_SHARE * sum(len(v) for v in inner.values()))))
        kept.append((None, 0.0) if stray else (e, score))
    return kept
