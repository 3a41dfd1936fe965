"""Counts of dead and wounded (ACLED's conservative convention), on sentences written for these
tests: single victims, headline style, vague and ranged numbers, number words, wounded apart."""

from __future__ import annotations

import pytest

from dyads.events.quantities import parse_number, quantities_for, sentence_counts


@pytest.mark.parametrize(
    "words, value",
    [
        ("as many as 40", 40),  # never 400
        ("at least 12", 12),
        ("more than 70", 70),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("tens of thousands", 10_000),
        ("twenty-three", 23),
        ("two hundred and fifty", 250),
        ("10 to 15", 10),
        ("between 30 and 35", 30),
        ("6-8", 6),
        ("two dozen", 24),
        ("4,500", 4500),
    ],
)
def test_number_phrases(words, value):
    assert parse_number(words.split())[0] == value


def _counts(nlp, text: str) -> dict[str, int]:
    sent = next(iter(nlp(text).sents))
    out: dict[str, int] = {}
    for m in sentence_counts(sent):
        out[m.kind] = max(out.get(m.kind, 0), m.count.value)
    return out


@pytest.mark.parametrize(
    "text, dead",
    [
        # one victim, no number: 1
        ("A shopkeeper was shot dead outside his home on Tuesday.", 1),
        ("Unknown gunmen killed a traffic policeman in the capital.", 1),
        ("A soldier died when his patrol hit a roadside mine.", 1),
        ("Assailants stabbed him to death near the station.", 1),
        ("Robbers shot a taxi driver and he later died in hospital.", 1),
        ("Robbers shot a taxi driver, who died in hospital.", 1),
        # headline style
        ("Seven villagers killed.", 7),
        ("3 fishermen killed in naval shelling", 3),
        ("Overnight fighting leaves nine dead", 9),
        # vague and ranged quantities, number words
        ("As many as 60 people were killed in the raid.", 60),
        ("At least 14 protesters were killed by security forces.", 14),
        ("Militants killed dozens of farmers in the district.", 12),
        ("Hundreds of civilians have died in the siege.", 100),
        ("Thirty-two soldiers were killed in the ambush.", 32),
        ("Between 20 and 25 miners were killed when the rebels attacked.", 20),
        # conjoined victims add up; people listed after "including" do not
        ("The bomb killed a soldier and two teachers.", 3),
        ("Eleven people were killed, including four children.", 11),
        # a collective noun counts its "of" phrase
        ("The shell killed a family of six in their home.", 6),
        ("A local council member was killed near the market.", 1),
    ],
)
def test_fatalities(nlp, text, dead):
    assert _counts(nlp, text).get("fatalities") == dead


def test_death_toll_of_one_event_but_not_of_a_period(nlp):
    assert _counts(nlp, "The death toll from the market bombing climbed to 37 on Friday.").get("fatalities") == 37
    assert "fatalities" not in _counts(nlp, "Air raids pushed the death toll to 510 within three weeks.")


def test_a_killed_thing_is_no_victim(nlp):
    assert "fatalities" not in _counts(nlp, "The committee chairman killed the bill last week.")
    assert "fatalities" not in _counts(nlp, "Opposition parties killed the budget proposal.")


def test_expelling_one_envoy_displaces_no_one(nlp):
    assert "displaced" not in _counts(nlp, "The government expelled the ambassador on Monday.")
    assert _counts(nlp, "The floods and fighting displaced 3,000 families.").get("displaced") == 3000


def test_bare_plural_gives_no_count(nlp):
    assert "fatalities" not in _counts(nlp, "Rebels killed civilians in the north.")


def test_wounded_kept_apart_from_killed(nlp):
    got = _counts(nlp, "Four guards were killed and 17 others wounded in the blast.")
    assert got.get("fatalities") == 4 and got.get("injured") == 17
    got = _counts(nlp, "2 dead, 6 injured in market shooting")
    assert got.get("fatalities") == 2 and got.get("injured") == 6


def test_dead_and_wounded_counted_together_give_no_death_count(nlp):
    assert "fatalities" not in _counts(nlp, "About 30 villagers were killed and wounded by the mortar fire.")
    got = _counts(nlp, "One dead and 3 injured after gunmen opened fire at a bus stop")
    assert got.get("fatalities") == 1 and got.get("injured") == 3


def test_event_takes_the_count_of_its_clause(nlp):
    doc = nlp("An airstrike on the market killed 22 traders, and police arrested three men in another town.")
    strike = next(t for t in doc if t.lower_ == "airstrike")
    kinds = {q.kind: q.value for q in quantities_for(strike)}
    assert kinds.get("fatalities") == 22 and "arrested" not in kinds
    arrest = next(t for t in doc if t.lower_ == "arrested")
    kinds = {q.kind: q.value for q in quantities_for(arrest)}
    assert kinds.get("arrested") == 3 and "fatalities" not in kinds


def test_main_event_carries_the_fatalities():
    import dyads
    from dyads.events import main_event

    coded = dyads.code("Gunmen killed eight miners in an attack on a gold mine in the north.", published="2021-03-02")
    ev = main_event(coded.events)
    assert ev is not None
    assert [q.value for q in ev.quantities if q.kind == "fatalities"] == [8]


def _fatalities_of(nlp, text: str, trigger: str) -> int | None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return next((q.value for q in quantities_for(tok) if q.kind == "fatalities"), None)


def test_toll_in_the_next_sentence_belongs_to_the_attack(nlp):
    text = "Armed men raided a checkpoint outside the village on Sunday. Four guards were killed."
    assert _fatalities_of(nlp, text, "raided") == 4


def test_toll_not_carried_across_paragraphs_or_to_another_perpetrator(nlp):
    text = "Armed men raided a checkpoint outside the village on Sunday.\nFour guards were killed."
    assert _fatalities_of(nlp, text, "raided") is None
    text = "Armed men raided a checkpoint outside the village on Sunday. Soldiers later killed two of them."
    assert _fatalities_of(nlp, text, "raided") is None
