"""Property tests (hypothesis): the actor resolver on random short texts never raises, and
every mention it returns points into the text (offsets in range, slice == mention.text)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dyads.actors import resolve
from dyads.model import Article

WORDS = [
    "The", "the", "Iraqi", "army", "US", "troops", "Washington", "said", "Isis", "fighters",
    "attacked", "Mosul", ".", ",", "Russian", "jets", "bombed", "Syrian", "rebels", "in",
    "President", "Trump", "Assad", "regime", "police", "arrested", "protesters", "Hamas",
    "Israeli", "government", "’s", "'s", "(", ")", "“", "”", "—", "UN", "NATO", "its",
    "commander", "he", "they", "Kurdish", "SDF", "Saudi-led", "coalition", "\n", "\n\n",
    "İstanbul", "ﬁghters", "e\u0301", "\u200b", "\t", "Mr", "Dr.", "Baghdad", "Kremlin",
]  # fmt: skip
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map("".join),
    st.text(min_size=1, max_size=80),
)


@pytest.fixture(scope="module")
def parse():
    from dyads.nlp import parse

    return parse


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(text=texts, published=st.sampled_from([None, "2017-06-01", "1990-01-01"]))
@example(text="İstanbul’s governor met “Syrian” refugees — and the Turkish army", published=None)
@example(text="ﬁghters of the Iraqi army\u200b attacked US troops", published="2017-06-01")
def test_mentions_point_into_the_text(parse, text, published):
    article = Article(doc_id="p", text=text, published=published)
    for mentions in (resolve(parse(text), article), resolve(parse(text))):
        for m in mentions:
            assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
            assert text[m.start : m.end] == m.text
            assert m.actor is not None
        starts = [m.start for m in mentions]
        assert starts == sorted(starts)  # in text order
