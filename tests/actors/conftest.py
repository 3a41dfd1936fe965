from __future__ import annotations

import pytest

from dyads.actors import resolve
from dyads.model import Article, Mention
from dyads.nlp import parse


@pytest.fixture(scope="session")
def run():
    """Resolve a text written for the test: returns the mentions."""

    def _run(text: str, published: str | None = "2017-06-01", kb=None) -> list[Mention]:
        article = Article(doc_id="t", text=text, published=published)
        return resolve(parse(text), article, kb=kb)

    return _run


def find(mentions: list[Mention], text: str) -> Mention:
    hits = [m for m in mentions if text in m.text]
    assert hits, f"no mention containing {text!r} in {[m.text for m in mentions]}"
    return hits[0]


def codes(mentions: list[Mention]) -> list[str | None]:
    return [m.actor.code for m in mentions]
