"""Line-level boilerplate patterns of news pages, loaded from ``data/clean/boilerplate.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from dyads.errors import DyadsError

# Pattern rules only look at lines up to this many words: boilerplate lines are short, and a
# long line that mentions "subscribe" or "donation" is body text. Tuned on extract/aeb dev
# (tuning part), scraped-text F1.
MAX_BOILERPLATE_WORDS = 30
# Picture credits may trail a long caption, so that reason looks at longer lines.
MAX_CREDIT_WORDS = 80


@lru_cache(maxsize=1)
def _load() -> dict:
    text = resources.files("dyads").joinpath("data/clean/boilerplate.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("reasons"), dict):
        raise DyadsError("boilerplate.yaml: expected a mapping with 'reasons'")
    if not isinstance(data.get("anywhere", {}), dict):
        raise DyadsError("boilerplate.yaml: 'anywhere' must be a mapping")
    return data


@lru_cache(maxsize=1)
def load_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(reason, whole-line pattern) pairs, in file order. Raises DyadsError on a malformed file."""
    return _compile(_load()["reasons"])


@lru_cache(maxsize=1)
def load_anywhere_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(reason, pattern) pairs searched inside lines of any length."""
    return _compile(_load().get("anywhere") or {})


def _compile(section: dict) -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for reason, patterns in section.items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise DyadsError(f"boilerplate.yaml: reason {reason!r} must map to a list of strings")
        for p in patterns:
            try:
                out.append((str(reason), re.compile(p, re.I)))
            except re.error as err:
                raise DyadsError(f"boilerplate.yaml: bad pattern for {reason!r}: {err}") from None
    return tuple(out)


def boilerplate_reason(line: str) -> str | None:
    """The reason a (stripped) line is boilerplate, or None."""
    s = line.strip()
    if not s:
        return None
    n = len(s.split())
    for reason, pat in load_patterns():
        limit = MAX_CREDIT_WORDS if reason == "picture-credit" else MAX_BOILERPLATE_WORDS
        if n <= limit and pat.fullmatch(s):
            return reason
    for reason, pat in load_anywhere_patterns():
        if pat.search(s):
            return reason
    return None
