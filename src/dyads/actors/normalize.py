"""Text normalisation shared by the alias index and the matcher.

Both sides map text to lower case and every non-alphanumeric character to a space, keeping the
length, so that a match in the normalised text has the same offsets in the original text.
"""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[\W_]")


def lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def normalize(text: str) -> str:
    """Lower case, non-alphanumerics to spaces; same length as ``text``."""
    return _NON_WORD.sub(" ", lower_same_length(text))


def norm_key(alias: str) -> str:
    """The automaton key of an alias: normalised, stripped, padded with one space each side."""
    return " " + normalize(alias).strip() + " "


def case_mask(alias: str) -> tuple[int, ...]:
    """Offsets (in the stripped alias) of letters that must be upper case in the text."""
    stripped = alias.strip()
    lead = len(_NON_WORD.sub(" ", stripped)) - len(_NON_WORD.sub(" ", stripped).lstrip())
    return tuple(i - lead for i, c in enumerate(stripped) if c.isupper() and i >= lead)
