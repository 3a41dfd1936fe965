"""Property tests (hypothesis): the text and HTML cleaners never raise on arbitrary input; the
clean text only keeps (whitespace-normalised) pieces of the input, and every non-blank input
line is either kept or listed as removed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyads.clean import clean, clean_html, clean_text
from dyads.model import Article, Document

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "Troops", "attacked", "the", "town", "on", "Monday,", "officials", "said.", "Share", "this",
    "article", "Subscribe", "to", "our", "newsletter", "Advertisement", "By", "John", "Smith",
    "12", "July", "2017", "This", "is", "over", "6", "years,", "7", "months", "old", "©", "2024",
    "Comments", "Read", "more:", "|", "Iraq", "Mosul", "»", "—", "İstanbul’s", "“quoted”", "\t",
]  # fmt: skip
line = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
    st.text(max_size=60),
)
page = st.lists(line, max_size=25).map("\n".join) | st.text(max_size=400)


def _norm(s: str) -> str:
    return " ".join(s.split())


def _doc(content: str, kind: str = "text", retrieved: str | None = "2024-02-20") -> Document:
    return Document(id="p", content=content, kind=kind, source="prop", retrieved=retrieved)


@SETTINGS
@given(page)
def test_clean_text_keeps_only_pieces_of_the_input(content):
    article = clean_text(_doc(content))
    assert isinstance(article, Article) and isinstance(article.text, str)
    whole = _norm(content)
    for kept in article.text.split("\n"):
        assert _norm(kept) in whole
    for span in article.removed:
        assert _norm(span.text) in whole
    # nothing silently lost: every non-blank input line is kept or removed (or is the title)
    pieces = _norm(" ".join([article.text, article.title or ""] + [r.text for r in article.removed]))
    for raw in content.split("\n"):
        if raw.strip():
            assert _norm(raw) in pieces


@SETTINGS
@given(page, st.sampled_from([None, "2024-02-20", "1901-01-01"]))
def test_clean_never_raises_and_marks_the_language(content, retrieved):
    article = clean(_doc(content, retrieved=retrieved))
    assert isinstance(article.text, str)
    assert article.language
    assert article.published is None or isinstance(article.published, str)
    for kept in article.text.split("\n"):
        assert _norm(kept) in _norm(content)


tags = st.sampled_from(["p", "div", "h1", "script", "style", "article", "span", "a", "br", "li"])
html_piece = st.one_of(
    line,
    st.builds(lambda t, body: f"<{t}>{body}</{t}>", tags, line),
    st.sampled_from(["<", ">", "&amp;", "&#0;", "&#xD800;", "<!--", "-->", "<![CDATA[", "\x00"]),
)
html_page = st.lists(html_piece, max_size=20).map("".join).map(lambda b: f"<html><body>{b}</body></html>")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(html_page, st.text(max_size=300)))
def test_clean_html_never_raises(content):
    article = clean_html(_doc(content, kind="html"))
    assert isinstance(article, Article) and isinstance(article.text, str)
    article = clean(_doc(content, kind="html"))
    assert isinstance(article.text, str)
