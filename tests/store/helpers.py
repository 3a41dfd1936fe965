"""Builders for coded documents and events used by the store tests (no NLP involved)."""

from __future__ import annotations

from dyads.model import (
    Actor,
    Article,
    CodedDocument,
    Event,
    Mention,
    Place,
    RemovedSpan,
    content_hash,
)

ACTORS = {
    "USAGOV": Actor(
        text="Washington",
        name="United States government",
        code="USAGOV",
        country="USA",
        sector="GOV",
        kind="country",
    ),
    "USAMIL": Actor(
        text="US troops",
        name="United States military",
        code="USAMIL",
        country="USA",
        sector="MIL",
        kind="sector",
    ),
    "IRQGOV": Actor(
        text="Baghdad",
        name="Iraqi government",
        code="IRQGOV",
        country="IRQ",
        sector="GOV",
        kind="country",
    ),
    "IRQMIL": Actor(
        text="the Iraqi army",
        name="Iraqi army",
        code="IRQMIL",
        country="IRQ",
        sector="MIL",
        kind="sector",
    ),
    "SYRGOV": Actor(
        text="the Assad regime",
        name="Syrian government",
        code="SYRGOV",
        country="SYR",
        sector="GOV",
        kind="country",
    ),
    "SYRMIL": Actor(
        text="the Syrian army",
        name="Syrian army",
        code="SYRMIL",
        country="SYR",
        sector="MIL",
        kind="sector",
    ),
    "SYRREB": Actor(
        text="the SDF",
        name="Syrian Democratic Forces",
        code="SYRREBKUR",
        country="SYR",
        sector="REB",
        kind="group",
        qualifiers=["KUR"],
    ),
    "RUSGOV": Actor(
        text="Moscow",
        name="Russian government",
        code="RUSGOV",
        country="RUS",
        sector="GOV",
        kind="country",
    ),
    "RUSMIL": Actor(
        text="Russian jets",
        name="Russian military",
        code="RUSMIL",
        country="RUS",
        sector="MIL",
        kind="sector",
    ),
    "ISRMIL": Actor(
        text="Israeli jets",
        name="Israeli military",
        code="ISRMIL",
        country="ISR",
        sector="MIL",
        kind="sector",
    ),
    "SAUGOV": Actor(
        text="Riyadh",
        name="Saudi government",
        code="SAUGOV",
        country="SAU",
        sector="GOV",
        kind="country",
    ),
    "IRNGOV": Actor(
        text="Tehran",
        name="Iranian government",
        code="IRNGOV",
        country="IRN",
        sector="GOV",
        kind="country",
    ),
    "ISIS": Actor(
        text="Isis",
        name="Islamic State",
        code="IMGMUSISI",
        country=None,
        sector="REB",
        kind="group",
    ),
    "QATGOV": Actor(
        text="Doha",
        name="Qatari government",
        code="QATGOV",
        country="QAT",
        sector="GOV",
        kind="country",
    ),
}

PLACES = {
    "Mosul": Place(
        text="Mosul",
        start=0,
        end=5,
        name="Mosul",
        geonameid=99072,
        lat=36.335,
        lon=43.119,
        country="IRQ",
        feature="P.PPLA",
    ),
    "Raqqa": Place(
        text="Raqqa",
        start=0,
        end=5,
        name="Ar Raqqah",
        geonameid=163915,
        lat=35.95,
        lon=39.01,
        country="SYR",
        feature="P.PPLA",
    ),
    "Damascus": Place(
        text="Damascus",
        start=0,
        end=8,
        name="Damascus",
        geonameid=170654,
        lat=33.51,
        lon=36.29,
        country="SYR",
        feature="P.PPLC",
    ),
}

# PLOVER type -> (CAMEO, QuadClass, Goldstein, ACLED sub-event, ACLED type)
CODES = {
    "SUPPORT": ("051", 1, 3.4, None, None),
    "AID": ("070", 2, 7.0, None, None),
    "COOPERATE": ("060", 2, 6.0, None, None),
    "ACCUSE": ("112", 3, -2.0, None, None),
    "THREATEN": ("138", 3, -7.0, None, None),
    "SANCTION": ("163", 4, -8.0, None, None),
    "ASSAULT": ("195", 4, -10.0, "Air/drone strike", "Explosions/Remote violence"),
    "COERCE": ("190", 4, -10.0, "Armed clash", "Battles"),
    "RETREAT": ("080", 2, 5.0, None, None),
}


def event(
    src: str,
    tgt: str,
    plover: str,
    *,
    doc_id: str = "doc",
    n: int = 0,
    sentence: str | None = None,
    date: str | None = None,
    place: str | None = None,
    modality: str = "asserted",
) -> Event:
    cameo, quad, gold, acled, acled_type = CODES[plover]
    s, t = ACTORS[src], ACTORS[tgt]
    sentence = sentence or f"{s.text} {plover.lower()} {t.text}."
    return Event(
        id=f"{doc_id}-e{n}",
        doc_id=doc_id,
        sentence=sentence,
        evidence=(len(s.text) + 1, len(s.text) + 1 + len(plover)),
        trigger=plover.lower(),
        plover=plover,
        cameo=cameo,
        quad_class=quad,
        goldstein=gold,
        acled=acled,
        acled_type=acled_type,
        source=[s],
        target=[t],
        place=PLACES[place] if place else None,
        date=date,
        date_precision="day" if date else None,
        modality=modality,
        confidence=0.8,
        rule=f"test:{plover.lower()}",
    )


def document(
    text: str,
    events_spec: list[tuple],
    *,
    published: str | None = "2017-07-01",
    url: str | None = None,
    site: str | None = None,
) -> CodedDocument:
    """A coded document whose events are given as (src, tgt, plover, {kwargs}) tuples."""
    doc_id = content_hash(text + (url or ""))
    evs = []
    for i, spec in enumerate(events_spec):
        kw = dict(spec[3]) if len(spec) > 3 else {}
        if len(events_spec) == 1:
            kw.setdefault("sentence", text)
        evs.append(event(spec[0], spec[1], spec[2], doc_id=doc_id, n=i, **kw))
    art = Article(
        doc_id=doc_id,
        text=text,
        title=text[:30],
        author="A. Writer",
        published=published,
        published_precision="day" if published else None,
        url=url,
        site=site,
        removed=[RemovedSpan(text="Subscribe to our newsletter", reason="newsletter", line=3)],
    )
    mentions = [
        Mention(start=0, end=len(e.source[0].text), text=e.source[0].text, actor=e.source[0])
        for e in evs
    ]
    places = [e.place for e in evs if e.place]
    return CodedDocument(id=doc_id, article=art, events=evs, places=places, mentions=mentions)
