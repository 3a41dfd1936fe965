"""The shipped learned layer: it loads, it reproduces the training run, and it behaves.

``probes.json`` is written by the training run (scripts/train_event_models.py) with the
probabilities the freshly trained models gave to three sentences written for this check; the
shipped models must give the same numbers (and ACLED sub-events) inside the normal pipeline.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest
from typer.testing import CliRunner

import dyads
from dyads.cli import app
from dyads.events import scoring
from dyads.ingest import document_from_string
from dyads.nlp import parse
from dyads.pipeline import code_document

SPORT = ("The visitors' attack was relentless in the second half.\n"
         "United beat the favourites 3-1 to reach the cup final, and their striker scored twice.\n"
         "The coach said the team would rest key players before Saturday's league game.")
BUSINESS = ("Shares in the carmaker fell 4 percent after quarterly profits hit a low.\n"
            "Analysts said the company's new electric model faces tough competition from rivals.\n"
            "The firm's chief executive told investors that margins would recover next year.")
POLITICS = ("Syrian government forces shelled rebel-held towns near Idlib on Monday, killing eight civilians.\n"
            "Turkey condemned the attacks and called on Russia to restrain its ally.")


def _probes() -> list[dict]:
    path = resources.files("dyads.data").joinpath("events/models/probes.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_shipped_models_load_with_their_training_record():
    assert scoring.load_multinomial("acled_type").meta["validation"]["texts"] > 100
    for name in ("event_filter", "page_filter"):
        model = scoring.load_model(name)
        assert len(model.weights) > 1000
        val = model.meta["validation"]
        assert val["rows"] > 100 and val["auc"] >= 0.8, (name, val)


def test_shipped_models_reproduce_the_training_run(nlp):
    for probe in _probes():
        coded = code_document(document_from_string(probe["text"], published="2020-01-01"), min_confidence=0.0)
        assert coded.article.meta["political"] == pytest.approx(probe["political"], abs=1e-3)
        got = [[e.plover, e.trigger, e.confidence] for e in coded.events]
        assert [g[:2] for g in got] == [p[:2] for p in probe["events"]]
        assert [g[2] for g in got] == pytest.approx([p[2] for p in probe["events"]], abs=1e-3)
        # the ACLED sub-event model's labels (rules' label, or the model's where it was sure)
        assert [[e.trigger, e.acled] for e in coded.events] == probe["acled"]


@pytest.mark.parametrize("text", [SPORT, BUSINESS])
def test_non_political_pages_yield_no_events_and_say_so(nlp, text):
    coded = dyads.code(text, published="2021-05-01")
    assert coded.events == []
    assert coded.article.meta["political"] < scoring.PAGE_THRESHOLD


def test_a_political_page_keeps_its_events_with_a_confidence(nlp):
    coded = dyads.code(POLITICS, published="2021-05-01")
    assert coded.article.meta["political"] > 0.5
    assert {e.plover for e in coded.events} >= {"ASSAULT", "ACCUSE"}
    assert all(0.0 <= e.confidence <= 1.0 for e in coded.events)


def test_min_confidence_filters_events(nlp, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(POLITICS, encoding="utf-8")
    runner = CliRunner()
    all_ = runner.invoke(app, ["code", str(src), "--no-db", "--format", "jsonl", "--min-confidence", "0"])
    strict = runner.invoke(app, ["code", str(src), "--no-db", "--format", "jsonl", "--min-confidence", "0.99"])
    assert all_.exit_code == 0 and strict.exit_code == 0
    rec_all, rec_strict = json.loads(all_.stdout.splitlines()[-1]), json.loads(strict.stdout.splitlines()[-1])
    assert rec_all["political"] > 0.5
    assert len(rec_strict["events"]) < len(rec_all["events"])
    assert all(e["confidence"] >= 0.99 for e in rec_strict["events"])
    bad = runner.invoke(app, ["code", str(src), "--no-db", "--min-confidence", "2"])
    assert bad.exit_code != 0 and "--min-confidence" in bad.output


def test_a_game_report_yields_no_events_and_says_why(nlp):
    from dyads.records import record

    text = ("Rangers beat Celtic in the derby\n\nGLASGOW - Rangers beat Celtic 3-1 on Sunday. Their striker "
            "attacked from the left and scored twice before halftime, and the goalkeeper saved a penalty "
            "kick after the break. Celtic rallied late but the referee waved play on.")
    coded = dyads.code(text, published="2024-02-04")
    assert coded.events == []
    rec = record(coded)
    assert rec["political"] <= 0.1
    assert {"striker", "goalkeeper", "halftime"} <= set(rec["sports_report"])


def test_a_football_report_told_without_positions_is_a_game_report(nlp):
    text = ("Leeds beat Everton to go third\n\nLEEDS - Leeds beat Everton 2-1 in the Premier League on Saturday. "
            "Their captain scored from the penalty spot before the visitors equalised, and a late header won it. "
            "Everton's manager complained about the decision.")
    coded = dyads.code(text, published="2024-02-04")
    assert coded.events == []
    assert {"premier league", "penalty spot", "equalise"} <= set(coded.article.meta["sports_report"])


def test_a_cup_report_named_by_its_competition_and_score_is_a_game_report(nlp):
    text = ("Porto knock out Lyon\n\nPorto crushed Lyon 3-0 on Tuesday to reach the last eight of the Europa "
            "League. Their forward struck twice before the break as the hosts attacked from the first minute. "
            "Lyon's head coach admitted his side had been outplayed.")
    coded = dyads.code(text, published="2024-02-04")
    assert coded.events == []
    assert {"europa league", "head coach", "scoreline"} <= set(coded.article.meta["sports_report"])


def test_a_derby_won_in_stoppage_time_is_a_game_report(nlp):
    text = ("Rovers edge past Athletic\n\nBRISTOL - Rovers beat Athletic in the local derby on Sunday, a "
            "stoppage-time header from their captain sending the home fans wild. Athletic's coach refused "
            "to blame the officials.")
    coded = dyads.code(text, published="2024-02-04")
    assert coded.events == []
    assert {"derby", "header", "stoppage-time", "home fan"} <= set(coded.article.meta["sports_report"])


def test_a_court_vote_with_a_score_is_not_a_game(nlp):
    from dyads.nlp import parse

    doc = parse("The Supreme Court ruled 6-3 that the ban was lawful, and the senators voted 51-49 to confirm.")
    assert "scoreline" not in scoring.sports_terms(doc)


def test_a_political_story_with_one_sports_word_is_still_coded(nlp):
    coded = dyads.code("Police arrested the referee of the national league on Monday after Kenyan prosecutors "
                       "accused him of fixing matches.", published="2024-02-04")
    assert any(e.plover == "COERCE" for e in coded.events)


def test_a_weather_report_yields_no_events_and_says_why(nlp):
    from dyads.records import record

    text = ("Heatwave grips the Balkans\n\nBELGRADE, July 20 - Temperatures passed 42 degrees Celsius in Serbia on "
            "Friday as a heatwave settled over the Balkans, and forecasters said the heat would last another week. "
            "Firefighters fought a wildfire on a hillside near the capital. Serbia put 15 towns on red alert and "
            "warned older people to stay indoors.")
    coded = dyads.code(text, published="2024-07-20")
    assert coded.events == []
    rec = record(coded)
    assert rec["political"] <= 0.1
    assert {"heatwave", "celsius", "wildfire"} <= set(rec["weather_report"])


# A match report written for this test (clubs, a score, a league, a derby): the page model alone
# leans political on it; four distinct words of game reports make it sport.
MATCH_REPORT = (
    'Arsenal storm past Chelsea to go top\n\n'
    'LONDON, April 23 - Arsenal crushed Chelsea 5-0 at the Emirates on Tuesday to move three points clear at the top of the Premier League, with Ben White and Kai Havertz scoring twice each.\n\n'
    "Leandro Trossard opened the scoring in the fourth minute before Arsenal's relentless attack overwhelmed a Chelsea defence that has conceded 55 goals this season.\n\n"
    'Chelsea manager Mauricio Pochettino said his side had been "destroyed" and apologised to the travelling fans. "We were not competitive. They punished every mistake we made," he told reporters.\n\n'
    'Havertz, who joined Arsenal from Chelsea last summer, refused to celebrate his first goal against his former club. Arsenal face Tottenham in the north London derby on Sunday, when a win would keep them ahead of Manchester City.\n'
)


def test_a_page_with_four_words_of_game_reports_is_sport_unless_the_model_is_all_but_sure():
    result = dyads.code(MATCH_REPORT)
    assert len(scoring.sports_terms(parse(MATCH_REPORT))) >= scoring.SPORTS_STRONG_TERMS
    assert result.article.meta["political"] < scoring.PAGE_THRESHOLD
    assert not result.events, [(e.plover, e.trigger) for e in result.events]


def test_a_film_review_yields_no_events_and_says_why(nlp):
    from dyads.records import record

    text = ("Film review: a comedy of tyrants\n\nIn the new film from a young filmmaker, a king discovers that "
            "his guards have fled and declares war on the moon. He threatens to arrest his own shadow. "
            "The film opens in cinemas on Friday.")
    coded = dyads.code(text, published="2024-07-20")
    assert coded.events == []
    rec = record(coded)
    assert rec["political"] <= 0.1
    assert {"film", "filmmaker", "cinema"} <= set(rec["culture_report"])
    political = dyads.code("Police arrested a filmmaker on Monday after his film was banned.", published="2024-07-20")
    assert "culture_report" not in record(political)
