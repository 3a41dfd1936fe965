"""The named steps of the event extractor, one at a time (sentences written for these tests)."""

from __future__ import annotations

from dyads.events import lexicon, make, speech_acts
from dyads.events.cues import load_cues
from dyads.events.modality import Modality, analyse, subject_modality
from dyads.events.roles import drop_self
from dyads.model import Actor


def test_an_actor_does_not_act_on_itself():
    usa, irq = Actor(text="US", name="United States", code="USA"), Actor(text="Iraq", name="Iraq", code="IRQ")
    assert drop_self([usa], [usa, irq]) == [irq]


def test_confidence_grows_with_the_actors_found():
    a = [Actor(text="X", code="X")]
    assert make.confidence([], []) < make.confidence(a, []) < make.confidence(a, a)
    assert make.confidence(a, a) == make.CONF_BASE + make.CONF_SOURCE + make.CONF_TARGET


def test_negative_quantifier_subject_denies_the_event(nlp):
    doc = nlp("None of them attacked the base.")
    mod = Modality()
    assert subject_modality(mod, doc[0]) == "negated"
    assert mod.reasons == ("subject 'None'",)
    assert subject_modality(Modality(), doc[3]) == "asserted"


def test_complement_of_a_demand_is_content_not_an_act(nlp):
    sent = next(nlp("The government demanded that the rebels stop attacking civilians.").sents)
    cues = load_cues()
    matches = lexicon.find(sent)
    analysed = {m.head.i: analyse(m.head, cues) for m in matches}
    suppressed = speech_acts.suppress_content(matches, analysed)
    attack = next(m for m in matches if m.head.lower_ == "attacking")
    assert suppressed == {attack.head.i}
    assert analysed[attack.head.i].embedded_kind == "request"


def test_speaker_threat_idioms_ignore_articles_and_intensifiers():
    def coding(trigger):
        return lexicon.Coding(trigger=trigger, pos="verb", cameo="130", plover="THREATEN", mode=None, quad_class=4,
                              goldstein=None, acled=None, acled_type=None, target_preps=frozenset())

    cues = load_cues()
    assert speech_acts.is_speaker_threat(coding("pay a heavy price"), cues)
    assert not speech_acts.is_speaker_threat(coding("threaten"), cues)
