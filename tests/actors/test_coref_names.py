"""Names and definite descriptions inside one document: a KB alias inside someone else's name,
"the president" after a named president, "the union" / "the group" after a named organisation.
Sentences written for the test."""

from __future__ import annotations

from tests.actors.conftest import find


# -- a KB person alias inside a longer name ---------------------------------------------------
def test_a_kb_first_name_inside_an_unknown_full_name_is_not_that_person(run):
    ms = run("Malaysian navy spokesman Hadi Rahmanto said the tanker had been seized.")
    assert all(m.actor.country != "YEM" for m in ms)
    assert all("Abd-Rabbu" not in (m.actor.name or "") for m in ms)


def test_a_surname_alias_ending_a_name_of_the_same_person_still_resolves(run):
    for text in ("Mansur Hadi flew to Riyadh on Sunday.", "President Hadi flew to Riyadh."):
        assert find(run(text), "Hadi").actor.code == "YEMGOV", text


def test_a_kb_full_name_with_a_spelling_variant_of_a_first_name_still_resolves(run):
    ms = run("Yemeni President Abdrabbuh Mansour Hadi met the envoy.")
    assert find(ms, "Hadi").actor.code == "YEMGOV"


# -- "the president" after a named president ---------------------------------------------------
def test_the_president_is_the_last_person_named_president(run):
    ms = run("President Putin arrived in Finland on Monday. The president will hold talks there.")
    m = find(ms, "The president")
    assert (m.actor.code, m.actor.kind, m.coref) == ("RUSGOV", "person", True)
    assert m.actor.rule == "coref:the president"


def test_the_minister_is_the_last_foreign_minister_named(run):
    ms = run("Russian Foreign Minister Sergei Lavrov landed in Cairo. The minister met officials.")
    m = find(ms, "The minister")
    assert (m.actor.name, m.actor.code) == ("Sergei Lavrov", "RUSGOV")


def test_a_vice_president_is_not_the_president(run):
    ms = run("Vice President Pence toured a factory in Ohio. The president spoke in Texas.")
    assert find(ms, "The president").actor.name != "Mike Pence"


def test_the_president_with_no_president_named_keeps_its_plain_reading(run):
    m = find(run("The president condemned the bombing in the capital."), "The president")
    assert (m.actor.code, m.actor.kind, m.coref) == ("GOV", "sector", False)


def test_a_country_in_the_phrase_still_wins_over_the_named_president(run):
    ms = run("President Putin met Finnish leaders. The Finnish president thanked him.")
    assert find(ms, "Finnish president").actor.country == "FIN"


# -- "the union", "the group" after a named organisation -------------------------------------
UNION = (
    "The National Union of Harbour Workers called a walkout at the port on Tuesday. "
    "The group said the strike would last a week, and the union asked for talks."
)


def test_the_group_and_the_union_are_the_named_union(run):
    ms = run(UNION)
    for text in ("The group", "the union"):
        m = find(ms, text)
        assert (m.actor.sector, m.coref) == ("LAB", True), text
        assert m.actor.rule == f"coref:{text.lower()}"


def test_the_union_with_no_union_named_keeps_its_plain_reading(run):
    m = find(run("The union called a strike at the port."), "union")
    assert (m.actor.code, m.coref) == ("LAB", False)


def test_through_the_pipeline_the_officials_take_the_spokesmans_country_not_yemens():
    from dyads import pipeline
    from dyads.ingest import document_from_string

    text = (
        "Malaysian navy spokesman Hadi Rahmanto said authorities would investigate the collision."
    )
    doc = document_from_string(text, published="2020-05-05", doc_id="0", kind="text", source="t:0")
    actors = [a for c in pipeline.code_documents([doc]) for e in c.events for a in e.source]
    assert actors and {a.country for a in actors} == {"MYS"}


def test_pronouns_agree_with_the_honorific_and_skip_the_owner_of_their_noun(nlp):
    import dyads

    events = dyads.code(
        "Ms. Haley visited Mr. Trump in Washington on Friday. Mr. Trump's lavish praise for her set her apart "
        "from his other aides. Afterwards, she harshly criticized his spending plan."
    ).events
    praise = next(e for e in events if e.trigger == "praise")
    assert [a.text for a in praise.target] == ["her"] and praise.target[0].name != praise.source[0].name
    crit = next(e for e in events if e.trigger == "criticized")
    assert crit.source[0].text == "she" and crit.target and crit.target[0].text == "his"


def test_a_state_organ_does_not_take_its_country_from_a_rebel_mention(nlp):
    import dyads

    events = dyads.code("BRUSSELS - Several French militants hid in a flat in the city for weeks. "
                        "On Sunday the army raided the flat and arrested them.").events
    arrest = next(e for e in events if e.trigger == "arrested")
    assert [a.country for a in arrest.source] == ["BEL"]


def test_pro_and_anti_modifiers_name_no_country_of_their_own(nlp):
    import dyads

    [ev] = [e for e in dyads.code("Pro-Russian separatists attacked Ukrainian troops near Donetsk.").events
            if e.plover == "ASSAULT"]
    assert "RUS" not in {a.country for a in ev.source}
    mentions = dyads.code("Anti-government protesters marched in Caracas on Sunday.").mentions
    assert all(not (m.actor.code or "").endswith("GOV") for m in mentions if m.text.lower().startswith("anti"))
