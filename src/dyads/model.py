"""The plain data that flows between stages.

ingest -> Document -> clean -> Article -> nlp (spaCy Doc) -> actors -> list[Mention]
-> geo -> list[Place] -> events -> list[Event] -> geo -> events with places -> CodedDocument
-> store.

Every class here is a dataclass with ``to_dict()`` so that the same objects travel
through tests, the CLI, the web API and Dask workers, and serialise to JSON.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable document id: sha1 of the NFC-normalised, whitespace-collapsed content (16 hex)."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class Document(_Dict):
    """One raw input as read by ``ingest``: HTML or text plus where it came from."""

    id: str
    content: str
    kind: str = "text"  # "text" | "html"
    source: str = ""  # path, URL, WARC record id, "stdin", "record:<id>"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD when the source gives one
    retrieved: str | None = None  # ISO date: --retrieved, WARC date or file mtime
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class RemovedSpan(_Dict):
    """A piece of the input that the cleaner removed, with the rule that removed it."""

    text: str
    reason: str
    line: int | None = None  # 0-based line number in the input, for scraped text


@dataclass
class Article(_Dict):
    """A clean article body and its metadata, as produced by ``clean``."""

    doc_id: str
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD (or YYYY-MM / YYYY at lower precision)
    published_precision: str | None = None  # day | month | year | None
    url: str | None = None
    source: str = ""
    site: str | None = None
    language: str | None = None
    issue: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Actor(_Dict):
    """A resolved actor. ``code`` is CAMEO-style (country + sector + qualifiers)."""

    text: str
    name: str | None = None  # canonical name ("Iraq", "Islamic State", "Donald Trump")
    code: str | None = None  # "IRQMIL", "USAGOV", "IMGMUSISI", "SYRREB"
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # GOV, MIL, REB, ... (first sector)
    kind: str | None = None  # country | person | group | igo | sector
    qualifiers: list[str] = field(default_factory=list)  # e.g. ["KUR"] ethnic, ["SUN"]
    rule: str | None = None  # which resolver rule produced it


@dataclass
class Mention(_Dict):
    """An actor mention in the article body (char offsets into ``Article.text``)."""

    start: int
    end: int
    text: str
    actor: Actor
    coref: bool = False  # True when resolved through a pronoun/description/acronym
    supporters: list[Actor] = field(default_factory=list)  # "US-backed X" -> [USA]
    leaders: list[Actor] = field(default_factory=list)  # "Kurdish-led X" -> [KUR]


@dataclass
class Place(_Dict):
    """A toponym resolved to a gazetteer entry (offsets into ``Article.text``)."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3
    feature: str | None = None  # GeoNames feature class/code, e.g. "P.PPLA", "A.PCLI"
    score: float | None = None


@dataclass
class Quantity(_Dict):
    kind: str  # fatalities | injured | displaced | arrested | strikes
    value: int
    text: str
    rule: str


# Endings of an event's ``rule`` note when it is coded the PLOVER way with every party a source
# and no target: talks and joint acts, and two-sided fighting (``events.extract``). The store's
# network reads them to pair such an event's sources (``store.network``).
ALL_SOURCES_NOTE = "all are sources (PLOVER)"
EVERY_SIDE_NOTE = "every side is a source (PLOVER)"


@dataclass
class Event(_Dict):
    """One coded event: who did what to whom, where and when, with its evidence."""

    id: str
    doc_id: str
    sentence: str
    evidence: tuple[int, int]  # char offsets of the trigger in the article body
    trigger: str
    plover: str
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled: str | None = None  # ACLED sub-event type
    acled_type: str | None = None  # ACLED event type
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None  # day | month | year | publication | None
    modality: str = "asserted"  # asserted | negated | threatened | hypothetical | intended | attributed
    attribution: Actor | None = None
    confidence: float = 0.5
    rule: str = ""  # the lexicon entry / pattern that made it, readable by a user
    quantities: list[Quantity] = field(default_factory=list)
    implicit: bool = False  # True for events read off modifiers ("US-backed")
    # True for a nominal event that is the prepositional adjunct of another event in its
    # sentence ("seized guns in a raid": the raid is background to the seizing)
    background: bool = False


@dataclass
class CodedDocument(_Dict):
    """What ``dyads.code`` returns: the article, its events and the places found in it.

    Its JSONL record (``dyads code --format jsonl``) is ``dyads.records.record(coded)``."""

    id: str
    article: Article
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    skipped: str | None = None  # reason when the document was not coded (e.g. non-English)
