"""Size caps on everything a reader takes in, so that one input cannot exhaust memory.

``max_document_bytes()`` caps a file, a WARC record's body, a JSONL line, a URL's body and the
decompressed bytes of any of them (default 10 MB: news pages are rarely above 2 MB). Set
``DYADS_MAX_DOCUMENT_BYTES`` to change it. An input over the cap is one error line; the run
goes on with the others.
"""

from __future__ import annotations

import os

from dyads.errors import DyadsError

DEFAULT_MAX_DOCUMENT_BYTES = 10_000_000
ENV_VAR = "DYADS_MAX_DOCUMENT_BYTES"


def max_document_bytes() -> int:
    """The cap in bytes (``DYADS_MAX_DOCUMENT_BYTES`` or the default)."""
    raw = os.environ.get(ENV_VAR)
    if not raw:
        return DEFAULT_MAX_DOCUMENT_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise DyadsError(f"{ENV_VAR} must be a number of bytes, got {raw!r}") from None
    if value < 1:
        raise DyadsError(f"{ENV_VAR} must be at least 1, got {value}")
    return value


def too_big(what: str = "input") -> str:
    """The message for an input over the cap."""
    return f"{what} is over the size limit of {max_document_bytes():,} bytes (set {ENV_VAR} to change it)"


def read_capped(path, what: str = "file") -> bytes:
    """The bytes of a file, refusing (InputError) one over the cap before reading it all."""
    from pathlib import Path

    from dyads.errors import InputError

    cap = max_document_bytes()
    with open(Path(path), "rb") as fh:
        data = fh.read(cap + 1)
    if len(data) > cap:
        raise InputError(too_big(what))
    return data


def path_kind(path) -> str | None:
    """"file", "dir", "other" or None (missing, or a name the system cannot look up: too long,
    NUL byte...), never an exception."""
    import os
    import stat

    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(st.st_mode):
        return "dir"
    return "file" if stat.S_ISREG(st.st_mode) else "other"
