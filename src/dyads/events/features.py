"""Features of a candidate event and of a document, for the learned scorers.

Plain functions over the spaCy ``Doc`` and the coded ``Event``: the same strings are made at
training time (``scripts/train_event_models.py``) and inside the pipeline, so a model's weights
are a table from these feature strings to numbers.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dyads.docmemo import children_of, doc_heads, doc_lemmas, doc_strings, span_at, span_text
from dyads.events.sentences import sentence_of
from dyads.model import Article, Event

# rule words that say how the rules attached arguments or read the modality
RULE_WORDS = ("active", "passive", "nominal", "target from", "background", "subject of", "weapon",
              "announce", "intention", "future", "negated", "quantifier", "implicit", "idiom",
              "speaker", "reporter", "commitment", "mutual", "content")
QUOTES = re.compile(r"[\"“”]")


def _trigger_tokens(ev: Event, doc: Doc) -> Span | None:
    start, end = ev.evidence
    span = span_at(doc, start, end)
    return span if span is not None and len(span) else None


def _head(span: Span) -> Token:
    return span.root


def _actor_feats(role: str, actors) -> list[str]:
    if not actors:
        return [f"{role}=none"]
    out = [f"{role}=some"]
    for a in actors[:2]:
        out.append(f"{role}_kind={a.kind or '?'}")
        out.append(f"{role}_sector={a.sector or '?'}")
        out.append(f"{role}_country={'yes' if a.country else 'no'}")
    return out


_CHILD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "amod", "poss", "agent", "prep", "neg",
                         "aux"})


def _content_words(doc: Doc) -> list[bool]:
    """``t.is_alpha and not t.is_stop`` of every token, read once off the token array."""
    got = doc.user_data.get("dyads_content_words")
    if got is None:
        from spacy.attrs import IS_ALPHA, IS_STOP

        flags = doc.to_array([IS_ALPHA, IS_STOP]).tolist() if len(doc) else []
        got = doc.user_data["dyads_content_words"] = [bool(alpha) and not stop for alpha, stop in flags]
    return got


def event_features(ev: Event, doc: Doc, sent_index: int | None = None) -> list[str]:
    """Feature strings of one candidate event (the trigger's words read off the document's
    token arrays, not its tokens)."""
    t = ev.plover
    # no feature of the type alone: the model judges the word in its context, not a type prior
    # (the training sets' type mix is nothing like a news page's)
    f: list[str] = []
    span = _trigger_tokens(ev, doc)
    if span is None:
        return f + ["notoken"]
    tok = _head(span)
    lemmas = doc_lemmas(doc)  # (t.lemma_.lower())
    pos, deps, tags = doc_strings(doc, "POS"), doc_strings(doc, "DEP"), doc_strings(doc, "TAG")
    ents = doc_strings(doc, "ENT_TYPE")
    start, end, i = span.start, span.end, tok.i
    lemma = " ".join(lemmas[start:end])
    f += [f"lemma={lemma}", f"type_lemma={t}|{lemma}", f"pos={pos[i]}", f"dep={deps[i]}",
          f"lemma_dep={lemma}|{deps[i]}", f"lemma_pos={lemma}|{pos[i]}", f"ent={ents[i] or '-'}",
          f"tag={tags[i]}"]
    sent = sentence_of(tok)
    if i > sent.start and doc_strings(doc, "ORTH")[i][:1].isupper():
        f.append("titlecase")
        f.append(f"titlecase_lemma={lemma}")
    head = doc_heads(doc)[i]
    f += [f"head={lemmas[head]}", f"lemma_head={lemma}|{lemmas[head]}", f"head_pos={pos[head]}"]
    for c in children_of(doc, i):
        dep = deps[c]
        if dep in _CHILD_DEPS:
            f.append(f"child_{dep}={lemmas[c]}")
            f.append(f"lemma_child_{dep}={lemma}|{lemmas[c]}")
            if ents[c]:
                f.append(f"child_{dep}_ent={ents[c]}")
    if start > 0:
        f += [f"prev={lemmas[start - 1]}", f"lemma_prev={lemma}|{lemmas[start - 1]}"]
    if end < len(lemmas):
        f += [f"next={lemmas[end]}", f"lemma_next={lemma}|{lemmas[end]}", f"next_pos={pos[end]}"]
    content = _content_words(doc)
    for w in range(max(sent.start, start - 4), min(sent.end, end + 4)):
        if content[w] and not start <= w < end:
            f.append(f"w={lemmas[w]}")
    f += _actor_feats("src", ev.source) + _actor_feats("tgt", ev.target)
    rule = ev.rule.lower()
    for word in RULE_WORDS:
        if word in rule:
            f.append(f"rule={word}")
    sent_text = span_text(sent)
    if QUOTES.search(sent_text):
        f.append("quote")
    if sent_text.rstrip().endswith("?"):
        f.append("question")
    if ev.implicit:
        f.append("implicit")
    if sent_index is not None:
        f.append(f"sent_pos={min(sent_index, 6)}")
    n = len(sent)
    f.append(f"sent_len={'short' if n < 8 else 'mid' if n < 30 else 'long'}")
    return f


STOP = frozenset("said says say would could also one two new year years time first last".split())


def doc_features(article: Article, doc: Doc, max_tokens: int = 400) -> list[str]:
    """Bag of lemmas of the title and the lead: what the page is about."""
    f = []
    title = article.title or ""
    for w in re.findall(r"[A-Za-z][A-Za-z'-]+", title.lower()):
        f.append(f"t={w}")
    for tok in doc[:max_tokens]:
        if tok.is_alpha and not tok.is_stop and len(tok) > 2:
            lem = tok.lemma_.lower()
            if lem not in STOP:
                f.append(f"l={lem}")
        if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "MONEY", "PERCENT", "CARDINAL"):
            f.append(f"ent={tok.ent_type_}")
    return f


def _sector_feats(role: str, actors) -> list[str]:
    out = []
    for a in actors[:2]:
        out.append(f"{role}_sec={a.sector or '?'}")
        code = a.code or ""
        if code.startswith("IMG") or "REB" in code:
            out.append(f"{role}_sec=REB")
    return out


def _cue_feats(tag: str, span: Span) -> list[str]:
    """Which of the ACLED rules' cue lists (data/events/acled_rules.yaml) the words name: the
    model learns how far to trust each cue instead of relearning the words from few texts."""
    return [f"{tag}_{name}" for name in _span_cues(span)]


def _span_cues(span: Span) -> list[str]:
    """The cue names of ``_cue_feats``, found once per document and token range (every event of
    a sentence reads its sentence's, every event of a document the text's start)."""
    memo = _memo(span.doc, "dyads_span_cues")
    key = (span.start, span.end)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _find_cues(span)
    return got


def _find_cues(span: Span) -> list[str]:
    from dyads.events import acled_rules

    rules = acled_rules.load_rules()
    sg = acled_rules.sentence_grams(span)
    out = [f"protest={k}" for k, cues in rules.protest.items() if acled_rules._has(sg, cues)]
    out += [f"act={name}" for name, cues in rules.acts if acled_rules._has(sg, cues)]
    for name, cues in (("clash", rules.clash_cues), ("take", rules.take), ("transfer", rules.transfer),
                       ("agreement", rules.agreement_nouns)):
        if acled_rules._has(sg, cues):
            out.append(f"cue={name}")
    if any(w in rules.civilian_cues for w in sg.lemmas):
        out.append("cue=civilian")
    inst = acled_rules._instrument(sg.lemmas)
    if inst is not None and inst.acled:
        out.append(f"weapon={inst.acled}")
    return out


def acled_features(ev: Event, doc: Doc, sent_index: int | None = None, doc_tokens: int = 80,
                   event_feats: list[str] | None = None) -> list[str]:
    """Feature strings for the ACLED sub-event model: the event filter's strings plus what the
    ACLED codebook decides by (the rules' own label, PLOVER type, CAMEO root, who acts on whom,
    counts, modality) and the words of the sentence and of the text's start. ``event_feats``:
    ``event_features(ev, doc, sent_index)`` when the caller has them (not changed here)."""
    f = list(event_feats) if event_feats is not None else event_features(ev, doc, sent_index)
    f += [f"rule_acled={ev.acled or 'none'}", f"plover={ev.plover}", f"cameo={(ev.cameo or '--')[:2]}",
          f"mode={ev.mode or '-'}", f"modality={ev.modality}", f"plover_acled={ev.plover}|{ev.acled or 'none'}"]
    if ev.background:
        f.append("background")
    f += _sector_feats("src", ev.source) + _sector_feats("tgt", ev.target)
    for q in ev.quantities:
        if q.value > 0:
            f.append(f"qty={q.kind}")
    span = _trigger_tokens(ev, doc)
    if span is not None:
        f += _sentence_words(sentence_of(span.root))
    if len(doc):
        f += _cue_feats("dc", doc[:doc_tokens])
    f += _lead_words(doc, doc_tokens)
    return f


def _memo(doc: Doc, name: str) -> dict:
    return doc.user_data.setdefault(name, {})


def _sentence_words(sent: Span) -> list[str]:
    """A sentence's lemma, bigram and cue features, the same for each of its events: made once."""
    memo = _memo(sent.doc, "dyads_sentence_words")
    key = (sent.start, sent.end)
    if key not in memo:
        lem = [w.lemma_.lower() for w in sent if w.is_alpha]
        f = [f"s={w}" for w in lem if len(w) > 2 and w not in STOP]
        f += [f"b={a}_{b}" for a, b in zip(lem, lem[1:], strict=False)]
        memo[key] = f + _cue_feats("sc", sent)
    return memo[key]


def _lead_words(doc: Doc, doc_tokens: int) -> list[str]:
    """The content lemmas of the text's first ``doc_tokens`` tokens: made once per document."""
    memo = _memo(doc, "dyads_lead_words")
    if doc_tokens not in memo:
        memo[doc_tokens] = [f"d={tok.lemma_.lower()}" for tok in doc[:doc_tokens]
                            if tok.is_alpha and not tok.is_stop and len(tok) > 2]
    return memo[doc_tokens]
