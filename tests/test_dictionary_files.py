"""The one reader of PETRARCH/TABARI dictionary files."""

from __future__ import annotations

import pytest

from dyads import dictionary_files
from dyads.errors import InputError


def test_comments_are_removed_and_line_numbers_kept():
    text = "<!-- a\nblock -->\nWORD [010] # note\n\n; only a comment\nOTHER ; tail\n"
    assert dictionary_files.content_lines(text) == [
        (3, "WORD [010]"), (5, "; only a comment"), (6, "OTHER ; tail"),
    ]
    assert dictionary_files.content_lines(text, semicolon=True) == [(3, "WORD [010]"), (6, "OTHER")]


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read dictionary"):
        dictionary_files.read(tmp_path / "none.txt")
