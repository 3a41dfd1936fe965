"""The event extractor on general English sentences written for these tests.

Mentions are given by hand (the actors stage has its own tests), so each test checks one
mechanism of the extractor: voice, control, nominal events, modality, attribution, time,
quantities and implicit events.
"""

from __future__ import annotations

import pytest

from dyads.events import extract
from dyads.model import Actor, Article, Mention


def _article(text: str, published: str | None = "2020-06-15") -> Article:
    return Article(doc_id="t", text=text, published=published)


def _code(nlp, text: str, actors: dict[str, str], published: str | None = "2020-06-15"):
    """Code ``text`` with the phrases in ``actors`` (phrase -> CAMEO code) as mentions (no places)."""
    mentions = []
    for phrase, code in actors.items():
        start = text.index(phrase)
        mentions.append(
            Mention(start=start, end=start + len(phrase), text=phrase,
                    actor=Actor(text=phrase, name=phrase, code=code, country=code[:3] if len(code) >= 3 else None))
        )
    doc = nlp(text)
    return extract(doc, _article(text, published), mentions, [], country_code=lambda iso3: iso3)


def _one(events, plover):
    found = [e for e in events if e.plover == plover]
    assert found, f"no {plover} event in {[(e.plover, e.trigger) for e in events]}"
    return found[0]


def _codes(actors):
    return {a.code for a in actors}


def test_active_voice_source_and_target(nlp):
    ev = _one(_code(nlp, "French troops attacked the militants near the border.",
                    {"French troops": "FRAMIL", "the militants": "REB"}), "ASSAULT")
    assert _codes(ev.source) == {"FRAMIL"}
    assert _codes(ev.target) == {"REB"}
    assert ev.modality == "asserted"
    assert ev.trigger == "attacked"
    assert ev.cameo and ev.quad_class == 4


def test_passive_voice_swaps_roles(nlp):
    ev = _one(_code(nlp, "Kenya was accused by Uganda of harbouring rebels.",
                    {"Kenya": "KEN", "Uganda": "UGA"}), "ACCUSE")
    assert _codes(ev.source) == {"UGA"}
    assert _codes(ev.target) == {"KEN"}


def test_control_verbs_pass_the_subject_down(nlp):
    ev = _one(_code(nlp, "The Chadian army began trying to recapture the town from the rebels.",
                    {"The Chadian army": "TCDMIL", "the rebels": "TCDREB"}), "ASSAULT")
    assert _codes(ev.source) == {"TCDMIL"}


def test_conjoined_actors_are_all_kept(nlp):
    evs = _code(nlp, "Germany and France attacked the rebel positions.",
                {"Germany": "DEU", "France": "FRA", "the rebel": "REB"})
    ev = _one(evs, "ASSAULT")
    assert _codes(ev.source) == {"DEU", "FRA"}


def test_nominal_event_with_adjectival_source_and_prepositional_target(nlp):
    evs = _code(nlp, "Turkish air strikes against Kurdish fighters continued on Sunday.",
                {"Turkish": "TUR", "Kurdish fighters": "KURREB"})
    ev = _one(evs, "ASSAULT")
    assert _codes(ev.source) == {"TUR"}
    assert _codes(ev.target) == {"KURREB"}


def test_threat_is_coded_as_threat_not_as_the_threatened_act(nlp):
    evs = _code(nlp, "The Peruvian president threatened to bomb the rebel camps.",
                {"The Peruvian president": "PERGOV", "the rebel camps": "PERREB"})
    threat = _one(evs, "THREATEN")
    assert threat.modality == "threatened"
    assert _codes(threat.source) == {"PERGOV"}
    assert _codes(threat.target) == {"PERREB"}
    assert not [e for e in evs if e.plover == "ASSAULT"]


def test_negated_event(nlp):
    ev = _one(_code(nlp, "Egypt did not attack Libya.", {"Egypt": "EGY", "Libya": "LBY"}), "ASSAULT")
    assert ev.modality == "negated"


def test_nominal_event_that_did_not_go_ahead_is_negated(nlp):
    evs = _code(nlp, "Chile's planned attack on Peru did not go ahead.", {"Chile": "CHL", "Peru": "PER"})
    ev = _one(evs, "ASSAULT")
    assert ev.modality == "negated"
    assert _codes(ev.source) == {"CHL"}


def test_conditional_and_modal_are_hypothetical(nlp):
    # what the condition supposes is no act of anyone (the kit's guidelines code the conditional act)
    evs = _code(nlp, "If Chile invades Peru, the region will suffer.", {"Chile": "CHL", "Peru": "PER"})
    assert not [e for e in evs if e.plover == "ASSAULT"]
    ev = _one(_code(nlp, "Sweden could impose sanctions on Norway.", {"Sweden": "SWE", "Norway": "NOR"}), "SANCTION")
    assert ev.modality == "hypothetical"


def test_intention(nlp):
    evs = _code(nlp, "Spain is trying to attack Portugal.", {"Spain": "ESP", "Portugal": "PRT"})
    assert _one(evs, "ASSAULT").modality == "intended"


def test_attribution_to_the_reporting_subject(nlp):
    evs = _code(nlp, "Syrian officials said Russian jets bombed the town.",
                {"Syrian officials": "SYRGOV", "Russian jets": "RUSMIL"})
    ev = _one(evs, "ASSAULT")
    assert _codes(ev.source) == {"RUSMIL"}
    assert ev.attribution is not None and ev.attribution.code == "SYRGOV"


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("Cuba expelled the Mexican diplomats last October.", "2019-10", "month"),
        ("Cuba expelled the Mexican diplomats in 2003.", "2003", "year"),
        ("Cuba expelled the Mexican diplomats last week.", "2020-06-08", "week"),
        ("Cuba expelled the Mexican diplomats.", "2020-06-15", "publication"),
    ],
)
def test_event_dates_relative_to_publication(nlp, sentence, date, precision):
    ev = _code(nlp, sentence, {"Cuba": "CUB", "the Mexican diplomats": "MEXGOV"})[0]
    assert (ev.date, ev.date_precision) == (date, precision)


def test_fatalities_follow_acled_conservative_convention(nlp):
    evs = _code(nlp, "Nigerian soldiers killed dozens of villagers.",
                {"Nigerian soldiers": "NGAMIL", "villagers": "CVL"})
    ev = _one(evs, "ASSAULT")
    q = [q for q in ev.quantities if q.kind == "fatalities"]
    assert q and q[0].value == 12


def test_implicit_support_from_backed_modifier(nlp):
    evs = _code(nlp, "The Canada-backed militia seized the port.",
                {"Canada": "CAN", "militia": "REB"})
    sup = [e for e in evs if e.implicit]
    assert sup and sup[0].plover == "SUPPORT"
    assert _codes(sup[0].source) == {"CAN"} and _codes(sup[0].target) == {"REB"}


def test_repeated_sentence_is_coded_once(nlp):
    text = "Egypt attacked Libya. Egypt attacked Libya."
    evs = _code(nlp, text, {"Egypt": "EGY", "Libya": "LBY"})
    assert len([e for e in evs if e.plover == "ASSAULT"]) == 1


def test_evidence_offsets_point_at_the_trigger(nlp):
    text = "Egypt attacked Libya."
    ev = _code(nlp, text, {"Egypt": "EGY", "Libya": "LBY"})[0]
    assert text[ev.evidence[0]:ev.evidence[1]] == ev.trigger == "attacked"


def test_vague_multiplied_quantity(nlp):
    evs = _code(nlp, "The offensive by Ethiopian troops has displaced hundreds of thousands of villagers.",
                {"Ethiopian troops": "ETHMIL", "villagers": "CVL"})
    q = [q for e in evs for q in e.quantities if q.kind == "displaced"]
    assert q and q[0].value == 100_000
