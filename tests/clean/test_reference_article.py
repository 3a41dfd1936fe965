"""The reference article (bundled example): body is the real article, boilerplate gone."""

from importlib import resources

import pytest

from dyads.clean import clean
from dyads.ingest import document_from_string

EXAMPLE = "socialist-worker-2561-mission-accomplished.txt"


@pytest.fixture(scope="module")
def article():
    text = resources.files("dyads").joinpath(f"examples/{EXAMPLE}").read_text("utf-8")
    doc = document_from_string(text, source=EXAMPLE)
    doc.retrieved = "2024-02-10"
    return clean(doc), text


def test_headline_goes_to_title(article):
    art, _ = article
    assert art.title == "Mission accomplished? Iraq\u2019s heard that before"
    assert "Mission accomplished" not in art.text


def test_metadata_author_issue_date(article):
    art, _ = article
    assert art.author == "Tom\u00e1\u0161 Tengely-Evans"
    assert art.issue == "2561"
    # "over 6 years, 7 months old" counted back from 2024-02-10
    assert (art.published, art.published_precision) == ("2017-07", "month")
    assert art.language == "en" and "skip" not in art.meta


def test_sections_and_subheads_kept(article):
    art, _ = article
    paras = art.text.split("\n\n")
    assert paras[0].startswith("The Iraqi military said it was in the final stages")
    assert paras[-1].startswith("But with Dahlan")
    for head in (
        "Tories back Trump\u2019s raids",
        "Israeli jets join the fray in Syrian war",
        "What price to end the Gaza seige?",
    ):
        assert head in paras
    # sub-heads stay in order, each followed by its section's first paragraph
    i = paras.index("Tories back Trump\u2019s raids")
    assert paras[i + 1].startswith("Tory defence secretary Michael Fallon last week")


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Downloading PDF",
        "This article is over",
        "Issue 2561",
        "By Tom",
        "(Pic:",
        "Read More",
        "War threats flow from logic of imperialism",
        "Sign up",
        "Latest News",
        "Make a donation",
        "Help fund the resistance",
    ],
)
def test_no_boilerplate_left(article, boilerplate):
    art, _ = article
    assert boilerplate not in art.text


def test_captions_at_most_once(article):
    art, _ = article
    for caption in (
        "The US invasion smashed Iraqi society",
        "at a British airforce base in Cyprus",
    ):
        assert art.text.count(caption) <= 1


def test_every_removed_line_recorded_with_reason(article):
    art, text = article
    lines = text.split("\n")
    kept = set(art.text.split("\n\n"))
    for span in art.removed:
        assert span.reason and lines[span.line].strip() == span.text
    recorded = {s.line for s in art.removed}
    for i, line in enumerate(lines):
        if line.strip() and line.strip() not in kept:
            assert i in recorded, line
    reasons = {s.reason for s in art.removed}
    assert {
        "byline",
        "age-banner",
        "picture-credit",
        "caption",
        "teaser",
        "newsletter",
        "donation",
    } <= reasons
