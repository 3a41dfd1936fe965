"""Items of a list introduced by "X said:" are what X said.

News pages summarise an interview as a list: "In the interview, the president also said:" and
then "- The UK must stay in the EU", "- He would speak bluntly against corruption". Each item is a
reported clause of the introducing verb, though the parser sees a sentence of its own.
``reported_items(doc, cues)`` maps the first token of each such item to the introducing verb's
subject; ``speaker_of(verb, cues)`` gives it for an item's root verb (None elsewhere).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyads.docmemo import doc_sents, doc_strings
from dyads.events.cues import Cues
from dyads.events.sentences import sentence_of

BULLETS = frozenset({"-", "•", "*", "–", "—", "·"})
KEY = "dyads_reported_items"


def _intro_speaker(sent, cues: Cues) -> Token | None:
    """The subject of the reporting verb of a sentence that ends with a colon ("X also said:")."""
    orth = doc_strings(sent.doc, "ORTH")
    last = next((w for w in reversed(orth[sent.start : sent.end]) if not w.isspace()), None)
    if last != ":":  # (``Token.is_space`` is ``text.isspace()``)
        return None
    for t in sent:
        if t.is_space:
            continue
        if t.lemma_.lower() in cues.report_verbs and t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def reported_items(doc: Doc, cues: Cues) -> dict[int, Token]:
    """First token index of each list item -> the speaker who introduced the list."""
    if KEY in doc.user_data:
        return doc.user_data[KEY]
    out: dict[int, Token] = {}
    speaker = None
    marked = False  # the parser often makes the bullet a sentence of its own
    orth = doc_strings(doc, "ORTH")
    for sent in doc_sents(doc):
        words = [w for w in orth[sent.start : sent.end] if not w.isspace()]
        if not words:
            continue
        if all(w in BULLETS for w in words):
            marked = speaker is not None
            continue
        if (marked or words[0] in BULLETS) and speaker is not None:
            out[sent.start] = speaker
            marked = False
            continue
        marked = False
        speaker = _intro_speaker(sent, cues)
    doc.user_data[KEY] = out
    return out


def speaker_of(verb: Token, cues: Cues) -> Token | None:
    """The speaker of the list item whose root verb is ``verb`` (None when it is no such item)."""
    if verb.dep_ != "ROOT":
        return None
    return reported_items(verb.doc, cues).get(sentence_of(verb).start)  # (Token.sent rescans the document)
