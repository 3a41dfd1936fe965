"""Odd inputs: no article, a doc that is not the article's parse, odd characters, long text."""

from __future__ import annotations

from dyads.actors import resolve
from dyads.model import Article
from dyads.nlp import parse


def test_without_an_article_uses_the_doc_text():
    doc = parse("The Chilean navy seized a trawler.")
    (m,) = [m for m in resolve(doc) if m.actor.sector == "MIL"]
    assert m.text == "The Chilean navy" and m.actor.code == "CHLMIL"


def test_article_text_that_is_not_the_parsed_text_is_not_trusted():
    doc = parse("Peruvian police arrested two men.")
    article = Article(doc_id="x", text="Completely different text of another length.")
    ms = resolve(doc, article)
    assert [m.text for m in ms if m.actor.code == "PERCOP"] == ["Peruvian police"]


def test_odd_characters_keep_offsets_right():
    text = "İstanbul’s governor met “Syrian” refugees — and the Turkish army (TSK) responded."
    ms = resolve(parse(text), Article(doc_id="x", text=text))
    for m in ms:
        assert text[m.start : m.end] == m.text
    assert any(m.actor.code == "TURMIL" for m in ms)
    assert any(m.actor.code == "SYRREF" for m in ms)


def _resolved(text: str) -> list:
    return resolve(parse(text), Article(doc_id="x", text=text, published="2017-01-01"))


def test_long_document_is_resolved_paragraph_by_paragraph():
    """150 copies of a paragraph give 150 copies of its mentions, at the same offsets within
    each copy: the resolver's work grows with the text, nothing piles up across it (its speed
    is measured by bench/actors_bench.py, not here)."""
    para = (
        "The Iraqi army said it had retaken the town. Its commander said Isis fighters fled. "
        "US jets bombed the road, and the government in Baghdad thanked Washington. "
    )
    one = {(m.start, m.end, m.actor.code) for m in _resolved(para)}
    ms = _resolved(para * 150)
    assert len(one) >= 6 and len(ms) == 150 * len(one)
    n = len(para)
    assert {(m.start % n, m.start % n + m.end - m.start, m.actor.code) for m in ms} == one
