"""The document label comes from the event the headline names, and never from old news: articles
written for these tests."""

from __future__ import annotations

from dyads import pipeline
from dyads.ingest import document_from_string
from dyads.records import record


def _label(text: str, published: str = "2024-05-20") -> str | None:
    doc = document_from_string(text, published=published, doc_id="t", kind="text", source="t")
    return record(next(iter(pipeline.code_documents([doc]))))["label"]


def test_the_headlines_event_labels_the_article(nlp):
    text = ("Rival armies agree to week-long truce as fighting rages in the capital\n\n"
            "CAIRO, May 20 (Reuters) - Sudan's army and the Rapid Support Forces agreed to a seven-day ceasefire "
            "on Saturday, mediators said, after five weeks of fighting in Khartoum that has killed hundreds of "
            "people.\n\nResidents reported heavy artillery fire in southern Khartoum on Saturday.\n")
    assert _label(text) == "Agreement"


def test_a_headline_event_without_an_acled_type_gives_no_label(nlp):
    text = ("Poland expels Russian diplomats over arson plot\n\n"
            "WARSAW, May 20 (Reuters) - Poland expelled three Russian diplomats on Monday, accusing Moscow of "
            "planning arson attacks, a day after police said a warehouse had been set on fire in Warsaw.\n")
    assert _label(text) is None


def test_an_event_of_a_past_year_is_background(nlp):
    text = ("Court sentences rapper to death over protest songs\n\n"
            "DUBAI, May 20 (Reuters) - A court has sentenced a rapper to death over songs linked to the "
            "protests of 2022, his lawyer said on Monday.\n")
    assert _label(text) is None
