"""The speaker of a direct quote is the "we" and the "I" inside it.

'"We urge both sides to return to talks," a spokesman for the Egyptian foreign ministry said':
the appeal is Egypt's. ``quote_speakers(doc, mentions)`` finds, in each sentence with a quotation,
the reporting verb outside the quotation marks (say, tell, add, ...) and the actor of its subject;
first-person pronouns inside the quotation that no mention covers become mentions of that actor
(``rule`` says so), so the events stage attaches them like any named actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from dyads.docmemo import doc_sents, span_text
from dyads.model import Mention

REPORTING = frozenset({"say", "tell", "add", "state", "declare", "announce", "insist", "warn", "write", "stress",
                       "note", "explain", "continue", "conclude", "tweet", "argue", "claim", "affirm", "reiterate"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})
OPEN_CLOSE = {"“": "”", '"': '"', "«": "»"}
OPENERS = re.compile("[" + "".join(OPEN_CLOSE) + "]")


def _quoted(sent: Span) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks in ``sent``."""
    text, base = span_text(sent), sent.start_char
    out, i = [], 0
    while (opening := OPENERS.search(text, i)) is not None:
        i = opening.start()
        close = OPEN_CLOSE[text[i]]
        j = text.find(close, i + 1)
        if j < 0:
            out.append((base + i + 1, base + len(text)))  # the quote runs on past the sentence
            break
        out.append((base + i + 1, base + j))
        i = j + 1
    return out


def _speaker(sent: Span, inside, by_start: list[Mention]) -> Mention | None:
    for tok in sent:
        if tok.lemma_.lower() not in REPORTING or inside(tok.idx):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        for s in subj:
            lo, hi = s.left_edge.idx, s.right_edge.idx + len(s.right_edge)
            cands = [m for m in by_start if lo <= m.start < hi and m.actor.code and not inside(m.start)]
            if cands:  # prefer one with a country, then the longest
                return max(cands, key=lambda m: (bool(m.actor.country), m.end - m.start))
    return None


def quote_speakers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {(m.start, m.end) for m in mentions}
    added: list[Mention] = []
    for sent in doc_sents(doc):
        ranges = _quoted(sent)
        if not ranges:
            continue

        def inside(char: int, ranges=ranges) -> bool:
            return any(lo <= char < hi for lo, hi in ranges)

        pronouns = [t for t in sent if t.lower_ in FIRST_PERSON and inside(t.idx)]
        if not pronouns:
            continue
        local = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        speaker = _speaker(sent, inside, local)
        if speaker is None:
            continue
        for t in pronouns:
            span = (t.idx, t.idx + len(t))
            if any(s < span[1] and span[0] < e for s, e in covered):
                continue
            actor = replace(speaker.actor, text=t.text, rule=f"{speaker.actor.rule or ''}; speaker of the quote ('{speaker.text}')")
            added.append(Mention(start=span[0], end=span[1], text=t.text, actor=actor, coref=True))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions
