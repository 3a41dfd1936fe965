"""document_from_string and date normalisation."""

import pytest

from dyads.errors import InputError
from dyads.ingest import document_from_string, looks_like_html, normalise_date
from dyads.model import content_hash


def test_text_document_gets_content_hash_id_and_kind():
    doc = document_from_string("Rebels seized the town on Monday.", published="20170704")
    assert doc.kind == "text"
    assert doc.id == content_hash("Rebels seized the town on Monday.")
    assert doc.published == "2017-07-04"
    assert doc.source == "api"


def test_same_content_same_id_despite_whitespace():
    a = document_from_string("Troops  moved\r\ninto the city.")
    b = document_from_string("Troops moved\ninto the city.")
    assert a.id == b.id


def test_html_detected():
    page = "<!DOCTYPE html><html><body><p>Troops moved in.</p></body></html>"
    doc = document_from_string(page, url="http://example.org/a")
    assert doc.kind == "html"
    assert doc.url == "http://example.org/a"
    assert looks_like_html("<p>One.</p><p>Two.</p>")
    assert not looks_like_html("Talks between the two sides <and others> resumed.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2017-07-04", "2017-07-04"),
        ("20170704", "2017-07-04"),
        ("2017-07-04T10:20:00Z", "2017-07-04"),
        ("2017-07-04 10:20:00+02:00", "2017-07-04"),
        ("", None),
        (None, None),
    ],
)
def test_normalise_date_accepts_common_forms(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["July 4th", "2017-13-01", "20171340"])
def test_normalise_date_rejects_bad_values(value):
    with pytest.raises(InputError, match="date"):
        normalise_date(value)


@pytest.mark.parametrize("content", ["", "   \n\t  "])
def test_empty_input_raises_clear_error(content):
    with pytest.raises(InputError, match="empty"):
        document_from_string(content)
