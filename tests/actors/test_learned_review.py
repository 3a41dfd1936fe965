"""Learned actors (issue 18): a confidence, evidence, review and rejection, and use within the
run that learned them."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from dyads.actors import learned
from dyads.actors.kb import shipped_kb
from dyads.actors.memory import RunMemory
from dyads.cli import app

TEACHES = "Kenyan opposition leader Achieng Otieno called a general strike in Nairobi."
USES = "Police arrested Achieng Otieno on Friday."


@pytest.fixture()
def con():
    c = duckdb.connect(":memory:")
    yield c
    c.close()


def _actor(code: str = "KENOPP", **kw) -> learned.LearnedActor:
    first = learned.FIRST_CONFIDENCE["learned:descriptor"]
    return learned.LearnedActor("Achieng Otieno", "Achieng Otieno", code, confidence=first, **kw)


def test_learned_actor_carries_its_sentence_source_and_a_first_confidence(run):
    text = "The strike began on Monday. " + TEACHES + " Shops stayed shut."
    (row,) = learned.from_mentions(run(text), "d1", "2017-06-01", text, "feeds/ke.txt")
    assert (row.alias, row.code) == ("Achieng Otieno", "KENOPP")
    assert row.evidence == TEACHES
    assert row.source == "feeds/ke.txt"
    assert row.confidence == learned.FIRST_CONFIDENCE["learned:descriptor"]


def test_confidence_grows_with_agreeing_documents_and_halves_on_a_conflict(con):
    learned.save(con, [_actor()])
    learned.save(con, [_actor()])
    (row,) = learned.load(con)
    assert (row.seen, row.conflicts, row.confidence) == (2, 0, 0.84)
    learned.save(con, [_actor("KENREB")])
    (row,) = learned.load(con)
    assert (row.code, row.seen, row.conflicts, row.confidence) == ("KENOPP", 2, 1, 0.42)
    assert not row.usable  # under USE_CONFIDENCE: listed for review, resolves nowhere
    kb = learned.kb_with_learned(con, shipped_kb())
    assert "achieng otieno" not in kb.aliases


def test_rejected_actor_is_not_used_nor_learned_again(run, con):
    learned.save(con, [_actor()])
    assert learned.reject(con, "Achieng Otieno") is True
    assert learned.reject(con, "Nobody Here") is False
    learned.save(con, [_actor()])  # taught again: stays rejected, no new sighting
    (row,) = learned.load(con)
    assert row.rejected and row.seen == 1
    later = run(USES, kb=learned.kb_with_learned(con, shipped_kb()))
    assert all(m.actor.code != "KENOPP" for m in later)
    assert learned.review(learned.load(con)) == []
    assert [a.alias for a in learned.review(learned.load(con), include_rejected=True)] == [
        "Achieng Otieno"
    ]


def test_accepted_actor_becomes_a_user_row(con):
    learned.save(con, [_actor()])
    learned.save(con, [_actor("KENREB")])
    assert learned.accept(con, "Achieng Otieno") is True
    (row,) = learned.load(con)
    assert row.origin == "user" and row.usable


def test_run_memory_uses_an_actor_in_the_documents_after_the_one_that_taught_it():
    from dyads import pipeline
    from dyads.ingest import document_from_string

    docs = [document_from_string(TEACHES), document_from_string(USES)]
    alone = list(pipeline.code_documents(docs[1:]))
    assert all(m.actor.code != "KENOPP" for m in alone[0].mentions)
    memory = RunMemory()
    first, second = pipeline.code_documents(docs, memory=memory)
    assert [a.code for a in memory.actors.values()] == ["KENOPP"]
    mention = next(m for m in second.mentions if m.text == "Achieng Otieno")
    assert (mention.actor.code, mention.actor.rule) == ("KENOPP", "learned:stored")


def test_code_then_review_and_reject_on_the_command_line(tmp_path):
    runner = CliRunner()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEACHES + "\n", encoding="utf-8")
    b.write_text(USES + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    r = runner.invoke(app, ["code", str(a), str(b), "--db", str(db), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    lines = {json.loads(x)["source"]: json.loads(x) for x in r.stdout.splitlines() if x.strip()}
    events = lines[str(b)]["events"]
    assert any(t["code"] == "KENOPP" for e in events for t in e["target"])  # same run
    r = runner.invoke(app, ["actors", "review", "--db", str(db), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    (row,) = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert (row["alias"], row["code"], row["source"]) == ("Achieng Otieno", "KENOPP", str(a))
    assert row["evidence"] == TEACHES and 0 < row["confidence"] < 1
    r = runner.invoke(app, ["actors", "review", "--db", str(db), "--reject", "Achieng Otieno"])
    assert r.exit_code == 0 and "rejected" in r.output
    r = runner.invoke(app, ["actors", "review", "--db", str(db), "--format", "jsonl"])
    assert r.stdout.strip() == ""
    r = runner.invoke(app, ["actors", "review", "--db", str(db), "--reject", "Nobody Here"])
    assert r.exit_code == 1 and "no actor" in r.output
