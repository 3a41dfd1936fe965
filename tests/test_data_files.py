"""Shipped YAML data read by ``dyads.data.read_yaml`` is the data PyYAML's safe loader gives."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from dyads.data import read_yaml

FILES = sorted(
    f"{d.name}/{f.name}"
    for d in resources.files("dyads.data").iterdir()
    if d.is_dir()
    for f in d.iterdir()
    if f.name.endswith(".yaml")
)


def test_there_are_yaml_files():
    assert "events/senses.yaml" in FILES and "clean/authors.yaml" in FILES


@pytest.mark.parametrize("path", FILES)
def test_read_yaml_reads_what_safe_load_reads(path):
    text = resources.files("dyads.data").joinpath(path).read_text(encoding="utf-8")
    assert read_yaml(path) == yaml.safe_load(text)
