"""The learned ACLED sub-event layer: inference is a plain dictionary sum, it replaces the
rules' label only when it is sure, and it says so in the event's rule."""

from __future__ import annotations

import math
import time
from importlib import resources

import pytest

from dyads.events import scoring
from dyads.events.scoring import MultinomialModel, relabel_acled
from dyads.ingest import document_from_string
from dyads.model import Event
from dyads.pipeline import code_document

TOY = MultinomialModel(
    name="toy", classes=("Armed clash", "Attack", "none"),
    bias={"Armed clash": 0.0, "Attack": 0.0, "none": 0.0},
    weights={"Armed clash": {"a": 2.8}, "Attack": {"b": 3.0}, "none": {"c": 5.0}},
    meta={"threshold": 0.6},
)


def test_probs_are_a_softmax_of_summed_weights():
    p = TOY.probs(["a", "a", "zzz"])  # repeated and unknown features count once / not at all
    assert sum(p.values()) == pytest.approx(1.0)
    assert p["Armed clash"] == pytest.approx(math.exp(2.8) / (math.exp(2.8) + 2))
    assert TOY.probs([]) == pytest.approx({c: 1 / 3 for c in TOY.classes})


def _event(acled: str | None) -> Event:
    return Event(id="e1", doc_id="d", sentence="", evidence=(0, 4), trigger="shot", plover="ASSAULT",
                 acled=acled, acled_type=None, rule="lexicon 'shoot'")


@pytest.mark.parametrize(("feats", "rule_label", "want", "changed"), [
    (["b"], "Armed clash", "Attack", True),         # sure and different: replaced
    (["a"], "Armed clash", "Armed clash", False),   # agrees with the rules
    (["c"], "Attack", "Attack", False),             # "none" never removes the rules' label
    (["a", "b"], "Armed clash", "Armed clash", False),  # Attack on top but p < 0.6: rules kept
])
def test_relabel_only_when_sure(monkeypatch, feats, rule_label, want, changed):
    monkeypatch.setattr(scoring, "load_multinomial", lambda name: TOY)
    monkeypatch.setattr(scoring, "acled_features", lambda ev, doc, si: feats)
    ev = relabel_acled(_event(rule_label), doc=None)
    assert ev.acled == want
    assert ("acled model: " in ev.rule) == changed
    if changed:
        assert ev.acled_type == "Violence against civilians"
        assert ev.rule.startswith("lexicon 'shoot'; acled model: Attack p=0.")


def test_events_without_a_rule_label_are_left_alone_unless_the_model_says_so(monkeypatch):
    monkeypatch.setattr(scoring, "load_multinomial", lambda name: TOY)
    monkeypatch.setattr(scoring, "acled_features", lambda ev, doc, si: ["b"])
    assert relabel_acled(_event(None), doc=None).acled is None
    toy = MultinomialModel(TOY.name, TOY.classes, TOY.bias, TOY.weights, {"threshold": 0.6, "label_unlabelled": True})
    monkeypatch.setattr(scoring, "load_multinomial", lambda name: toy)
    assert relabel_acled(_event(None), doc=None).acled == "Attack"


def test_shipped_acled_model_is_small_fast_and_complete():
    from dyads.events import ontology

    path = resources.files("dyads.data").joinpath("events/models/acled_type.json")
    assert len(path.read_bytes()) < 1_500_000
    scoring.load_multinomial.cache_clear()
    t0 = time.perf_counter()
    model = scoring.load_multinomial("acled_type")
    assert time.perf_counter() - t0 < 0.5  # about 0.03 s on a laptop; slack for busy CI
    assert set(model.classes) <= set(ontology.load_acled()) | {"none"}
    assert "none" in model.classes and len(model.classes) >= 20
    assert 0.0 < model.meta["threshold"] <= 1.01
    val = model.meta["validation"]
    assert val["cv_acled25_weighted_f1"] >= val["rules_only"]


@pytest.mark.parametrize(("text", "want"), [
    ("Riot police fired tear gas and detained dozens of students who had gathered outside parliament to protest "
     "against higher tuition fees.", "Protest with intervention"),
    ("Hundreds of nurses marched peacefully through the city centre on Tuesday to demand better pay.",
     "Peaceful protest"),
])
def test_protests_keep_a_sensible_sub_event(nlp, text, want):
    coded = code_document(document_from_string(text, published="2021-03-02"))
    labels = [e.acled for e in coded.events if e.acled]
    assert want in labels


def test_no_riot_without_a_word_of_protesters_violence(monkeypatch):
    """ACLED: a riot needs the demonstrators' own violence; the model may not invent one."""
    toy = MultinomialModel("toy", ("Violent demonstration", "Protest with intervention", "none"),
                           {"Violent demonstration": 2.0, "Protest with intervention": 0.0, "none": 0.0},
                           {}, {"threshold": 0.6})
    monkeypatch.setattr(scoring, "load_multinomial", lambda name: toy)
    ev = _event("Protest with intervention")
    monkeypatch.setattr(scoring, "acled_features", lambda ev, doc, si: ["sc_protest=intervention"])
    assert relabel_acled(ev, doc=None).acled == "Protest with intervention"
    monkeypatch.setattr(scoring, "acled_features", lambda ev, doc, si: ["dc_protest=violent_by_protesters"])
    assert relabel_acled(ev, doc=None).acled == "Violent demonstration"
