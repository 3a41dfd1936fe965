"""User verb patterns matched on dyads' own parse (``dyads code --verbs``), with discards and issues.

Small dictionaries written for these tests; the actors are coded by a small actor dictionary."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyads import pipeline
from dyads.actors import KB
from dyads.actors.petrarch import extend_kb
from dyads.cli import app
from dyads.events import verb_dictionary
from dyads.ingest import document_from_string

ACTORS = "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n"
# names coded as bare countries (one with two codes), and an institution coded with its agent
PEOPLE = "THEODRED [ROH]\nBARAHIR [ARN]\nTHE_RIDERS [ROH/ARN]\nHALL_OF_KINGS [ARNGOV]\n"
AGENTS = "MINISTER [~GOV]\nENVOY [~GOV]\nLAWMAKER [~LEG]\nMEDIA [~MED]\nGOVERNMENT [~GOV]\nWAR_COUNCIL [~MIL]\nELDER [~OLD]\n"

VERBS = """\
&MONEY
+DOLLARS
+SWISS FRANCS

--- RESTORE  [064] ---
RESTORE
- * FULL_DIPLOMATIC TIES  [064]
- * TIES WITH + [0641]
- * CURFEW [---]

--- BREAK  [161] ---
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}

--- MEET  [040]  ---
MEET {MET MEETS MEETING}
- % * [043:043]

--- GIVE [---] ---
GIVE {GAVE GIVEN GIVES GIVING}
- $ * + &MONEY [071]

--- SCOLD [XQZ] ---
SCOLD

--- ARRIVE [032:033] ---
ARRIVE

--- CELEBRATE [040] ---
CELEBRATE
- * FEAST IN ^ + [044]

--- PRAISE [051] ---
PRAISE
- % * [051]
- NOT * + [111]

--- ACT [---] ---
ACT
- SAID WOULD * [1010]

--- CLASH [190] ---
CLASH {CLASHED CLASHES CLASHING}

--- DOWNPLAY [191] ---
DOWNPLAY

--- ATTEND [081] ---
ATTEND

--- RENEW [---] ---
RENEW
- * LICENSE [031]

--- HAIL [---] ---
HAIL
- * TREATY [057]

--- HAIL [051] ---
HAIL
- * ALLIANCE [052]

--- REGRET [---] ---
REGRET
- SAID + * [125]

--- BURN [---] ---
+BURN_DOWN
- * EMBASSY [181]

--- BOYCOTT [081] ---
BOYCOTT

--- CAUTION [160] ---
CAUTION {CAUTIONED CAUTIONS}
WARN

--- ADOPT [081] ---
ADOPT
- * RESOLUTION [102]
- * MANY OF RESOLUTION [103]

--- VOTE [---] ---
VOTE
- * ON TREATY [057]
"""

DISCARDS = "+WORLD CUP\nBASEBALL\n"
ISSUES = '<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\nn:teacher [TEACHERS]\n</ISSUE>\n'


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    d = tmp_path_factory.mktemp("dicts")
    paths = {}
    for name, text in (("actors", ACTORS), ("verbs", VERBS), ("discards", DISCARDS), ("issues", ISSUES)):
        paths[name] = d / f"test.{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    paths["people"], paths["agents"] = d / "test.people.txt", d / "test.agents.txt"
    paths["people"].write_text(PEOPLE, encoding="utf-8")
    paths["agents"].write_text(AGENTS, encoding="utf-8")
    kb = extend_kb(KB.default(), actors=[paths["actors"], paths["people"]], agents=[paths["agents"]])
    vd = verb_dictionary.load([paths["verbs"]], [paths["discards"]], [paths["issues"]])
    return kb, vd, paths


def _code(text, setup, verbs=True, only=False):
    kb, vd, paths = setup
    if only:
        vd = verb_dictionary.load([paths["verbs"]], only=True)
    doc = document_from_string(text, published="2024-01-01", doc_id="t", kind="text")
    return pipeline.code_document(doc, actor_kb=kb, verbs=vd if verbs else None)


def _codes(actors):
    return [a.code for a in actors]


def _verb_events(coded):
    return [e for e in coded.events if e.rule.startswith("verbs ")]


def test_pattern_gives_code_rule_and_actors(setup, nlp):
    coded = _code("Arnor restored full diplomatic ties with Gondor on Monday.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "064" and ev.plover  # a CAMEO code: PLOVER comes from the ontology
    assert _codes(ev.source) == ["ARN"] and _codes(ev.target) == ["GON"]
    assert "test.verbs.txt:7 pattern '* FULL_DIPLOMATIC TIES' [064]" in ev.rule


def test_most_specific_pattern_and_target_slot_and_non_cameo_code(setup, nlp):
    coded = _code("Arnor restored its ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    # "0641" is not a CAMEO code: it passes through, PLOVER from its parent 064
    assert ev.cameo == "0641" and _codes(ev.target) == ["GON"]
    coded = _code("Arnor scolded Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "XQZ" and ev.plover == "" and "default of SCOLD" in ev.rule


def test_source_and_target_slots_and_synonym_set(setup, nlp):
    coded = _code("Arnor gave Gondor ten million swiss francs.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "071" and _codes(ev.source) == ["ARN"] and _codes(ev.target) == ["GON"]


def test_compound_actors_act_on_each_other(setup, nlp):
    coded = _code("Arnor and Gondor met in Rohan.", setup)
    got = sorted((_codes(e.source)[0], _codes(e.target)[0]) for e in _verb_events(coded))
    assert got == [("ARN", "GON"), ("GON", "ARN")]
    assert all(e.cameo == "043" for e in _verb_events(coded))


def test_paired_code_adds_the_reciprocal_event(setup, nlp):
    coded = _code("Arnor arrived in Gondor on Monday.", setup)
    got = sorted((_codes(e.source)[0], _codes(e.target)[0], e.cameo) for e in _verb_events(coded))
    assert got == [("ARN", "GON", "032"), ("GON", "ARN", "033")]


def test_caret_skips_a_noun_phrase(setup, nlp):
    coded = _code("Arnor celebrated the feast in Rohan with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "044" and _codes(ev.source) == ["ARN"] and _codes(ev.target) == ["GON"]


def test_compound_subject_gives_one_event_per_actor(setup, nlp):
    coded = _code("Arnor, Rohan and Gondor scolded the envoy of Mordor.", setup)
    evs = _verb_events(coded)
    assert evs and sorted(c for e in evs for c in _codes(e.source)) == ["ARN", "GON", "ROH"]


def test_multi_word_verb_and_block_default(setup, nlp):
    coded = _code("Gondor broke off relations with Arnor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "161" and ev.trigger.startswith("broke off") and "default of BREAK" in ev.rule


def test_negation_keeps_dyads_modality(setup, nlp):
    coded = _code("Arnor did not restore full diplomatic ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "064" and ev.modality == "negated"


def test_compound_of_a_one_way_act_gives_both_directions(setup, nlp):
    coded = _code("Arnor and Gondor praised the treaty.", setup)
    got = sorted((_codes(e.source)[0], _codes(e.target)[0]) for e in _verb_events(coded))
    assert got == [("ARN", "GON"), ("GON", "ARN")]


def test_negation_or_modal_spelled_out_in_the_pattern_is_its_code(setup, nlp):
    coded = _code("Arnor did not praise Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "111" and ev.modality == "asserted" and "spells out the negation" in ev.rule
    coded = _code("Arnor said it would act against Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "1010" and ev.modality == "asserted" and "spells out the modal" in ev.rule


def test_nominal_events_in_the_verb_phrase_are_part_of_its_event(setup, nlp):
    coded = _code("Arnor downplayed its meeting with Gondor.", setup)
    without = _code("Arnor downplayed its meeting with Gondor.", setup, verbs=False)
    assert any("meeting" in e.trigger for e in without.events)  # dyads' lexicon codes the meeting
    assert [e.cameo for e in coded.events] == ["191"]
    text = "Arnor attended the rally supporting Gondor."
    assert any("support" in e.trigger for e in _code(text, setup, verbs=False).events)
    assert [e.cameo for e in _code(text, setup).events] == ["081"]


def test_agent_titles_a_name_coded_as_a_country(setup, nlp):
    coded = _code("Rohan Minister Theodred scolded Gondor.", setup)
    [ev] = _verb_events(coded)
    assert _codes(ev.source) == ["ROHGOV"] and _codes(ev.target) == ["GON"]
    coded = _code("Arnor's foreign minister Barahir scolded Gondor.", setup)
    [ev] = _verb_events(coded)
    assert _codes(ev.source) == ["ARNGOV"]  # the apposed name is the minister, not a second actor


def test_agents_combine_with_the_nearest_actors_of_a_compound(setup, nlp):
    def sources(text):
        return sorted(c for e in _verb_events(_code(text, setup)) for c in _codes(e.source))

    assert sources("The envoys of Arnor and Rohan scolded Gondor.") == ["ARNGOV", "ROHGOV"]
    assert sources("Lawmakers in Arnor and Rohan scolded Gondor.") == ["ARNLEG", "ROHLEG"]
    assert sources("Arnor's media and government scolded Gondor.") == ["ARNGOV", "ARNMED"]


def test_a_target_that_is_the_source_gives_way_to_the_next_actor(setup, nlp):
    coded = _code("Arnor renewed its license in Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "031" and _codes(ev.source) == ["ARN"] and _codes(ev.target) == ["GON"]


def test_a_code_with_slashes_names_several_actors(setup, nlp):
    got = sorted((_codes(e.source), _codes(e.target)) for e in _verb_events(_code("The Riders scolded Gondor.", setup)))
    assert got == [(["ROH", "ARN"], ["GON"])]


def test_a_verb_in_two_blocks_has_the_patterns_of_both(setup, nlp):
    assert [e.cameo for e in _verb_events(_code("Arnor hailed the treaty with Gondor.", setup))] == ["057"]
    assert [e.cameo for e in _verb_events(_code("Arnor hailed the alliance with Gondor.", setup))] == ["052"]


def test_null_code_pattern_removes_the_event(setup, nlp):
    coded = _code("Arnor restored the curfew in Gondor.", setup)
    assert not [e for e in coded.events if e.trigger.lower().startswith("restor")]


def test_discards_drop_sentence_or_story(setup, nlp):
    coded = _code("Arnor restored full diplomatic ties with Gondor. Rohan gave Arnor swiss francs for baseball.", setup)
    assert [e.cameo for e in _verb_events(coded)] == ["064"]
    coded = _code("Arnor restored full diplomatic ties with Gondor after the World Cup.", setup)
    assert coded.events == [] and "WORLD CUP" in coded.article.meta["discarded"]


def test_issues_on_events_and_document(setup, nlp):
    coded = _code("Arnor restored full diplomatic ties with Gondor to help its teachers.", setup)
    [ev] = _verb_events(coded)
    assert ev.rule.endswith("issues: EDUCATION:TEACHERS")
    assert coded.article.meta["issues"][0]["code"] == "TEACHERS"


def test_without_dictionaries_nothing_changes_and_verbs_only(setup, nlp):
    text = "Arnor restored full diplomatic ties with Gondor and attacked Rohan."
    plain = _code(text, setup, verbs=False)
    assert plain.events and not _verb_events(plain)
    only = _code(text, setup, only=True)
    assert only.events and all(e.rule.startswith("verbs ") for e in only.events)


def test_cli_verbs_discards_issues_and_bad_lines(tmp_path, nlp):
    verbs = tmp_path / "v.txt"
    verbs.write_text(VERBS + "- * BROKEN PATTERN\n", encoding="utf-8")
    actors = tmp_path / "a.txt"
    actors.write_text(ACTORS + "MORDOR [MOR 9008223-911221]\n", encoding="utf-8")  # a bad date: skipped
    issues = tmp_path / "i.txt"
    issues.write_text(ISSUES, encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text("Arnor gave Gondor ten million swiss francs for its teachers.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["code", str(text), "--actors", str(actors), "--verbs", str(verbs),
                                 "--issues", str(issues), "--format", "jsonl", "--no-db"])
    assert r.exit_code == 0, r.output
    assert f"{verbs}:{VERBS.count(chr(10)) + 1}: a pattern needs one [code]" in " ".join(r.stderr.split())
    assert f"{actors}:4: cannot read code" in " ".join(r.stderr.split())
    rec = json.loads(r.stdout.splitlines()[0])
    ev = next(e for e in rec["events"] if e["rule"].startswith("verbs "))
    assert ev["cameo"] == "071" and rec["issues"][0]["code"] == "TEACHERS"
    r = CliRunner().invoke(app, ["code", str(text), "--verbs", str(tmp_path / "missing.txt"), "--no-db"])
    assert r.exit_code == 1 and "dictionary not found" in r.stderr


def test_the_dask_worker_function_threads_the_dictionary(setup, nlp):
    import pickle

    from dyads.scale import code_batch

    kb, vd, _ = setup
    vd = pickle.loads(pickle.dumps(vd))  # what a worker receives
    doc = document_from_string("Arnor restored full diplomatic ties with Gondor.", doc_id="d", kind="text")
    [coded] = code_batch([doc], actor_kb=kb, verbs=vd)
    assert [e.cameo for e in _verb_events(coded)] == ["064"]


def test_a_target_slot_on_the_subject_leaves_the_source_to_the_governing_clause(setup, nlp):
    # "- SAID + *": the verb's own subject is the target; the one who said it is the source
    coded = _code("Arnor said that Gondor regretted the vote.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "125" and _codes(ev.source) == ["ARN"] and _codes(ev.target) == ["GON"]
    assert "subject of 'said'" in ev.rule


def test_a_possessive_pronoun_gives_no_actor(setup, nlp):
    # PETRARCH reads personal pronouns but not possessive ones: "its embassy" names no target
    coded = _code("Arnor waited for years after Gondor crowds burned down its embassy.", setup)
    [ev] = [e for e in _verb_events(coded) if e.cameo == "181"]
    assert _codes(ev.source) == ["GON"] and ev.target == []
    coded = _code("Arnor waited for years after Gondor crowds burned down its embassy in Rohan.", setup)
    [ev] = [e for e in _verb_events(coded) if e.cameo == "181"]
    assert _codes(ev.target) == ["ROH"]


def test_an_actor_the_sentence_does_not_name_gives_way_to_the_first_in_the_phrase(setup, nlp):
    plain = _code("Gondor boycotted the parade supporting Arnor.", setup, verbs=False)
    assert [c for e in plain.events for c in _codes(e.target)] != ["ARN"]  # dyads infers the target
    coded = _code("Gondor boycotted the parade supporting Arnor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "081" and _codes(ev.source) == ["GON"] and _codes(ev.target) == ["ARN"]


def test_clauses_inside_a_coded_verb_phrase_are_not_coded(setup, nlp):
    # PETRARCH2 codes a verb phrase once: the clauses inside the phrase of a verb that coded an
    # event ("after meeting Rohan", "to burn down the embassy") add no events ...
    coded = _code("Arnor restored full diplomatic ties with Gondor after meeting Rohan.", setup)
    assert [(e.cameo, _codes(e.target)) for e in _verb_events(coded)] == [("064", ["GON"])]
    coded = _code("Arnor restored full diplomatic ties with Gondor on Monday, years after Rohan crowds burned "
                  "down the embassy of Gondor.", setup)
    assert [e.cameo for e in _verb_events(coded)] == ["064"]
    coded = _code("Arnor restored full diplomatic ties on Monday, years after Rohan crowds burned down the embassy "
                  "of Gondor.", setup)  # a coded verb without a target too
    assert [e.cameo for e in _verb_events(coded)] == ["064"]
    # ... but a verb the dictionary does not code leaves its clauses coded
    coded = _code("Arnor is about to improve ties with Gondor years after Rohan crowds burned down the embassy "
                  "of Gondor.", setup)
    assert "181" in [e.cameo for e in _verb_events(coded)]


def test_a_pattern_word_does_not_reach_into_a_noun_modifier(setup, nlp):
    # PETRARCH2 matches the head of the verb's noun phrase, not a noun in a phrase modifying it,
    # unless the pattern names the preposition
    coded = _code("Arnor adopted a resolution with Gondor.", setup)
    assert [e.cameo for e in _verb_events(coded)] == ["102"]
    coded = _code("Arnor adopted a set of resolutions with Gondor.", setup)
    assert [e.cameo for e in _verb_events(coded)] == ["081"]
    coded = _code("Arnor adopted many of the resolutions with Gondor.", setup)
    assert [e.cameo for e in _verb_events(coded)] == ["103"]


def test_an_actor_in_a_phrase_modifying_another_actor_is_no_actor_of_the_event(setup, nlp):
    # PETRARCH2 takes a noun phrase's actors from its own words and reads its prepositional
    # phrases only when those name none: "the claims of Arnor of the house of Rohan" is Arnor's
    coded = _code("Gondor downplayed the claims of Arnor of the house of Rohan.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "191" and _codes(ev.target) == ["ARN"] and "'Rohan' modifies" in ev.rule
    coded = _code("Gondor downplayed the claims of the house of Rohan.", setup)  # no actor before it
    [ev] = _verb_events(coded)
    assert _codes(ev.target) == ["ROH"]


def test_a_coded_verb_with_a_clause_and_no_actor_in_it_codes_nothing(setup, nlp):
    # PETRARCH2 codes a verb whose complement is a clause through that clause's events only
    # (a harm to a state of things, "would harm the whole region", is a forecast, no threat at all)
    text = "The minister of Gondor told reporters the negotiations had broken down and warned that closing the port would hurt the fishermen."
    plain = _code(text, setup, verbs=False)
    assert [(e.cameo, _codes(e.target)) for e in plain.events if e.trigger == "warned"] == [("130", [])]
    assert [e for e in _code(text, setup).events if e.trigger == "warned"] == []
    coded = _code("Gondor warned Arnor that closing the port would hurt the fishermen.", setup)
    assert [(e.cameo, _codes(e.target)) for e in _verb_events(coded)] == [("160", ["ARN"])]


def test_an_actor_hung_on_a_subjectless_verb_as_a_modifier_is_its_subject(setup, nlp):
    # the parser reads "Rohan vote" as a noun compound, leaving the verb without a subject;
    # PETRARCH2 takes the noun phrase before the verb as its source
    coded = _code("Rohan vote on a treaty with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "057" and _codes(ev.source) == ["ROH"] and _codes(ev.target) == ["GON"]
    assert "subject: 'Rohan' before the verb" in ev.rule


def test_an_agent_in_a_coded_institution_appends_its_code(setup, nlp):
    # PETRARCH appends the code of an agent "in" or "of" an actor to that actor's code, unless the
    # code holds it already: lawmakers in the Hall of Kings (ARNGOV) are ARNGOVLEG, ministers ARNGOV
    coded = _code("Lawmakers in the Hall of Kings are about to restore full diplomatic ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert ev.cameo == "064" and _codes(ev.source) == ["ARNGOVLEG"] and _codes(ev.target) == ["GON"]
    coded = _code("Ministers in the Hall of Kings are about to restore full diplomatic ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert _codes(ev.source) == ["ARNGOV"]


def test_every_agent_of_the_noun_phrase_is_appended_to_its_actor(setup, nlp):
    # PETRARCH mixes each agent of a noun phrase into its actor's code, in the text's order,
    # unless the code holds it already at a three-letter boundary
    coded = _code("Rohan war council elders plan to restore full diplomatic ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert _codes(ev.source) == ["ROHMILOLD"] and _codes(ev.target) == ["GON"]
    coded = _code("The elders of the Hall of Kings plan to restore full diplomatic ties with Gondor.", setup)
    [ev] = _verb_events(coded)
    assert _codes(ev.source) == ["ARNGOVOLD"]


def test_an_agent_code_that_extends_the_actors_code_is_not_repeated():
    # a government (ARNGOV) named with a war ministry agent (GOVMIL) is ARNGOVMIL, not ARNGOVGOVMIL
    from dyads.events.verb_patterns import _beyond

    assert _beyond("ARNGOV", "GOVMIL") == "MIL"
    assert _beyond("ARNGOV", "WGO") == "WGO" and _beyond("ARN", "GOVMIL") == "GOVMIL"


def test_a_dictionary_code_keeps_two_sided_fighting_a_dyad(setup, nlp):
    # dyads codes two-sided fighting with both sides as its source (PLOVER); the user's CAMEO
    # dictionary codes dyads: the first side to the other
    coded = _code("Arnor clashed with Gondor on the border.", setup)
    got = [(_codes(e.source), _codes(e.target), e.cameo) for e in coded.events]
    assert got == [(["ARN"], ["GON"], "190")], got
