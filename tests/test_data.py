"""The one reader of shipped data files (``dyads.data``)."""

from __future__ import annotations

import importlib

import pytest

from dyads import data
from dyads.errors import DyadsError


def test_path_finds_shipped_files_and_folders():
    assert data.path("events/cues.yaml").is_file()
    assert data.path("actors").is_dir()


def test_read_yaml_and_json():
    assert isinstance(data.read_yaml("events/cues.yaml"), dict)
    assert "weights" in data.read_json("geo/ranker.json")


def test_content_lines_skip_blank_and_comment_lines_and_keep_numbers():
    text = "# source: somewhere\na,b\n\n  # indented comment\n1,2\n   \n3,4\n"
    assert data.content_lines(text) == [(2, "a,b"), (5, "1,2"), (7, "3,4")]


def test_words_reads_a_named_list_lower_cased():
    verbs = data.words("events/cues.yaml", "undergo_verbs")
    assert verbs and all(w == w.lower() for w in verbs)


def test_words_names_the_file_and_key_when_missing():
    with pytest.raises(DyadsError, match="cues.yaml: 'no_such_list'"):
        data.words("events/cues.yaml", "no_such_list")


def test_place_vocabulary_exists_once_and_each_room_reads_it():
    """The place words live in data/geo/words.yaml; geo and events read the same sets."""
    # import_module: geo/__init__ re-exports functions named like its modules (locate, recognize)
    locate = importlib.import_module("dyads.geo.locate")
    recognize = importlib.import_module("dyads.geo.recognize")
    place_targets = importlib.import_module("dyads.events.place_targets")
    assert locate.PLACE_NOUNS == data.words("geo/words.yaml", "place_nouns")
    assert locate.LOCATIVE_PREPS == data.words("geo/words.yaml", "locative_preps")
    assert recognize.FRAME_PLACE_NOUNS == data.words("geo/words.yaml", "frame_place_nouns")
    assert recognize.GENERIC_WORDS == data.words("geo/words.yaml", "generic_words")
    assert place_targets.PLACE_HEADS == data.words("geo/words.yaml", "place_modifier_heads")
    assert place_targets.LOCATIVE_PREPS == data.words("geo/words.yaml", "target_preps")
    # YAML 1.1 reads a bare on/off as a boolean; the file quotes them, the reader checks it
    assert {"on", "off"} <= locate.LOCATIVE_PREPS
