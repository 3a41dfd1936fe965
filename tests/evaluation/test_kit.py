"""The kit reader and the held-out rules of ``dyads.evaluation.kit`` (no kit needed)."""

import json

import pytest

from dyads.errors import InputError
from dyads.evaluation.kit import held_out_page, is_held_out, read_set, split_ids


def test_sorted_ids_every_fourth_is_held_out():
    ids = [f"r{i:02d}" for i in range(9)][::-1]  # order of the input does not matter
    tune, held = split_ids(ids)
    assert held == {"r03", "r07"}
    assert tune == set(ids) - held
    assert [i for i in range(8) if is_held_out(i)] == [3, 7]


def test_article_pages_03_07_11_are_held_out():
    assert [p for p in range(1, 13) if held_out_page(f"{p:02d}-page")] == [3, 7, 11]


def test_read_set_reads_inputs_and_gold_and_names_a_missing_file(tmp_path):
    (tmp_path / "dev.inputs.jsonl").write_text(json.dumps({"id": "a", "text": "x"}) + "\n\n")
    (tmp_path / "dev.gold.jsonl").write_text(json.dumps({"id": "a", "label": "y"}) + "\n")
    assert read_set(tmp_path) == ([{"id": "a", "text": "x"}], [{"id": "a", "label": "y"}])
    with pytest.raises(InputError, match="test.inputs.jsonl not found"):
        read_set(tmp_path, "test")
