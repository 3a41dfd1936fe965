"""Line-level boilerplate patterns of news pages, loaded from ``data/clean/boilerplate.yaml``."""

from __future__ import annotations

import re
from functools import lru_cache

from dyads.data import read_yaml
from dyads.errors import DyadsError

# Pattern rules only look at lines up to this many words: boilerplate lines are short, and a
# long line that mentions "subscribe" or "donation" is body text. Tuned on extract/aeb dev
# (tuning part), scraped-text F1.
MAX_BOILERPLATE_WORDS = 30
# Picture credits and agency captions may be long, so those reasons look at longer lines.
MAX_CREDIT_WORDS = 80


@lru_cache(maxsize=1)
def _load() -> dict:
    data = read_yaml("clean/boilerplate.yaml")
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


def _combine(
    pairs: tuple[tuple[str, re.Pattern[str]], ...],
) -> tuple[re.Pattern[str], list[str]] | None:
    """One alternation of all patterns (file order kept), and the reason of each branch."""
    if not pairs:
        return None
    reasons = [r for r, _ in pairs]
    body = "|".join(f"(?P<r{i}>{p.pattern})" for i, (_, p) in enumerate(pairs))
    return re.compile(body, re.I), reasons


def _literal_cue(pattern: str) -> str | None:
    """The literal words a pattern starts with ("all rights" for r"\\ball rights reserved\\b"),
    used as a cheap substring test before the regex runs; None when it has none."""
    m = re.match(r"(?:\\b)?([a-z][a-z ]{2,})", pattern)
    return m.group(1).rstrip() if m else None


@lru_cache(maxsize=1)
def _anywhere_cues() -> tuple[str, ...] | None:
    cues = [_literal_cue(p.pattern) for _, p in load_anywhere_patterns()]
    return None if any(c is None for c in cues) else tuple(cues)  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _combined() -> tuple:
    pats = load_patterns()
    return (
        _combine(pats),
        _combine(
            tuple(p for p in pats if p[0] in ("picture-credit", "agency-caption", "author-bio"))
        ),
        _combine(load_anywhere_patterns()),
    )


def _reason(combined, s: str, search: bool = False) -> str | None:
    if combined is None:
        return None
    rx, reasons = combined
    m = rx.search(s) if search else rx.fullmatch(s)
    return reasons[int(m.lastgroup[1:])] if m and m.lastgroup else None


def boilerplate_reason(line: str) -> str | None:
    """The reason a (stripped) line is boilerplate, or None."""
    s = line.strip()
    if not s:
        return None
    n = len(s.split())
    whole, credit, anywhere = _combined()
    reason = None
    if n <= MAX_BOILERPLATE_WORDS:
        reason = _reason(whole, s)
    elif n <= MAX_CREDIT_WORDS:
        reason = _reason(credit, s)
    if reason:
        return reason
    cues = _anywhere_cues()
    if cues is not None:
        low = s.lower()
        if not any(c in low for c in cues):
            return None
    return _reason(anywhere, s, search=True)
