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

from spacy.tokens import Doc, Span, Token

from dyads.docmemo import doc_sents, doc_text
from dyads.model import Actor, Mention

REPORTING = frozenset({"say", "tell", "add", "state", "declare", "announce", "insist", "warn", "write", "stress",
                       "note", "explain", "continue", "conclude", "tweet", "argue", "claim", "affirm", "reiterate"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me", "ours"})
# '"... opened fire on our men," the police chief said': the speaker's own force, not civilians.
OWN_FORCE_WORDS = frozenset({"men", "boys", "lads", "personnel", "jawans", "ranks", "comrades"})
# Nouns for another party named by its tie to the speaker ("our ally", "my counterpart").
OTHERS_OF_THE_SPEAKER = frozenset({"ally", "partner", "friend", "neighbour", "neighbor", "counterpart", "enemy",
                                   "adversary", "rival", "foe", "opponent", "brother", "sister"})
OPEN_CLOSE = {"“": "”", '"': '"', "«": "»"}
OPENERS = re.compile("[" + "".join(OPEN_CLOSE) + "]")


def _quoted(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks in ``text`` (starting at char ``base``): each line
    (paragraph) on its own, a quote left open running to the line's end. A quote runs across
    sentences ('"We give them 72 hours. After that, we will strike," he said').
    """
    out = []
    for line in re.finditer(r"[^\n]+", text):
        seg, at, i = line.group(), base + line.start(), 0
        while (opening := OPENERS.search(seg, i)) is not None:
            i = opening.start()
            close = OPEN_CLOSE[seg[i]]
            j = seg.find(close, i + 1)
            if j < 0:
                out.append((at + i + 1, at + len(seg)))  # the quote runs on to the paragraph's end
                break
            out.append((at + i + 1, at + j))
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


def quote_speakers(doc: Doc, mentions: list[Mention], issuer: Actor | None = None) -> list[Mention]:
    """``issuer``: the state body a statement page names in its header (``datelines.statement_issuer``):
    the "we" and "our" of the statement's own sentences, outside quotation marks, are that body."""
    covered = {(m.start, m.end) for m in mentions}
    added: list[Mention] = []
    ranges = _quoted(doc_text(doc))
    answers = _answers(doc_text(doc))
    if issuer is not None:
        mentions = _issuers_we(doc, mentions, issuer, ranges, covered)
        covered = {(m.start, m.end) for m in mentions}
    if not ranges and not answers:
        return mentions

    def inside(char: int) -> bool:
        return any(lo <= char < hi for lo, hi in ranges)

    sents = doc_sents(doc)
    speakers: dict[int, Mention | None] = {}
    replaced: dict[int, Mention] = {}  # by id() of the mention replaced

    def speaker_of(k: int) -> Mention | None:
        if k not in speakers:
            sent = sents[k]
            local = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
            speakers[k] = _speaker(sent, inside, local)
        return speakers[k]

    texts = _full_texts(doc_text(doc))
    interviewee = _interviewee(doc_text(doc), sents, mentions, inside) if answers else None
    for k, sent in enumerate(sents):
        in_answer = interviewee is not None and any(lo <= sent.start_char < hi for lo, hi in answers)
        in_text = in_answer or any(lo <= sent.start_char < hi for lo, hi in texts)
        pronouns = [t for t in sent if t.lower_ in FIRST_PERSON and (inside(t.idx) or in_text)]
        if not pronouns:
            continue
        if in_text and not any(inside(t.idx) for t in pronouns):
            speaker = interviewee if in_answer else _statement_issuer(sents, k, mentions, inside)
            if speaker is not None:
                for t in pronouns:
                    span = (t.idx, t.idx + len(t))
                    if any(s < span[1] and span[0] < e for s, e in covered) or (
                            t.lower_ in ("our", "my") and t.head.lemma_.lower() in OTHERS_OF_THE_SPEAKER):
                        continue
                    actor = replace(_as_speaker(speaker.actor), text=t.text,
                                    rule=f"{speaker.actor.rule or ''}; speaker of the quote ('{speaker.text}')")
                    added.append(Mention(start=span[0], end=span[1], text=t.text, actor=actor, coref=True))
            continue
        speaker = speaker_of(k)
        if speaker is None:
            # a quote of several sentences names its speaker once, where it closes or opens
            quote = next(((lo, hi) for lo, hi in ranges if lo <= pronouns[0].idx < hi), None)
            others = [j for j, o in enumerate(sents) if j != k and quote is not None
                      and o.start_char < quote[1] + 1 and quote[0] - 1 < o.end_char]
            speaker = next((sp for j in others if (sp := speaker_of(j)) is not None), None)
            if speaker is None and quote is not None and _whole_paragraph(doc_text(doc), quote):
                speaker = _statement_issuer(sents, k, mentions, inside)
        if speaker is None:
            continue
        for t in pronouns:
            span = (t.idx, t.idx + len(t))
            own = _own_force(t, speaker, mentions)
            if own is not None:
                replaced[id(own)] = replace(own, coref=True, actor=replace(
                    speaker.actor, text=own.text,
                    rule=f"{speaker.actor.rule or ''}; the speaker's own ('{own.text}', '{speaker.text}')"))
                continue
            organ = _own_organ(t, speaker.actor, mentions)
            if organ is not None:
                replaced[id(organ)] = _organ_of(organ, speaker.actor,
                                                f"the speaker's country ('{organ.text}', '{speaker.text}')")
                continue
            if any(s < span[1] and span[0] < e for s, e in covered):
                continue
            if t.lower_ in ("our", "my") and t.head.lemma_.lower() in OTHERS_OF_THE_SPEAKER:
                continue  # '"We stand with our ally"': the ally is another party, not the speaker
            actor = replace(_as_speaker(speaker.actor), text=t.text,
                            rule=f"{speaker.actor.rule or ''}; speaker of the quote ('{speaker.text}')")
            added.append(Mention(start=span[0], end=span[1], text=t.text, actor=actor, coref=True))
    if replaced:
        mentions = [replaced.get(id(m), m) for m in mentions]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added or replaced else mentions


def _own_force(t: Token, speaker: Mention, mentions: list[Mention]) -> Mention | None:
    """The mention "our men" / "my boys" that ``t`` (a first-person possessive) opens, when its head
    is a word for the speaker's own people under arms and the mention says no more than people."""
    if t.lower_ not in ("our", "my") or t.head.lower_ not in OWN_FORCE_WORDS or not speaker.actor.sector:
        return None
    return next((m for m in mentions if m.start == t.idx and m.end == t.head.idx + len(t.head)
                 and m.actor.sector == "CVL"), None)


# Sectors of a state's organs that "our" before them makes the speaker's state's ("our police").
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})


def _own_organ(t: Token, speaker: Actor, mentions: list[Mention]) -> Mention | None:
    """The mention "our police" / "our army" that ``t`` (a first-person possessive) opens, of a state
    organ with no country, when the speaker is of a country: that country's organ."""
    code = speaker.code or ""
    if t.lower_ not in ("our", "my") or not speaker.country or len(code) < 3 or code[:3] in ("IGO", "NGO"):
        return None
    return next((m for m in mentions if m.start == t.idx and m.actor.country is None and m.actor.kind == "sector"
                 and m.actor.sector in STATE_ORGANS), None)


def _organ_of(organ: Mention, speaker: Actor, why: str) -> Mention:
    """``organ`` ("our police") made the organ of the speaker's country."""
    return replace(organ, coref=True, actor=replace(
        organ.actor, country=speaker.country, code=(speaker.code or "")[:3] + (organ.actor.code or organ.actor.sector or ""),
        rule=f"{organ.actor.rule or ''}; {why}"))


# Nouns of a written text whose full text a story may quote ("the full text of the statement").
DOCUMENT_WORDS = re.compile(r"\b(statement|communiqu[eé]|press release|declaration|full text)\b", re.I)
ISSUER_LOOKBACK = 8  # sentences


def _whole_paragraph(text: str, quote: tuple[int, int]) -> bool:
    """The quotation is a paragraph of its own: nothing but its marks on its line (a statement
    quoted in full, with no "he said")."""
    lo, hi = quote
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    end = len(text) if end < 0 else end
    return not text[start:lo - 1].strip() and not text[hi + 1:end].strip(" .,\"”")


def _statement_issuer(sents, k: int, mentions: list[Mention], inside) -> Mention | None:
    """The issuer of a statement quoted in full: an actor named in the last sentence before the
    quotation that speaks of a statement ("the full text of the statement issued in Accra")."""
    for j in range(k - 1, max(-1, k - 1 - ISSUER_LOOKBACK), -1):
        sent = sents[j]
        if inside(sent.start_char) or not DOCUMENT_WORDS.search(sent.text):
            continue
        named = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.actor.code
                 and m.actor.kind != "person" and not inside(m.start)]
        if named:
            return named[0]
    return None


FULL_TEXT_LINE = re.compile(r"^[^\n]*?\b(?:full text|text of the (?:statement|communiqu[eé]|letter|declaration))\b"
                            r"[^\n]*:[ \t]*\n", re.I | re.M)


def _full_texts(text: str) -> list[tuple[int, int]]:
    """Stretches of a text quoted in full after a line that announces it ("The following is the
    full text of the statement issued in Accra:"): the paragraphs that follow, up to the first one
    that closes a quotation or tells who said what (``REPORTING`` verbs are not looked for: a
    closing mark or a blank run of three lines ends it)."""
    out: list[tuple[int, int]] = []
    low = text.lower()
    if "full text" not in low and "text of the" not in low:
        return out
    for m in FULL_TEXT_LINE.finditer(text):
        start = m.end()
        end = start
        for line in re.finditer(r"[^\n]*\n?", text[start:]):
            if not line.group():
                break
            end = start + line.end()
            if re.search(r"[\"”»]\s*$", line.group().rstrip("\n")):
                break
        out.append((start, end))
    return out


ISSUER_PRONOUNS = frozenset({"we", "us", "our", "ours"})


def _issuers_we(doc: Doc, mentions: list[Mention], issuer: Actor, ranges, covered) -> list[Mention]:
    """The statement's own "we" and "our" (outside quotation marks) as mentions of its issuer."""
    added = []
    replaced: dict[int, Mention] = {}
    for t in doc:
        if t.lower_ not in ISSUER_PRONOUNS or any(lo <= t.idx < hi for lo, hi in ranges):
            continue
        span = (t.idx, t.idx + len(t))
        organ = _own_organ(t, issuer, mentions)
        if organ is not None:  # "Our Minister discussed the incident": the issuer's minister
            replaced[id(organ)] = _organ_of(organ, issuer, "the statement's issuer's own")
            continue
        if any(s < span[1] and span[0] < e for s, e in covered):
            continue
        if t.lower_ == "our" and t.head.lemma_.lower() in OTHERS_OF_THE_SPEAKER:
            continue  # "our partners", "our brothers": others
        added.append(Mention(start=span[0], end=span[1], text=t.text, coref=True,
                             actor=replace(issuer, text=t.text)))
    # "The Ministry rejects the claim ...": the statement's bare name for its issuer, whatever
    # ministry coreference found before it
    words = set((issuer.text or "").lower().split())
    for m in mentions:
        bare = (m.text or "").lower().split()
        if (len(bare) == 2 and bare[0] == "the" and bare[1] in words and bare[1] in ISSUER_HEADS
                and not any(lo <= m.start < hi for lo, hi in ranges) and id(m) not in replaced):
            replaced[id(m)] = replace(m, coref=True, actor=replace(issuer, text=m.text))
    if replaced:
        mentions = [replaced.get(id(m), m) for m in mentions]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added or replaced else mentions


# Head words by which a statement names its issuer ("the Ministry", "the Presidency").
ISSUER_HEADS = frozenset({"ministry", "presidency", "embassy", "department", "office", "government"})


QUESTION_LINE = re.compile(r"^Q[:.][ \t]", re.M)
ANSWER_LINE = re.compile(r"^A[:.][ \t][^\n]*", re.M)
# The sentence of an interview's introduction that names whom the outlet spoke to.
INTERVIEW_CUE = re.compile(r"\b(?:spoke|talked|talks|speaks) (?:to|with)\b|\binterviewed\b|\bsat down with\b"
                           r"|\bin an interview with\b", re.I)
PAST_ROLE = re.compile(r"\b(?:former|retired|ex-|one-time|then)\b", re.I)
# Organs of a state, and armed or political groups, that an official interviewed speaks for
# ("our forces", "we have asked the Council"); an analyst or a charity's "we" is not its country's.
SPEAKING_SECTORS = STATE_ORGANS | {"REB", "PTY", "OPP", "INS"}


def _answers(text: str) -> list[tuple[int, int]]:
    """The answer paragraphs ("A: ...") of an interview printed as questions and answers: the
    page has "Q: ..." paragraphs too, or at least two answers (cleaning may drop the questions)."""
    out = [(m.start(), m.end()) for m in ANSWER_LINE.finditer(text)]
    return out if len(out) >= 2 or (out and QUESTION_LINE.search(text)) else []


def _interviewee(text: str, sents, mentions: list[Mention], inside) -> Mention | None:
    """Whom a question-and-answer interview is with, when the introduction names an official
    ("We spoke to X, Somalia's state minister for defence"): the answers' "we" and "our" are
    that official's side. An analyst, a charity or a former official gives no one."""
    firsts = [m.start() for m in (QUESTION_LINE.search(text), ANSWER_LINE.search(text)) if m is not None]
    end = min(firsts, default=len(text))
    for sent in sents:
        if sent.start_char >= end:
            break
        if not INTERVIEW_CUE.search(sent.text) or PAST_ROLE.search(sent.text):
            continue
        named = [m for m in mentions if sent.start_char <= m.start < sent.end_char and not inside(m.start)
                 and m.actor.country and m.actor.code and (m.actor.sector or "") in SPEAKING_SECTORS
                 and not (m.actor.kind in ("capital", "country") and (m.actor.rule or "").startswith("kb:"))]
        if named:
            return named[0]
    return None


def _as_speaker(actor):
    """The actor a speaker's "we" stands for: a capital that speaks ("Accra said") is its government,
    never a place."""
    if actor.kind == "capital":
        return replace(actor, kind="sector", sector=actor.sector or "GOV")
    return actor
