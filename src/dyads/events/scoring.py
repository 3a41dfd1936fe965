"""Learned scores beside the rules: is a candidate a political event, does a page report any,
which ACLED sub-event is it.

Three small logistic-regression models, trained by ``make train`` (``scripts/train_event_models.py``)
and shipped as JSON tables from feature strings (``events/features.py``) to weights:

- ``event_filter.json``: P(the candidate event is a real political event of its coded type);
  it becomes ``Event.confidence`` (the rule and evidence stay as they are);
- ``page_filter.json``: P(the page reports political events at all), from its title and lead.
  a page below ``PAGE_THRESHOLD`` yields no events, and its record says ``political`` (the
  probability) so the user sees why;
- ``acled_type.json``: a multinomial model over the 25 ACLED sub-event types and "none"; where
  its top class differs from the rules' ``Event.acled`` with probability at or above the
  threshold chosen on our CASE tuning part (``meta.threshold``), it replaces the label and says
  so in ``Event.rule`` (docs/decisions/0005-learned-acled-types.md).

Inference is a dictionary lookup and a sum per candidate (for the ACLED model, one numpy sum of
the feature rows of its weight table): no model download.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

import numpy as np
from spacy.tokens import Doc

from dyads.data import read_json
from dyads.docmemo import doc_lemmas, doc_lowers, doc_text
from dyads.errors import DyadsError
from dyads.events import ontology
from dyads.events.cues import load_cues
from dyads.events.features import acled_features, doc_features, event_features
from dyads.events.make import FORCES_MOVED_RULE
from dyads.events.sentences import sentence_index_at
from dyads.events.speech_acts import HOSTILE_ANSWER_NOTE
from dyads.model import Article, Event

# Measured on our tuning and held-out parts (BENCHMARKS.md, docs/decisions/0004-learned-event-layer.md):
# the page filter removes every event of the non-political pages and costs no political page, so
# it is on by default. The event filter drops, by default, only events that also lack a source or
# a target and score under ``DEFAULT_MIN_CONFIDENCE`` (a word read in another sense, a generic
# mention): no held-out figure got worse, PLOVER is unchanged, and fully attributed events
# (which the filter sometimes misjudges: a planned bloc of two states) stay. ``--min-confidence``
# given by the user applies to every event.
DEFAULT_MIN_CONFIDENCE = 0.5
PAGE_THRESHOLD = 0.2
# A page naming this many distinct words of game reports is a sports report unless the page
# model gives it at least SPORTS_PAGE_MIN ("FIFA officials arrested" stays political).
SPORTS_TERMS = 3
SPORTS_PAGE_MIN = 0.9
# One more distinct word of game reports and the page model must be all but certain (a match report
# with a score, "Premier League", "derby" and "scored twice" is sport, whatever clubs it names).
SPORTS_STRONG_TERMS = 4
SPORTS_STRONG_PAGE_MIN = 0.98
# Likewise a page naming this many distinct words of weather and natural hazards is a weather
# report unless the page model gives it at least WEATHER_PAGE_MIN (a flood page on which troops
# fire on protesters stays political).
WEATHER_TERMS = 3
WEATHER_PAGE_MIN = 0.6
# With one more, the page model must be surer still (floods, a landslide and torrential rain with
# the navy evacuating families is a disaster report; troops firing on flood protesters stay news).
WEATHER_STRONG_TERMS = 4
WEATHER_STRONG_PAGE_MIN = 0.9
# ... and with WEATHER_DECISIVE_TERMS of them (a wildfire page: blaze, firefighters, gusts, the
# weather service) only when the page model is all but certain; aid from abroad still makes it news.
WEATHER_DECISIVE_TERMS = 6
WEATHER_DECISIVE_PAGE_MIN = 0.97
# And a page naming this many distinct words of film, book, music and stage reviews is a review
# (its plot's wars and threats are fiction) unless the page model is all but certain (a film's
# director arrested, a ban on a novel: the arrest and the ban read as politics).
CULTURE_TERMS = 3
CULTURE_PAGE_MIN = 0.98
# ... and a page with CULTURE_STRONG_TERMS of them (an exhibition of war planes, its curator,
# gallery and museum) only when the page model is surer still: its war words are the exhibits'.
CULTURE_STRONG_TERMS = 4
CULTURE_STRONG_PAGE_MIN = 0.998
# ... and a page with CULTURE_DECISIVE_TERMS of them is a review whatever the page model says (a
# war game's review: "PlayStation", "strategy game", "the studio", under a "Review:" headline).
CULTURE_DECISIVE_TERMS = 5
# A page naming this many distinct words of wildlife and nature is an animal story (a pride of lions
# raiding a village's cattle) unless the page model is all but certain.
WILDLIFE_TERMS = 3
WILDLIFE_PAGE_MIN = 0.999
# A page naming this many distinct words of private quarrels (a garden fence, a landlord, a divorce)
# is a neighbours' or family dispute unless the page model is all but certain.
PRIVATE_TERMS = 3
PRIVATE_PAGE_MIN = 0.99
# ... and a page with PRIVATE_DECISIVE_TERMS of them (a farmer tried by a jury for shooting his brother
# over the family farm) whatever the page model says: its violence is a crime between kin.
PRIVATE_DECISIVE_TERMS = 6
# A page naming this many distinct words of drills and simulations (a scenario, fictional attackers,
# a mock ransom note) is a rehearsal unless the page model is all but certain.
SIMULATION_TERMS = 4
SIMULATION_PAGE_MIN = 0.97
# A page naming this many distinct words of travel guides, recipes and consumer products (an
# itinerary, a tablespoon, a warranty) is a guide, a recipe or a product launch unless the page model
# is all but certain.
LIFESTYLE_TERMS = 4
LIFESTYLE_PAGE_MIN = 0.99


@dataclass(frozen=True)
class LinearModel:
    """A binary logistic regression over feature strings."""

    name: str
    bias: float
    weights: dict[str, float]
    meta: dict

    def prob(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, set(features), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _read_model(name: str) -> dict:
    """The JSON of a shipped model by file stem, or a clear error naming the fix."""
    try:
        return read_json(f"events/models/{name}.json")
    except (FileNotFoundError, json.JSONDecodeError) as exc:
        raise DyadsError(f"learned model {name!r} is missing or unreadable ({exc}); run `make train`") from None


@lru_cache(maxsize=4)
def load_model(name: str) -> LinearModel:
    """A shipped model by file stem (``event_filter``, ``page_filter``)."""
    data = _read_model(name)
    return LinearModel(name=name, bias=float(data["bias"]), weights=data["weights"], meta=data.get("meta", {}))


@dataclass(frozen=True)
class MultinomialModel:
    """A multinomial logistic regression over feature strings: per class a bias and a table."""

    name: str
    classes: tuple[str, ...]
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]
    meta: dict

    def probs(self, features: list[str]) -> dict[str, float]:
        index, table = _dense(self)
        # row 0 is the bias, then one row per distinct known feature; numpy adds the rows in
        # order ((bias + w1) + w2 ...), as a loop over the features would
        z = np.add.reduce(table[[0, *filter(None, map(index.get, set(features)))]]).tolist()
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return dict(zip(self.classes, [v / total for v in e], strict=True))


# model (by id, kept alive with it) -> feature -> row of a (features + 1) x classes table of
# weights whose row 0 is the bias: a text's ~100 features are summed in one numpy call
_DENSE: dict[int, tuple[MultinomialModel, dict[str, int], np.ndarray]] = {}


def _dense(model: MultinomialModel) -> tuple[dict[str, int], np.ndarray]:
    got = _DENSE.get(id(model))
    if got is None or got[0] is not model:
        features = sorted({f for c in model.classes for f in model.weights.get(c, {})})
        index = {f: i for i, f in enumerate(features, start=1)}
        table = np.zeros((len(features) + 1, len(model.classes)))
        for j, c in enumerate(model.classes):
            table[0, j] = model.bias.get(c, 0.0)
            for f, w in model.weights.get(c, {}).items():
                table[index[f], j] = w
        got = _DENSE[id(model)] = (model, index, table)
    return got[1], got[2]


NO_ACLED = "none"
# ACLED: a riot needs the demonstrators' own violence. The CASE texts the model learns from pair
# police tear gas with riots (3 "Protest with intervention" texts in 320), so without a word of
# protesters' violence in the text (the rules' cue lists, as features) the model may not make one.
RIOTS = frozenset({"Violent demonstration", "Mob violence"})
RIOT_CUES = frozenset({"sc_protest=violent_by_protesters", "sc_protest=mob",
                       "dc_protest=violent_by_protesters", "dc_protest=mob"})


def acled_change_allowed(label: str, features) -> bool:
    """Whether the model may give an event ``label`` (the codebook's hard conditions)."""
    return label not in RIOTS or not RIOT_CUES.isdisjoint(features)


@lru_cache(maxsize=2)
def load_multinomial(name: str) -> MultinomialModel:
    """A shipped multinomial model by file stem (``acled_type``)."""
    data = _read_model(name)
    return MultinomialModel(name=name, classes=tuple(data["classes"]), bias=data["bias"],
                            weights=data["weights"], meta=data.get("meta", {}))


def relabel_acled(ev: Event, doc: Doc, sent_index: int | None = None,
                  threshold: float | None = None, event_feats: list[str] | None = None) -> Event:
    """Replace the rules' ACLED sub-event by the model's when the model is sure enough.
    ``event_feats``: ``event_features(ev, doc, sent_index)`` when the caller has them."""
    model = load_multinomial("acled_type")
    if threshold is None:
        threshold = float(model.meta.get("threshold", 1.01))
    if ev.acled is None and not model.meta.get("label_unlabelled", False):
        return ev
    feats = (acled_features(ev, doc, sent_index) if event_feats is None
             else acled_features(ev, doc, sent_index, event_feats=event_feats))
    probs = model.probs(feats)
    top = max(model.classes, key=lambda c: (probs[c], c))
    if top == NO_ACLED or top == ev.acled or probs[top] < threshold or not acled_change_allowed(top, feats):
        return ev
    ev.acled = top
    row = ontology.load_acled().get(top)
    ev.acled_type = row.event_type if row else None
    ev.rule += f"; acled model: {top} p={probs[top]:.2f}"
    return ev


def page_probability(article: Article, doc: Doc) -> float:
    return load_model("page_filter").prob(doc_features(article, doc))


def weather_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of weather reports (``weather_words`` in cues.yaml) that the page uses,
    its headline included ("Floods kill 18 ...")."""
    return _words_on_page(doc, title, load_cues().weather_words)


def culture_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of film, book, music and stage reviews (``culture_words``) the page uses,
    its headline included; a headline that says it is a review ("Review: ...", "Film review: ...")
    counts as one more."""
    found = _words_on_page(doc, title, load_cues().culture_words)
    headline = title or doc_text(doc).lstrip().split("\n", 1)[0]  # (a text file's first line is its headline)
    if REVIEW_HEADLINE.match(headline):
        found.add("review:")
    return found


# "Review: ...", "Film review: ...", "Game Review - ...": the headline of a review.
REVIEW_HEADLINE = re.compile(r"\s*(?:\w+\s+)?review\s*[:\-\u2013\u2014]", re.IGNORECASE)


def private_dispute_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of private quarrels between households (``private_dispute_words``) the page uses."""
    return _words_on_page(doc, title, load_cues().private_dispute_words)


def wildlife_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of wildlife and nature stories (``wildlife_words``) the page uses."""
    return _words_on_page(doc, title, load_cues().wildlife_words)


# The page-kind reports of ``score_events`` (a page so read is never made political again).
def lifestyle_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of travel guides, recipes and consumer products (``lifestyle_words``) the page uses."""
    return _words_on_page(doc, title, load_cues().lifestyle_words)


def simulation_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of drills and simulations (``simulation_words``) the page uses."""
    return _words_on_page(doc, title, load_cues().simulation_words)


REPORT_KEYS = ("sports_report", "weather_report", "culture_report", "wildlife_report", "private_dispute",
               "lifestyle_report", "simulation_report")
# Acts by which states deal with each other (talks, deals, aid, demands, sanctions, charges).
DEALING_TYPES = frozenset({"CONSULT", "AGREE", "AID", "COOPERATE", "SANCTION", "REQUEST", "REJECT", "ACCUSE",
                           "THREATEN", "SUPPORT", "CONCEDE", "RETREAT"})
STATE_SIDE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "ELI"})
LEAD_SENTENCES = 2  # the body's first sentences (a dateline parsed apart counts as one)


def states_in_lead(events: list[Event], doc: Doc) -> bool:
    """An act told as a fact in the lead between two states, or a state and an intergovernmental
    body ("Argentina's government and the IMF resumed negotiations"): the page reports politics."""
    for ev in events:
        if (ev.plover not in DEALING_TYPES or ev.modality != "asserted"
                or sentence_index_at(doc, ev.evidence[0]) >= LEAD_SENTENCES):
            continue
        sides = [a for a in ev.source if _state_side(a)], [a for a in ev.target if _state_side(a)]
        if not sides[0] or not sides[1]:
            continue
        src = {a.country or a.code for a in sides[0]}
        tgt = {a.country or a.code for a in sides[1]}
        if src.isdisjoint(tgt):
            return True
    return False


def protest_on_the_state_in_lead(events: list[Event], doc: Doc, title: str | None) -> bool:
    """The headline names a strike or protest, and the lead tells one, as a fact, by people who
    are not the state against an organ of the state (a city's workers against the city)."""
    if not title or not HEADLINE_PROTEST.search(title):
        return False
    return any(ev.plover == "PROTEST" and ev.modality == "asserted"
               and sentence_index_at(doc, ev.evidence[0]) < PROTEST_LEAD_SENTENCES
               and ev.source and not any(a.sector in STATE_SIDE_SECTORS for a in ev.source)
               and any(a.sector in STATE_SIDE_SECTORS for a in ev.target)
               for ev in events)


PROTEST_LEAD_SENTENCES = 5  # a feature's lead may open with a scene before it names the strike
# Headline words of strikes and protests ("Denver city workers strike", "Farmers protest ...").
HEADLINE_PROTEST = re.compile(r"\b(?:strik\w*|walk(?:out|ed out|s out)|protest\w*|rall(?:y|ies|ied)|march\w*|"
                              r"picket\w*|demonstrat\w*)\b", re.IGNORECASE)


def _state_side(a) -> bool:
    """A state or an intergovernmental body named as such: its name, its capital, or one of its
    organs named with its country ("Argentina's government"), not a word whose country the
    sentence lent it ("a delegation") nor a nationality adjective ("South Korean")."""
    rule = a.rule or ""
    if "; " in rule or rule.startswith("coref:"):
        return False  # (a country lent by the sentence, the article, or a word referring back)
    if a.kind == "igo" or rule in ("kb:country", "kb:capital"):
        return True
    return a.country is not None and a.sector in STATE_SIDE_SECTORS and rule.startswith("descriptor:country")


def foreign_aid(events: list[Event]) -> bool:
    """One state's aid to another among the events ("Japan pledged aid to Bangladesh", "India sent
    relief ships"): a disaster page that reports it reports politics (CAMEO 07)."""
    for ev in events:
        if ev.plover != "AID":
            continue
        givers = {a.country for a in ev.source if a.country}
        takers = {a.country for a in ev.target if a.country}
        if givers and takers and givers.isdisjoint(takers):
            return True
    return False


def _words_on_page(doc: Doc, title: str | None, words: frozenset[str]) -> set[str]:
    """The distinct terms of ``words`` the page and its headline use."""
    return _page_terms(doc, words) | _title_terms(title, words)


def _title_terms(title: str | None, words: frozenset[str]) -> set[str]:
    """The terms of ``words`` in a headline, which the parsed page may not hold: its words, singular
    or plural, and its pairs of words."""
    found: set[str] = set()
    seq = [w.strip("\"'“”‘’.,:;!?()") for w in (title or "").lower().split()]
    for w in seq:
        found |= {x for x in (w, w[:-1] if w.endswith("s") else w) if x in words}
    found |= {f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False) if f"{a} {b}" in words}
    return found


def sports_terms(doc: Doc, title: str | None = None) -> set[str]:
    """The distinct words of game reports (``sports_words`` in cues.yaml) that the page uses, its
    headline included ("Champions League: ...")."""
    found = _words_on_page(doc, title, load_cues().sports_words)
    if _has_game_score(_split_scores(doc_lemmas(doc)), load_cues().score_words):
        found.add("scoreline")
    return found


SCORE_REACH = 5  # words between a result word and the score ("beat holders Real Madrid 2-0")
GAME_SCORE = re.compile(r"^(\d{1,2})[-–](\d{1,2})$")


def _split_scores(lemmas: list[str]) -> list[str]:
    """The lemmas with a score the tokenizer kept whole ("2-0") split as "2", "-", "0"."""
    out: list[str] = []
    for w in lemmas:
        m = GAME_SCORE.match(w)
        out.extend((m.group(1), "-", m.group(2)) if m else (w,))
    return out


def _page_terms(doc: Doc, words: frozenset[str]) -> set[str]:
    """The distinct terms of ``words`` the page uses."""
    lemmas = doc_lemmas(doc)
    found = {w for w in lemmas if w in words}
    # two-word terms, read off lemmas and word forms ("scoring twice": the tagger may keep "scoring"),
    # and hyphenated ones, which the tokenizer splits ("half - time")
    for seq in (lemmas, doc_lowers(doc)):
        found |= {f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False) if f"{a} {b}" in words}
        found |= {f"{a}-{c}" for a, b, c in zip(seq, seq[1:], seq[2:], strict=False) if b == "-" and f"{a}-{c}" in words}
    return found


def _has_game_score(lemmas: list[str], score_words: frozenset[str]) -> bool:
    """A game's score ("4-0", "2 - 1") with a result word among the ``SCORE_REACH`` words before it
    or the one after it ("beat them 4-0", "beat holders Real Madrid 2-0", "a 3-1 win"); a vote
    ("ruled 6-3") has none."""
    for i in range(1, len(lemmas) - 1):
        if lemmas[i] != "-" or not _goals(lemmas[i - 1]) or not _goals(lemmas[i + 1]):
            continue
        near = lemmas[max(0, i - SCORE_REACH - 1):i - 1] + lemmas[i + 2:i + 3]
        if not score_words.isdisjoint(near):
            return True
    return False


def _goals(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


def score_events(events: list[Event], doc: Doc, article: Article) -> list[Event]:
    """Set each event's ``confidence`` (and, where the ACLED model is sure, its sub-event) from the
    learned layer; mark the page political or not. A sports report (``SPORTS_TERMS`` or more words
    of game reports) counts as political only when the page model is sure (``SPORTS_PAGE_MIN``; with
    ``SPORTS_STRONG_TERMS`` words, ``SPORTS_STRONG_PAGE_MIN``), a weather report (``WEATHER_TERMS`` words of weather and hazards) only above ``WEATHER_PAGE_MIN`` (with
    ``WEATHER_STRONG_TERMS``, ``WEATHER_STRONG_PAGE_MIN``; with ``WEATHER_DECISIVE_TERMS``,
    ``WEATHER_DECISIVE_PAGE_MIN``), and a
    review of a film, book, music or play, or an exhibition (``CULTURE_TERMS`` words) only above
    ``CULTURE_PAGE_MIN`` (with ``CULTURE_STRONG_TERMS``, ``CULTURE_STRONG_PAGE_MIN``), and an animal
    or laboratory-science story (``WILDLIFE_TERMS`` words) only above ``WILDLIFE_PAGE_MIN``, a private quarrel
    (``PRIVATE_TERMS`` words) only above ``PRIVATE_PAGE_MIN`` (with ``PRIVATE_DECISIVE_TERMS``, never), a
    travel guide, recipe or product launch (``LIFESTYLE_TERMS`` words) only above ``LIFESTYLE_PAGE_MIN``, a
    drill or simulation (``SIMULATION_TERMS`` words) only above ``SIMULATION_PAGE_MIN``; a page with weather words that
    the model would drop stays political when one state gives another aid in it (``foreign_aid``),
    and so does one whose lead tells states dealing with each other (``states_in_lead``) or, under a
    strike or protest headline, a protest against the state (``protest_in_lead``)."""
    page = page_probability(article, doc)
    sport = sports_terms(doc, article.title)
    if _report(article, "sports_report", sport, page, SPORTS_TERMS, SPORTS_PAGE_MIN, SPORTS_STRONG_TERMS,
               SPORTS_STRONG_PAGE_MIN):
        page = min(page, PAGE_THRESHOLD / 2)
    weather = weather_terms(doc, article.title)
    weather_min = WEATHER_STRONG_PAGE_MIN if len(weather) < WEATHER_DECISIVE_TERMS else WEATHER_DECISIVE_PAGE_MIN
    if _report(article, "weather_report", weather, page, WEATHER_TERMS, WEATHER_PAGE_MIN, WEATHER_STRONG_TERMS,
               weather_min):
        page = min(page, PAGE_THRESHOLD / 2)
    culture = culture_terms(doc, article.title)
    culture_min = CULTURE_STRONG_PAGE_MIN if len(culture) < CULTURE_DECISIVE_TERMS else float("inf")
    if _report(article, "culture_report", culture, page, CULTURE_TERMS, CULTURE_PAGE_MIN, CULTURE_STRONG_TERMS,
               culture_min):
        page = min(page, PAGE_THRESHOLD / 2)
    wildlife = wildlife_terms(doc, article.title)
    if _report(article, "wildlife_report", wildlife, page, WILDLIFE_TERMS, WILDLIFE_PAGE_MIN, WILDLIFE_TERMS,
               WILDLIFE_PAGE_MIN):
        page = min(page, PAGE_THRESHOLD / 2)
    elif _report(article, "private_dispute", private_dispute_terms(doc, article.title), page, PRIVATE_TERMS,
                 PRIVATE_PAGE_MIN, PRIVATE_DECISIVE_TERMS, float("inf")):
        page = min(page, PAGE_THRESHOLD / 2)
    elif _report(article, "lifestyle_report", lifestyle_terms(doc, article.title), page, LIFESTYLE_TERMS,
                 LIFESTYLE_PAGE_MIN, LIFESTYLE_TERMS, LIFESTYLE_PAGE_MIN):
        page = min(page, PAGE_THRESHOLD / 2)
    elif _report(article, "simulation_report", simulation_terms(doc, article.title), page, SIMULATION_TERMS,
                 SIMULATION_PAGE_MIN, SIMULATION_TERMS, SIMULATION_PAGE_MIN):
        page = min(page, PAGE_THRESHOLD / 2)
    elif page < PAGE_THRESHOLD and weather and foreign_aid(events):
        # a storm or a quake to which other states send aid: the aid is news of politics
        article.meta["foreign_aid"] = True
        page = PAGE_THRESHOLD
    elif (page < PAGE_THRESHOLD and not any(k in article.meta for k in REPORT_KEYS)
          and states_in_lead(events, doc)):
        # "Argentina's government and the IMF resumed negotiations ...": a page that opens with
        # states dealing with each other reports politics, however much of it is about money
        article.meta["states_in_lead"] = True
        page = PAGE_THRESHOLD
    elif (page < PAGE_THRESHOLD and not any(k in article.meta for k in REPORT_KEYS)
          and protest_on_the_state_in_lead(events, doc, article.title)):
        # "Denver city workers strike ...": a headline strike or protest that the lead tells against
        # the state is political news, however much of it is about pay
        article.meta["protest_in_lead"] = True
        page = PAGE_THRESHOLD
    article.meta["political"] = round(page, 3)
    if not events:
        return events
    model = load_model("event_filter")
    for ev in events:
        si = sentence_index_at(doc, ev.evidence[0])
        feats = event_features(ev, doc, si)
        ev.confidence = round(model.prob(feats), 3)
        relabel_acled(ev, doc, si, event_feats=feats)  # (the ACLED model reads the same strings first)
    return events


def _report(article: Article, key: str, terms: set[str], page: float, few: int, few_min: float, many: int,
            many_min: float) -> bool:
    """The page is a report of one kind (``few`` or more of its words, ``terms``) that the page model
    is not sure enough of (``few_min``; with ``many`` or more words, ``many_min``): the words go
    into ``article.meta[key]``."""
    if len(terms) < few or page >= (many_min if len(terms) >= many else few_min):
        return False
    article.meta[key] = sorted(terms)
    return True


def _attributed(ev: Event) -> bool:
    """The event names who did it to whom: a source and a target, or (talks, meetings, two-sided
    fighting, coded the PLOVER way) two parties or more of different countries as its source, or
    a state that deploys its named forces (which are no target: ``forces_moved``)."""
    return (bool(ev.source and ev.target) or len({a.country for a in ev.source if a.country}) >= 2
            or _explicit_threat(ev)
            or (ev.plover == "MOBILIZE" and any(a.country for a in ev.source) and FORCES_MOVED_RULE in (ev.rule or "")))


def _explicit_threat(ev: Event) -> bool:
    """A threat by a named state or party whose warning foretells its own hostile answer ("warned that
    anyone who storms State House will be met with the full force of the law"): those threatened are
    "anyone who ...", so it names no target, and it is a threat all the same."""
    return (ev.plover == "THREATEN" and ev.modality == "threatened" and any(a.country for a in ev.source)
            and HOSTILE_ANSWER_NOTE in (ev.rule or ""))


def keep_confident(events: list[Event], article: Article, min_confidence: float | None) -> list[Event]:
    """Events at or above ``min_confidence``; with None (the default), events under
    ``DEFAULT_MIN_CONFIDENCE`` go only when they are not fully attributed (``_attributed``). None
    on a non-political page."""
    if article.meta.get("political", 1.0) < PAGE_THRESHOLD:
        return []
    if min_confidence is None:
        return [e for e in events if e.confidence >= DEFAULT_MIN_CONFIDENCE or _attributed(e)]
    return [e for e in events if e.confidence >= min_confidence]
