"""Odd inputs: no article, a doc that is not the article's parse, odd characters, long text."""

from __future__ import annotations

import time

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


def test_long_document_is_linear_enough():
    para = (
        "The Iraqi army said it had retaken the town. Its commander said Isis fighters fled. "
        "US jets bombed the road, and the government in Baghdad thanked Washington. "
    )
    text = para * 150
    doc = parse(text)
    article = Article(doc_id="x", text=text, published="2017-01-01")
    t0 = time.process_time()
    ms = resolve(doc, article)
    elapsed = time.process_time() - t0
    assert len(ms) > 150 * 6
    assert elapsed < 2.0, f"{elapsed:.2f}s for {len(ms)} mentions"
