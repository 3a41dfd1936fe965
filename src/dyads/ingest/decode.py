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


# An HTML page that declares UTF-8 is decoded with U+FFFD for its bad bytes when they are at
# most this share of the page (a stray byte); more than that, and the page is refused.
MAX_REPLACED_SHARE = 0.01


def decode_bytes(data: bytes, html: bool = False, charset: str | None = None,
                 notes: list[str] | None = None) -> str:
    """Decode input bytes to text.

    UTF-8 (with or without BOM) by default; for HTML a charset declared by the transport or a
    <meta> tag is honoured. An HTML page that declares UTF-8 and has a few invalid bytes is
    decoded with replacement characters, and a line saying so is appended to ``notes``.
    Raises InputError for empty, binary or undecodable input.
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
        says_utf8 = bool(fallback) and fallback.replace("-", "").replace("_", "") == "utf8"
        if fallback and not says_utf8:
            try:
                return data.decode(fallback)
            except (LookupError, UnicodeDecodeError):
                pass
        if html and says_utf8:
            text = data.decode("utf-8", errors="replace")
            replaced = text.count("\ufffd") - data.count("\ufffd".encode())
            if replaced <= max(1, MAX_REPLACED_SHARE * len(data)):
                if notes is not None:
                    notes.append(f"invalid UTF-8 at byte {err.start}: {replaced} character(s) replaced with U+FFFD")
                return text
        raise InputError(f"invalid UTF-8 at byte {err.start}") from None
