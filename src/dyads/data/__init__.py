"""The package's data files, read one way.

Every shipped lexicon, list, table and model lives under ``dyads/data/<room>/`` and is
found through ``importlib.resources`` here, so that no room builds its own path to it:

- ``path(name)`` the file (or folder) ``name``, e.g. ``path("events/cues.yaml")``;
- ``read_text(name)``, ``read_yaml(name)``, ``read_json(name)`` its contents (YAML with
  libyaml's parser when PyYAML was built with it: about 7x faster on senses.yaml, the same
  Python constructor, so the same data);
- ``content_lines(text)`` the one rule for commented CSV files: blank lines and lines
  whose first non-blank character is ``#`` are skipped, and line numbers are kept;
- ``words(name, key)`` a named word list of a YAML vocabulary file, checked and cached.

This module is on the ground floor: it imports nothing of dyads but ``errors``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dyads.errors import DyadsError

__all__ = ["content_lines", "path", "read_json", "read_text", "read_yaml", "words"]


@cache
def path(name: str) -> Path:
    """The shipped data file or folder ``name`` (relative to ``dyads/data``); the installed
    package does not move while the process runs, so each name is looked up once."""
    return Path(str(resources.files(__name__).joinpath(name)))


def read_text(name: str) -> str:
    """The text of the shipped data file ``name`` (UTF-8)."""
    return path(name).read_text(encoding="utf-8")


def read_yaml(name: str) -> Any:
    """The parsed YAML of the shipped data file ``name``, read as safe YAML."""
    import yaml  # only the readers of YAML files pay for importing it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(read_text(name), Loader=loader)  # noqa: S506 - a safe loader


def read_json(name: str) -> Any:
    """The parsed JSON of the shipped data file ``name``."""
    return json.loads(read_text(name))


def content_lines(text: str) -> list[tuple[int, str]]:
    """(line number from 1, line) of the lines that are neither blank nor a ``#`` comment."""
    return [
        (i, line)
        for i, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def _vocabulary(name: str) -> Any:
    """A vocabulary file parsed once (its lists are copied into frozensets by ``words``)."""
    return read_yaml(name)


@cache
def words(name: str, key: str) -> frozenset[str]:
    """The word list ``key`` of the YAML vocabulary file ``name``, lower-cased.

    Raises ``DyadsError`` naming the file and key when the list is missing or holds
    anything but non-empty strings."""
    data = _vocabulary(name)
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(w, str) and w for w in items):
        raise DyadsError(f"{name}: '{key}' must be a list of non-empty strings")
    return frozenset(w.lower() for w in items)
