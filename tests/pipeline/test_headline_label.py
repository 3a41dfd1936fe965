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


BULLETED = ("President says trade deal is his biggest regret\n\n"
            "LONDON, July 24 - The president of the United States has said his failure to pass the trade deal "
            "is his biggest regret.\n\n"
            "In a long interview, the American president also said:\n"
            "- Britain must stay in the single market to keep its influence\n"
            "- He would speak \"bluntly\" against corruption in Nigeria\n\n"
            "The president travels to Nigeria on Friday.\n")


def _events(text: str):
    doc = document_from_string(text, published="2024-07-24", doc_id="t", kind="text", source="t")
    return next(iter(pipeline.code_documents([doc], min_confidence=0.0))).events


def test_items_of_a_list_introduced_by_said_are_what_the_speaker_said(nlp):
    evs = _events(BULLETED)
    req = next(e for e in evs if e.plover == "REQUEST")
    assert {a.country for a in req.source} == {"USA"} and {a.country for a in req.target} == {"GBR"}
    crit = next(e for e in evs if "against" in e.trigger)
    assert crit.plover == "ACCUSE" and crit.modality == "intended"  # reported "would": announced
    assert {a.country for a in crit.source} == {"USA"}
