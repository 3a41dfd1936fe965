"""The learned-actor store: save from mentions, load into a KB, resolve in a later document."""

from __future__ import annotations

import duckdb
import pytest

from dyads.actors import learned
from dyads.actors.kb import shipped_kb
from dyads.errors import InputError


@pytest.fixture()
def con():
    c = duckdb.connect(":memory:")
    yield c
    c.close()


def test_learned_actor_is_saved_and_resolves_in_a_later_document(run, con):
    first = run("Kenyan opposition leader Wanjiru Kamau called a general strike.")
    rows = learned.from_mentions(first, doc_id="doc1", date="2017-06-01")
    assert [(r.alias, r.code, r.country) for r in rows] == [("Wanjiru Kamau", "KENOPP", "KEN")]
    assert rows[0].descriptor and "opposition leader" in rows[0].descriptor
    assert learned.save(con, rows) == 1
    assert learned.save(con, rows) == 0  # alias is the key: stored once

    kb = learned.kb_with_learned(con, shipped_kb())
    later = run("Wanjiru Kamau met the ambassador. Kamau said talks went well.", kb=kb)
    codes = {m.text: m.actor.code for m in later}
    assert codes["Wanjiru Kamau"] == "KENOPP"
    assert codes["Kamau"] == "KENOPP"
    assert next(m for m in later if m.text == "Wanjiru Kamau").actor.rule == "learned:stored"


def test_user_rows_override_and_can_be_removed(con):
    learned.save(con, [learned.LearnedActor("Acme Militia", "Acme Militia", "NGAREB")])
    learned.add(con, learned.LearnedActor("Acme Militia", "", "CMRREB"))
    (row,) = learned.load(con)
    assert (row.code, row.country, row.sector, row.origin) == ("CMRREB", "CMR", "REB", "user")
    learned.save(con, [learned.LearnedActor("Acme Militia", "Acme Militia", "NGAREB")])
    assert learned.load(con)[0].code == "CMRREB"  # a learned row never overwrites a user row
    assert learned.remove(con, "Acme Militia") is True
    assert learned.remove(con, "Acme Militia") is False
    assert learned.load(con) == []


def test_bad_code_is_refused(con):
    with pytest.raises(InputError, match="not a CAMEO-style code"):
        learned.add(con, learned.LearnedActor("Someone", "", "usa-gov"))
    with pytest.raises(InputError, match="non-empty alias"):
        learned.add(con, learned.LearnedActor(" ", "", "USAGOV"))


def test_table_has_the_store_columns(con):
    learned.ensure_table(con)
    cols = [r[0] for r in con.execute("DESCRIBE learned_actors").fetchall()]
    assert cols == [*learned.BASE_COLUMNS, "created_at", *learned.REVIEW_COLUMNS]


def test_store_migrations_give_the_same_learned_actors_table(tmp_path, con):
    from dyads.store import Store

    learned.ensure_table(con)
    mine = con.execute("DESCRIBE learned_actors").fetchall()
    with Store(tmp_path / "s.duckdb") as st:
        theirs = st.connection.execute("DESCRIBE learned_actors").fetchall()
    assert [r[:2] for r in theirs] == [r[:2] for r in mine]


def test_a_learned_body_owned_by_another_country_is_that_countrys(run, con):
    first = run("Colombia's Ombudsman's Office condemned the murder of the councilman in Cauca.")
    learned.save(con, learned.from_mentions(first, doc_id="doc1", date="2017-06-01"))
    kb = learned.kb_with_learned(con, shipped_kb())
    assert [m.actor.code for m in run("The Ombudsman's Office warned of new violence.", kb=kb)
            if "Ombudsman" in m.text] == ["COL"]
    later = run("Peru's Ombudsman's Office urged both sides to return to talks.", kb=kb)
    assert [m.actor.code for m in later if "Ombudsman" in m.text] == ["PER"]
