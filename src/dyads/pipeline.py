"""Composes the stages: the one place that knows their order.

    Document --clean--> Article --nlp--> spaCy Doc --actors--> [Mention]
             --geo.geoparse--> [Place] --events--> [Event] --geo.locate--> event.place --> CodedDocument

Places are found before the events because event targets come from places (the events stage
takes them as plain ``Place`` data); locating the events needs the events.

No stage imports another stage's internals, the store, the CLI or the web layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from dyads import actors, clean, events, geo, ingest, nlp
from dyads.actors import people, petrarch, quotes
from dyads.actors.seats import seat_of_named_body
from dyads.datelines import byline_country, statement_issuer
from dyads.events import (
    custody,
    dating,
    home_country,
    hyphen_verbs,
    merge,
    metonymy,
    place_targets,
    quantities,
    reactions,
    scoring,
    tallies,
    verb_patterns,
)
from dyads.events.extract import drop_ended_ties, drop_side_mentions, drop_unanchored, drop_unsaid
from dyads.geo import capitals, country_places
from dyads.model import Actor, CodedDocument, Document


def code_document(doc: Document, actor_kb=None, min_confidence: float | None = None, verbs=None,
                  memory=None) -> CodedDocument:
    """Code one ingested document. ``actor_kb``: an actor knowledge base other than the default;
    ``min_confidence``: drop events the learned layer scores below it (None: the default);
    ``verbs``: a user's PETRARCH/TABARI verb, discard and issue dictionaries
    (``events.verb_dictionary.load``), applied after the built-in coding; ``memory``: an
    ``actors.memory.RunMemory`` whose KB is used (instead of ``actor_kb``) and which learns from
    the document."""
    article = clean.clean(doc)
    if article.meta.get("skip"):
        return CodedDocument(id=doc.id, article=article, skipped=article.meta["skip"])
    parsed = nlp.parse(article.text)
    return _remembered(memory, doc, article, parsed, actor_kb, min_confidence=min_confidence, verbs=verbs)


def _remembered(memory, doc: Document, article, parsed, actor_kb, **kw) -> CodedDocument:
    """Code a parsed document with the run memory's KB (when there is one), then let it learn."""
    if memory is None:
        return _code_parsed(doc, article, parsed, actor_kb, **kw)
    coded = _code_parsed(doc, article, parsed, memory.kb(), **kw)
    memory.learn(coded)
    return coded


def code_documents(docs: Iterable[Document], batch_size: int = 16, actor_kb=None,
                   min_confidence: float | None = None, verbs=None, memory=None) -> Iterator[CodedDocument]:
    """Code many documents, parsing them in batches with ``nlp.pipe`` (faster than one by one).
    With a ``memory`` (``actors.memory.RunMemory``) each document uses the actors learned from the
    documents before it."""
    batch: list = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, actor_kb, min_confidence, verbs, memory)
            batch = []
    if batch:
        yield from _code_batch(batch, actor_kb, min_confidence, verbs, memory)


def _code_batch(docs: list[Document], actor_kb=None, min_confidence=None, verbs=None,
                memory=None) -> Iterator[CodedDocument]:
    cleaned = [(doc, clean.clean(doc)) for doc in docs]
    todo = [(d, a) for d, a in cleaned if not a.meta.get("skip")]
    parsed = dict(zip((id(a) for _, a in todo), nlp.parse_many(a.text for _, a in todo), strict=True))
    for doc, article in cleaned:
        if article.meta.get("skip"):
            yield CodedDocument(id=doc.id, article=article, skipped=article.meta["skip"])
        else:
            yield _remembered(memory, doc, article, parsed[id(article)], actor_kb,
                              min_confidence=min_confidence, verbs=verbs)


def _statement_issuer(article, kb) -> Actor | None:
    """The state body whose statement the page is, named in a header the cleaner removed."""
    found = statement_issuer(getattr(article, "removed", None) or [], kb.place_country)
    if found is None:
        return None
    iso, body = found
    return Actor(text=body, name=body, code=f"{kb.cameo(iso)}GOV", country=iso, sector="GOV", kind="sector",
                 rule=f"the statement's issuer ('{body}')")


def _code_parsed(doc: Document, article, parsed, actor_kb=None, min_confidence: float | None = None,
                 learned: bool = True, verbs=None) -> CodedDocument:
    kb = actor_kb or actors.KB.default()
    mentions = quotes.quote_speakers(parsed, people.unknown_people(parsed, actors.resolve(parsed, article, kb=kb)),
                                     issuer=_statement_issuer(article, kb))
    places = capitals.capital_places(parsed, article.text, geo.geoparse(parsed, article, mentions))
    mentions = people.drop_places(mentions, [(p.start, p.end) for p in places], [p.country for p in places], article.text)
    places = home_country.drop_lone_namesakes(places, mentions, article.text)
    evs = events.extract(parsed, article, mentions, places, country_code=kb.cameo)
    evs = hyphen_verbs.hyphen_verb_subjects(custody.custody_killings(evs, parsed, mentions, article), parsed, mentions)
    if verbs is not None:  # the user's PETRARCH/TABARI verb patterns, discards and issues
        agents = partial(petrarch.agents_in, kb=kb) if kb.user_agents else None
        evs = verb_patterns.apply(evs, parsed, article, mentions, verbs, agents=agents)
    evs = place_targets.visits_by_place(geo.locate(evs, places, parsed, mentions), parsed, places)
    evs = metonymy.drop_place_modifiers(evs, parsed, mentions, places)
    evs = merge.merge_mentions(evs, parsed)
    named_codes = [m.actor.code for m in mentions]
    filed = byline_country(article.removed, kb.place_country, places,  # ("Correspondent | Dhaka | ...")
                           seat=lambda f: seat_of_named_body(f, named_codes))
    evs = home_country.fill_home_countries(evs, mentions, places, parsed, country_code=kb.cameo, filed=filed)
    evs = reactions.sources_of_reported_kills(reactions.sources_from_claims(evs, parsed, mentions), parsed, mentions)
    evs = reactions.target_rementions(reactions.target_reactions(evs, parsed, mentions), parsed)
    evs = reactions.target_retaliation(reactions.target_returned_fire(evs, parsed), parsed)
    evs = reactions.target_continued_threats(reactions.accusations_of_violation(evs, parsed), parsed)
    evs = reactions.target_denials(reactions.target_release_calls(evs, parsed), parsed)
    evs = reactions.target_refusals(evs, parsed)
    evs = place_targets.anti_slogan_targets(evs, parsed, country_code=kb.cameo, nationality=kb.nationality)
    evs = country_places.places_from_actors(evs)
    evs = tallies.drop_tallies(drop_ended_ties(drop_side_mentions(drop_unanchored(evs, parsed), parsed), parsed), parsed)
    evs = dating.drop_history(drop_unsaid(evs, parsed))
    if learned:  # off only when the training script collects the rules' candidates
        evs = scoring.keep_confident(scoring.score_events(evs, parsed, article), article, min_confidence)
    # (after the learned filter, which judges a protest as the rules left it)
    evs = place_targets.protest_targets(evs, country_code=kb.cameo)
    evs = quantities.none_reported(quantities.note_tolls(evs, parsed), parsed)  # a note's toll; ACLED's 0
    return CodedDocument(id=doc.id, article=article, events=evs, places=places, mentions=mentions)


def code(text_or_html: str, published: str | None = None, url: str | None = None) -> CodedDocument:
    """Code a string of news text or HTML (the Python API behind ``dyads.code``)."""
    return code_document(ingest.document_from_string(text_or_html, published=published, url=url))
