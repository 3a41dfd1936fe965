"""The date of one event from the parse: its own clause, the speech that reports it, or a past date
carried from earlier in its paragraph (``timex.calendar_date`` places each expression on the calendar).

In order:

1. **Its own clause**: a date expression whose clause is the trigger's ("Cuba expelled the
   diplomats in 2003", "the 2003 invasion" for the noun "invasion", "two decades ago").
   A date inside a clause embedded in the trigger's is not the trigger's: "the minister said on
   Tuesday that troops had entered the town in 2019" dates the saying Tuesday, the entering 2019.
2. **The speech that reports it**: an event inside reported speech with no date of its own takes
   the date of the speech ("said on Tuesday that troops had entered the town": Tuesday).
3. **After a dated event**: "in the aftermath of / after / following the 2015 massacre": its year.
4. **Carried**: a clause with no date of its own, in the past tense, not reported speech, not a
   speech act and not a relative clause ("X, who was jailed ..." describes a participant), takes the last date stated before it in its paragraph (earlier in its sentence, or
   in an earlier sentence of the same paragraph), when that date is before the publication and
   times a past event of its own clause (not "has led the party since 2003")
   ("In 2009 police broke up the march. Dozens were arrested." dates the arrests 2009).
5. Else the publication date, precision "publication".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dyads.dates import first_day
from dyads.docmemo import (
    children_of,
    doc_ents,
    doc_heads,
    doc_strings,
    doc_text,
    span_at,
    span_ents,
)
from dyads.events import timex

# Verbs of saying: the act of saying is dated by its own clause or the publication, never by a
# date carried from background sentences ("In 2003 ... . The minister said ...").
SPEECH = {"say", "tell", "add", "state", "announce", "claim", "allege", "report", "warn", "insist", "argue",
          "note", "explain", "write", "declare", "confirm", "acknowledge", "suggest", "assert", "tweet",
          "stress", "vow", "urge", "reply", "respond", "comment", "recall", "describe", "call"}
_BOUNDARY = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl", "xcomp"}
_AFTER = {"after", "following", "since"}
_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "hour"}
_AFTER_NOUNS = {"aftermath", "wake"}
# A year referred back to ("March 4 of that year", "later the same year") and years named in a text.
THAT_YEAR = re.compile(r",?\s*\b(?:of |in )?(?:that|the same) year\b", re.IGNORECASE)
YEAR = re.compile(r"(?<![-\u2013\d])\b(1[89]\d\d|20\d\d)\b(?![-\u2013]\d)")  # (not a span: "Japan's 1910-45 rule")


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _boundary(tok: Token) -> bool:
    if tok.dep_ in _BOUNDARY and _is_verb(tok):
        return True
    return tok.dep_ == "conj" and _is_verb(tok) and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def clause_head(tok: Token) -> Token:
    """The head of ``tok``'s clause: the nearest verb that starts a clause (an embedded, adverbial,
    relative or conjoined clause with its own subject), else the sentence root."""
    doc = tok.doc
    heads, deps, pos, tags = doc_heads(doc), doc_strings(doc, "DEP"), doc_strings(doc, "POS"), doc_strings(doc, "TAG")
    i, hops = tok.i, 0
    while heads[i] != i and hops < 20:
        dep = deps[i]
        if (dep in _BOUNDARY or dep == "conj") and (pos[i] in ("VERB", "AUX") or tags[i].startswith("VB")):
            if dep != "conj" or any(deps[c] in ("nsubj", "nsubjpass") for c in children_of(doc, i)):
                break  # (_boundary)
        i = heads[i]
        hops += 1
    return tok if i == tok.i else doc[i]


def _modifies_other_noun(ent: Span, trigger: Token) -> bool:
    """"the 2015 massacre": a year modifying a noun dates that noun only."""
    root = ent.root
    if root.head.lemma_.lower() in _TIME_NOUNS or root.head.ent_type_ in ("DATE", "TIME"):
        return False  # "Sunday morning", "the 2015 season's end" stays a date of the clause
    return (root.dep_ in ("compound", "nummod", "amod", "poss", "npadvmod") and root.head.pos_ in ("NOUN", "PROPN")
            and root.head.i != trigger.i)


def _hangs_from_other_noun(ent: Span, trigger: Token) -> bool:
    """"reports of an explosion on Sunday": the date hangs (through prepositions) from a noun that
    is not the trigger, before any verb; it dates that noun's event."""
    tok, hops = ent.root, 0
    while tok.head.i != tok.i and hops < 6:
        head = tok.head
        if head.i == trigger.i or _is_verb(head):
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in _TIME_NOUNS and head.ent_type_ not in ("DATE", "TIME"):
            return True
        tok, hops = head, hops + 1
    return False


def _speech_governor(trigger: Token) -> Token | None:
    """The verb of saying whose reported content holds ``trigger`` ("said that troops entered")."""
    tok = clause_head(trigger)
    hops = 0
    while tok.head.i != tok.i and hops < 6:
        if tok.dep_ in ("ccomp", "parataxis") or tok.dep_ == "xcomp":
            gov = clause_head(tok.head)
            if gov.lemma_.lower() in SPEECH:
                return gov
            tok = gov
        else:
            break
        hops += 1
    return None


def _after_date(ent: Span, trigger: Token) -> bool:
    """The date sits in "after / following / in the aftermath of <a dated event>" of the clause."""
    tok, hops = ent.root, 0
    clause = clause_head(trigger)
    while tok.head.i != tok.i and hops < 6:
        if tok.dep_ == "prep" and (tok.lower_ in _AFTER or tok.head.lemma_.lower() in _AFTER_NOUNS):
            return clause_head(tok) == clause
        tok = tok.head
        hops += 1
    return False


def _resolve(ent: Span, published: str | None) -> tuple[str, str] | None:
    text = ent.text
    if THAT_YEAR.search(text):
        # "on March 4 of that year", "in June the same year": the year named last before it
        years = YEAR.findall(doc_text(ent.doc), 0, ent.start_char)
        if not years:
            return None
        text = THAT_YEAR.sub(f" {years[-1]}", text).strip()
    return timex.calendar_date(text, published)


def _past(got: tuple[str, str], published: str | None) -> bool:
    """Before the publication at the date's own precision (a year before the publication year, a
    month before its month, a day before its day)."""
    pub = first_day(published)
    if pub is None:
        return False
    value, prec = got
    d = first_day(value)
    if d is None:
        return False
    if prec == "year":
        return d.year < pub.year
    if prec == "month":
        return (d.year, d.month) < (pub.year, pub.month)
    return d < pub


def _future(value: str | None, prec: str | None, published: str | None) -> bool:
    """After the publication at the date's own precision (a later year, month, or day)."""
    pub, d = first_day(published), first_day(value)
    if pub is None or d is None:
        return False
    if prec == "year":
        return d.year > pub.year
    if prec == "month":
        return (d.year, d.month) > (pub.year, pub.month)
    return prec in ("day", "week") and d > pub


def scheduled(events: list, published: str | None) -> list:
    """An act told as done but dated after the publication ("announced a general strike for next
    month", "a vote set for 12 June") is scheduled, not done: its modality becomes intended."""
    for ev in events:
        if ev.modality == "asserted" and _future(ev.date, ev.date_precision, published):
            ev.modality = "intended"
            ev.rule += f"; dated after the publication ({ev.date}): scheduled"
    return events


def _past_tense(trigger: Token) -> bool:
    """The event's clause is told in the past: a past verb, or a past passive / pluperfect."""
    verb = trigger if _is_verb(trigger) else clause_head(trigger)
    if not _is_verb(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "may", "might", "can", "could",
                                            "must", "should", "has", "have") for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a.lower_ in ("was", "were", "had") for a in aux)


def _paragraph_dates(sent: Span, trigger: Token, published: str | None) -> list[tuple[str, str]]:
    """Dates stated before ``trigger`` in its paragraph, nearest first, resolved; the paragraph is
    the text since the last line break (the cleaner keeps one paragraph a line)."""
    doc = sent.doc
    text = doc_text(doc)
    para_start = text.rfind("\n", 0, trigger.idx) + 1
    key = ("dyads_dates", published)
    resolved = doc.user_data.get(key)
    if resolved is None:  # every DATE of the document resolved once, with whether it may be carried
        resolved = doc.user_data[key] = [(e.start_char, got if _carryable(e) else None) for e in doc_ents(doc)
                                         if e.label_ == "DATE" and (got := _resolve(e, published)) is not None]
    return [got for start, got in reversed(resolved) if para_start <= start < trigger.idx]


# Dates that point back to the day named last ("on the same day", "that day").
SAME_DAY = frozenset({"the same day", "that day", "the same night", "that night", "the same morning"})


def _day_before(ent: Span, published: str | None) -> tuple[str, str] | None:
    """The last date of day precision stated before ``ent`` in the document."""
    for other in reversed([e for e in doc_ents(ent.doc) if e.label_ in ("DATE", "TIME") and e.start_char < ent.start_char]):
        got = _resolve(other, published)
        if got is not None and got[1] == "day":
            return got
    return None


def _carryable(ent: Span) -> bool:
    """A date that times a past event of its own clause, not the start or end of a state
    ("has led the party since 2003") nor a date in a present or future clause."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if before in ("since", "until", "till", "through", "by") or ent[0].lower_ in ("since", "until"):
        return False
    return _past_tense(ent.root)


def _day_times(sent: Span, published: str | None) -> list[Span]:
    """TIME entities of the sentence that name a day, found once per sentence."""
    key = ("dyads_times", published)
    times = sent.doc.user_data.get(key)
    if times is None:  # Span.ents scans the document's entities: collect them once
        times = sent.doc.user_data[key] = [e for e in doc_ents(sent.doc)
                                           if e.label_ == "TIME" and timex.calendar_date(e.text, published)]
    return [e for e in times if sent.start <= e.start < sent.end]


def event_date(sent: Span, trigger: Token, published: str | None, dates: list[Span] | None = None
               ) -> tuple[str | None, str | None]:
    """(date, precision) of the event whose trigger head is ``trigger`` (see the module's doc)."""
    if dates is None:
        dates = [e for e in span_ents(sent) if e.label_ == "DATE"]
    # "Saturday night", "last night" are TIME entities that still name a day
    dates = list(dates) + _day_times(sent, published)
    clause = clause_head(trigger)
    own, after, nominal = [], [], []
    for ent in dates:
        if _modifies_other_noun(ent, trigger):
            if _after_date(ent, trigger):
                after.append(ent)
            continue
        if _hangs_from_other_noun(ent, trigger) and not _after_date(ent, trigger):
            nominal.append(ent)  # the trigger's only if its clause is told in the past
            continue
        ent_clause = clause_head(ent.root)
        if ent_clause == clause or ent.root.head.i == trigger.i or (
                ent_clause.dep_ in ("acl", "relcl") and ent_clause.head.i == trigger.i):
            own.append(ent)  # "the request made on Thursday": the noun's own modifier clause
        elif _after_date(ent, trigger):
            after.append(ent)
    for ent in sorted(own, key=lambda e: abs(e.root.i - trigger.i)):
        if got := _resolve(ent, published):
            return got
        if ent.text.lower().removeprefix("on ") in SAME_DAY and (got := _day_before(ent, published)):
            return got  # "began a general strike on the same day": the day named last
    if nominal and _past_tense(trigger):
        for ent in nominal:
            if clause_head(ent.root) == clause and (got := _resolve(ent, published)):
                return got
    gov = clause
    for _ in range(3):  # the clauses that govern the trigger's: "said on Tuesday that ...", "vowed on Monday to ..."
        if gov.head.i == gov.i:
            break
        gov = clause_head(gov.head)
        for ent in dates:
            if clause_head(ent.root) == gov and not _modifies_other_noun(ent, gov):
                if got := _resolve(ent, published):
                    return got
    speech = _speech_governor(trigger)
    if speech is not None and speech.i != trigger.i:
        return (published, "publication") if published else (None, None)
    if len(dates) == 1 and not _is_verb(trigger) and not _modifies_other_noun(dates[0], trigger):
        if got := _resolve(dates[0], published):
            return got
    for ent in after:
        if got := _resolve(ent, published):
            return got[0][:4], "year"
    if (trigger.lemma_.lower() not in SPEECH and clause.lemma_.lower() not in SPEECH and clause.dep_ != "relcl"
            and _past_tense(trigger)):  # a relative clause describes a participant, often at another time
        for got in _paragraph_dates(sent, trigger, published):
            if got is not None and _past(got, published):
                return got
            break  # only the nearest date: a recent one, or one of a state, stops the carry
    if published:
        return published, "publication"
    return None, None


def inherit_host_dates(events: list, doc) -> list:
    """An act told in a relative clause of another act's noun ("protests in February, in which
    four people were killed") happened then: with only the publication date of its own, it takes
    the date of the act its clause describes."""
    roots = {}
    for ev in events:
        span = span_at(doc, ev.evidence[0], ev.evidence[1])
        if span is not None and len(span):
            roots[id(ev)] = span.root
    by_head = {}
    for ev in events:
        if id(ev) in roots:
            by_head.setdefault(roots[id(ev)].i, ev)
    for ev in events:
        if ev.date_precision != "publication" or id(ev) not in roots:
            continue
        clause = clause_head(roots[id(ev)])
        host = by_head.get(clause.head.i) if clause.dep_ in ("relcl", "acl") else None
        if host is not None and host is not ev and host.date and host.date_precision not in (None, "publication"):
            ev.date, ev.date_precision = host.date, host.date_precision
    return events


# Events dated before this year are history (a podcast on Napoleon's 1812 campaign, a battle in a
# biography): no analyst's event data holds them.
HISTORY_BEFORE = 1900


def drop_history(events: list) -> list:
    """The events whose date falls before ``HISTORY_BEFORE``."""
    return [e for e in events if not (e.date and e.date[:4].isdigit() and int(e.date[:4]) < HISTORY_BEFORE)]
