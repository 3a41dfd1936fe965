"""Reading PETRARCH/TABARI dictionary files, the one way both rooms that take them use.

The actor and agent dictionaries (``dyads.actors.petrarch``) and the verb, discard and
issue files (``dyads.events.verb_dictionary``) share one text form: UTF-8 (bad bytes
replaced), ``<!-- ... -->`` comment blocks, ``#`` line comments and, in TABARI verb files,
``;`` comments. This module is on the ground floor: it imports nothing of dyads but errors.
"""

from __future__ import annotations

import re
from pathlib import Path

from dyads.errors import InputError

__all__ = ["content_lines", "read"]

COMMENT_BLOCK_RE = re.compile(r"<!--.*?-->", re.S)


def read(path: str | Path) -> str:
    """The text of a dictionary file; ``InputError`` naming the file when it cannot be read."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"{p}: cannot read dictionary ({exc.strerror})") from None


def content_lines(text: str, semicolon: bool = False) -> list[tuple[int, str]]:
    """(line number from 1, content) of the non-empty lines, comments removed and the right
    end stripped; comment blocks keep their line breaks so the numbers stay true."""
    text = COMMENT_BLOCK_RE.sub(lambda m: "\n" * m.group().count("\n"), text)
    out = []
    for no, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0]
        if semicolon:
            line = line.split(";", 1)[0]
        if line.strip():
            out.append((no, line.rstrip()))
    return out
