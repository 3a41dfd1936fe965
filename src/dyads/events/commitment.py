"""Announced acts coded by their direction, as PLOVER does (cues.yaml ``commitment_cues``)."""

from __future__ import annotations

from dyads.events import lexicon
from dyads.events.cues import Cues
from dyads.events.modality import OBLIGING_VERBS

# CAMEO's "express intent to ..." code for an announced cooperative act of a kind (a meeting to
# come is 036, aid to come 033), so the kind of act stays in the code.
INTENT_CODES = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032"}
# CAMEO's threat code for an announced hostile act of a kind ("would impose sanctions": 1312).
THREAT_CODES = {"SANCTION": "1312", "ASSAULT": "138", "COERCE": "137", "MOBILIZE": "138"}
BASE_ESTABLISHED = "Headquarters or base established"  # the ACLED sub-event of a base or camp set up


def commitment(coding: lexicon.Coding, modality: str, mod, cues: Cues, rule: str, trigger_dep: str = "",
               own_speaker: bool = False, effective: bool = False):
    """PLOVER codes an announced act by its direction (see cues.yaml, commitment_cues):
    "will withdraw troops unless ..." is THREATEN, "will give a grant" is AGREE, "will not accept
    refugees" is REJECT. The announced act stays in ``rule``; an attempt ("trying to") keeps its type.
    ``own_speaker``: the act's doer is the speaker's own state ("Erdogan said Turkey could launch an
    operation against X"): its hostile act said to be possible is a veiled threat."""
    if any(r.startswith("subject '") for r in mod.reasons):
        return coding, modality, rule  # "None of them offered ...": no one acted, nothing to recode
    if mod.cue in OBLIGATION_MODALS and modality in ("intended", "hypothetical"):
        # "the ELN must first release every hostage": what another says it is obliged to do, no
        # pledge or threat of its own (a speaker's demand is coded by deontic.py)
        return coding, "hypothetical", rule + f"; an obligation ('{mod.cue}'), no pledge"

    if coding.plover == "AGREE" and modality == "negated":
        recoded = lexicon.by_plover("REJECT")  # "did not / will not accept" is a refusal
        if recoded is not None:
            return recoded, "asserted", rule + f"; negated '{coding.trigger}' coded as REJECT"
    if coding.plover in ("THREATEN", "AGREE", "REJECT", "REQUEST", "ACCUSE"):
        return coding, modality, rule
    if coding.plover in ("CONCEDE", "RETREAT") and modality in ("intended", "hypothetical") and mod.condition != "unless":
        # PLOVER: announced retreats and resignations are CONCEDE/RETREAT, intended ("would resign
        # at the end of the year"), not a pledge to cooperate
        return coding, "intended", rule + f"; announced '{coding.trigger}' keeps its type"
    if (coding.plover == "MOBILIZE" and modality == "intended" and mod.condition is None and not mod.conditional
            and (coding.acled or "") == BASE_ESTABLISHED):
        # "plans to build a naval base in X": a base to come, no threat to the place it is built in
        return coding, "intended", rule + f"; announced '{coding.trigger}' keeps its type"
    if (coding.plover == "PROTEST" and modality == "intended" and mod.condition is None
            and not mod.conditional):
        # a strike or march called for a day ("will walk out on Tuesday") is a protest to come,
        # not a threat: nothing is demanded on pain of it
        return coding, "intended", rule + f"; announced '{coding.trigger}' keeps its type"
    if trigger_dep in ("nsubj", "nsubjpass"):
        return coding, modality, rule  # "the capture would mean ...": a consequence, not an announcement
    if coding.plover == "SANCTION" and mod.cue in DECISIONS and modality == "intended" and mod.condition is None:
        # "the government has decided to downgrade relations with X": the decision is the sanction
        # taken, no threat of one
        return coding, "asserted", rule + f"; '{coding.trigger}' decided is done"
    if (coding.plover == "SANCTION" and effective and modality == "intended" and mod.condition is None
            and not mod.conditional):
        # "Canada will impose 25 per cent tariffs on US goods, effective 12:01 a.m. today": a measure
        # with its starting time set is taken, no threat
        return coding, "asserted", rule + f"; '{coding.trigger}' with its start set is taken"
    if mod.cue in OBLIGING_VERBS:
        return coding, modality, rule  # "the treaty obliges states to arrest him if ...": a duty, no one's pledge
    committed = mod.cue in cues.commitment_cues or (modality == "hypothetical" and mod.conditional)
    if (not committed and own_speaker and modality == "hypothetical" and mod.cue in POSSIBILITY_MODALS
            and (coding.quad_class or 0) >= 3):
        committed = True  # "Turkey could launch a ground operation at any moment", says its president
    if not committed or _commentators(mod):
        return coding, modality, rule
    # "will do X unless Y" is coercive whatever X is: a threat
    hostile = (coding.quad_class or 0) >= 3 or mod.condition == "unless"
    if modality == "negated" and mod.condition == "unless" and (coding.quad_class or 0) < 3:
        target_type = "THREATEN"  # "would not support the package unless X ...": a help withheld to coerce
    elif modality == "negated" and not hostile:
        target_type = "REJECT"
    elif modality in ("intended", "hypothetical"):
        target_type = "THREATEN" if hostile else "AGREE"
    else:
        return coding, modality, rule
    kinds = INTENT_CODES if target_type == "AGREE" else THREAT_CODES if target_type == "THREATEN" else {}
    recoded = (lexicon.by_cameo(kinds[coding.plover]) if coding.plover in kinds else None) or lexicon.by_plover(target_type)
    if recoded is None:
        return coding, modality, rule
    rule += f"; announced '{coding.trigger}' ({coding.plover}) coded as {target_type}"
    # (a refusal is itself told as a fact: "will not negotiate with X" is a REJECT, asserted)
    return recoded, ("threatened" if target_type == "THREATEN" else "asserted" if target_type == "REJECT"
                     else modality), rule


OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
DECISIONS = frozenset({"decide"})  # (of the commitment cues, those that take the act itself)
# Words that set when a measure starts ("effective midnight", "as of Monday", "starting March 4").
START_WORDS = frozenset({"effective", "starting", "beginning"})


def takes_effect(head) -> bool:
    """The trigger's sentence sets, after it, the time its measure starts: "effective 12:01 a.m. on
    March 4", "as of Monday", "starting from midnight"."""
    doc = head.doc
    end = head.sent.end
    for i in range(head.i + 1, end):
        t = doc[i]
        if t.lower_ in START_WORDS or (t.lower_ == "as" and i + 1 < end and doc[i + 1].lower_ == "of"):
            if any(doc[k].ent_type_ in ("DATE", "TIME") for k in range(i + 1, min(end, i + 8))):
                return True
    return False


# Modals of what one may do: said by a state of its own hostile act, a veiled threat.
POSSIBILITY_MODALS = frozenset({"could", "may", "might", "can"})


# Those who say what others could do: their "X could impose sanctions if ..." is a forecast, not X's pledge.
COMMENTATORS = frozenset({"analyst", "expert", "observer", "commentator", "economist", "critic", "scholar",
                          "academic", "researcher", "pundit", "strategist"})


def _commentators(mod) -> bool:
    """The statement is reported from commentators, not from the one who would act."""
    tok = mod.attribution_tok
    return tok is not None and tok.lemma_.lower() in COMMENTATORS
