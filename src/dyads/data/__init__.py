"""Shipped data files (word lists, rules, models). ``yaml_file`` reads one of the YAML files."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (about 7x faster on senses.yaml; the same
# Python constructor, so the same data), else PyYAML's pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def yaml_file(path: str) -> Any:
    """The data of ``data/<path>`` ("events/senses.yaml"), read as safe YAML."""
    text = resources.files("dyads.data").joinpath(path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
