"""Long and run-on texts: parsed in parts (no spaCy E088), sentences bounded, offsets kept."""

from __future__ import annotations

import random

import pytest

from dyads import nlp, pipeline
from dyads.ingest import document_from_string

SENTENCE = "Russian jets bombed rebel positions near Idlib on Monday."


def test_split_text_keeps_every_character_and_prefers_paragraphs():
    text = ("\n\n".join(f"Paragraph {i}. " + "Troops attacked the town. " * 10 for i in range(40)))
    parts = nlp.split_text(text, size=1000)
    assert "".join(parts) == text
    assert all(len(p) <= 1000 for p in parts)
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_split_text_without_any_break_cuts_at_the_size():
    text = "x" * 2500
    assert nlp.split_text(text, size=1000) == ["x" * 1000, "x" * 1000, "x" * 500]


def test_split_text_without_punctuation_cuts_at_words():
    text = " ".join(["word"] * 1000)
    parts = nlp.split_text(text, size=700)
    assert "".join(parts) == text and all(p.endswith(" ") for p in parts[:-1])


@pytest.fixture()
def small_limits(monkeypatch, nlp):
    """spaCy's max_length far below the text, and small parts: the path a >1M-character text takes."""
    monkeypatch.setattr(nlp, "max_length", 3000)
    monkeypatch.setattr(nlp_module(), "PART_CHARS", 1000)


def nlp_module():
    return nlp


def test_text_over_max_length_is_coded_in_parts(small_limits):
    filler = "Officials met in the capital and discussed the budget for the coming year. "
    text = "\n\n".join([filler * 5] * 12 + [SENTENCE])  # ~4,600 characters, the event in the last part
    coded = pipeline.code(text, published="2019-05-08")
    assert len(coded.article.text) > 3000
    assert coded.events, "the event in the last part is found"
    ev = next(e for e in coded.events if e.trigger == "bombed")
    start, end = ev.evidence
    assert coded.article.text[start:end] == "bombed"


def test_parse_many_mixes_long_and_short_texts_in_order(small_limits):
    long_text = ("The talks went on. " * 120) + SENTENCE
    docs = list(nlp.parse_many(["Troops attacked Homs.", long_text, "Israel struck Gaza."]))
    assert [d.text for d in docs] == ["Troops attacked Homs.", long_text, "Israel struck Gaza."]


def test_run_on_text_gets_bounded_sentences(nlp):
    random.seed(3)
    words = "the army attacked rebels near the town while police arrested protesters and troops".split()
    text = " ".join(random.choice(words) for _ in range(1200))
    doc = nlp(text)
    longest = max(len(s) for s in doc.sents)
    assert longest <= nlp_module().MAX_SENTENCE_TOKENS
    coded = pipeline.code_document(document_from_string(text, source="runon"))
    assert coded.events  # still coded, sentence by sentence


def test_ordinary_sentences_are_not_cut(nlp):
    text = "Troops attacked the town, and police arrested protesters in the capital on Monday. " * 3
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == [text.split(". ")[0] + "."] * 3


def test_text_over_the_text_limit_is_one_failure(monkeypatch):
    from dyads import scale

    monkeypatch.setenv("DYADS_MAX_TEXT_CHARS", "500")
    docs = [document_from_string("Troops attacked the town. " * 40, source="long"),
            document_from_string(SENTENCE, source="short")]
    out = scale.code_batch(docs)
    assert [type(x).__name__ for x in out] == ["Failure", "CodedDocument"]
    assert "over the limit of 500" in out[0].message and "DYADS_MAX_TEXT_CHARS" in out[0].message
