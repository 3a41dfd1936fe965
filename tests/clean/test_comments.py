"""Reader comments: off by default, kept after the article text with --comments; the article
text is the same either way (a small page written for this test)."""

from dyads.clean import clean
from dyads.ingest import document_from_string

PAGE = """<html><head><title>Harbour bridge closed</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge closed</h1>
<p>The council voted on Tuesday to close the harbour bridge after engineers found deep cracks in two of its supports, and officials said repairs would take many months.</p>
<p>Residents said the closure would add half an hour to their journeys, while shop owners near the bridge feared that fewer customers would reach them during the works.</p>
<p>The mayor promised a free ferry service for commuters until the bridge reopens next spring, paid for from the city's emergency fund.</p>
</article>
<div id="comments" class="comments">
<h3>3 comments</h3>
<div class="comment"><p>Anna wrote: the ferry will never carry enough people in the morning rush, I have seen this before.</p></div>
<div class="comment"><p>Ben wrote: good decision, those cracks were visible from the promenade for years and nobody acted.</p></div>
</div>
<footer>Copyright 2024 Example Gazette</footer>
</body></html>"""


def _doc(comments: bool):
    doc = document_from_string(PAGE, url="https://example.org/a")
    if comments:
        doc.meta["comments"] = True
    return doc


def test_comments_are_off_by_default():
    art = clean(_doc(False))
    assert "council voted" in art.text and "mayor promised" in art.text
    assert "Anna wrote" not in art.text and "comments" not in art.meta


def test_with_comments_the_article_text_is_kept_whole_and_comments_follow_it():
    plain = clean(_doc(False)).text
    art = clean(_doc(True))
    assert art.text.startswith(plain)  # nothing of the article is dropped or moved
    assert "Anna wrote" in art.text and "Ben wrote" in art.text
    assert art.text.index("Anna wrote") > art.text.index("mayor promised")
    assert "Anna wrote" in art.meta["comments"]


def test_code_comments_flag_marks_the_documents(tmp_path):
    from dyads.cli.code_cmd import _Run

    run = _Run(None, tmp_path / "x.duckdb", None, None, False, comments=True)
    docs = list(run.documents(iter([_doc(False)])))
    assert docs[0].meta["comments"] is True
    run = _Run(None, tmp_path / "x.duckdb", None, None, False)
    assert "comments" not in list(run.documents(iter([_doc(False)])))[0].meta
