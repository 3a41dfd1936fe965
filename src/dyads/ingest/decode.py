"""Bytes to text: reject binary data and bad encodings with one clear line."""

from __future__ import annotations

import re

from dyads.errors import InputError

# Share of control characters (other than tab/newline/CR/form feed) above which bytes are "binary".
MAX_CONTROL_SHARE = 0.01
SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def is_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters in the first 8 KB."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > MAX_CONTROL_SHARE


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if any (lower case)."""
    m = _META_CHARSET.search(data[:SNIFF_BYTES])
    return m.group(1).decode("ascii", "ignore").lower() if m else None


def decode_bytes(data: bytes, html: bool = False, charset: str | None = None) -> str:
    """Decode input bytes to text.

    UTF-8 (with or without BOM) by default; for HTML a charset declared by the transport or a
    <meta> tag is honoured. Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text") from None
    if is_binary(data):
        raise InputError("binary file, not text or HTML")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        fallback = charset or (declared_charset(data) if html else None)
        if fallback and fallback.replace("-", "").replace("_", "") not in ("utf8",):
            try:
                return data.decode(fallback)
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError(f"invalid UTF-8 at byte {err.start}") from None
