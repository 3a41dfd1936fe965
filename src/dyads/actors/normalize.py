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
    return "".join(c.lower()[0] for c in text)  # "İ".lower() is two characters


# ASCII bytes: digits and lower-case letters kept, everything else a space.
_ASCII = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def normalize(text: str) -> str:
    """Lower case, non-alphanumerics to spaces; same length as ``text``.

    ASCII goes through ``bytes.translate`` (fast); the few non-ASCII characters are put back
    when they are letters or digits ("Erdoğan") and become spaces otherwise ("’", "—").
    """
    low = lower_same_length(text)
    out = low.encode("ascii", "replace").translate(_ASCII).decode("ascii")
    if low.isascii():
        return out
    pieces = []
    prev = 0
    for m in _NON_ASCII.finditer(low):
        i = m.start()
        ch = m.group()
        pieces.append(out[prev:i])
        pieces.append(ch if ch.isalnum() else " ")
        prev = i + 1
    pieces.append(out[prev:])
    return "".join(pieces)


def norm_key(alias: str) -> str:
    """The automaton key of an alias: normalised, stripped, padded with one space each side."""
    return " " + normalize(alias).strip() + " "


def case_mask(alias: str) -> tuple[int, ...]:
    """Offsets (in the stripped alias) of letters that must be upper case in the text."""
    stripped = alias.strip()
    lead = len(_NON_WORD.sub(" ", stripped)) - len(_NON_WORD.sub(" ", stripped).lstrip())
    return tuple(i - lead for i, c in enumerate(stripped) if c.isupper() and i >= lead)
