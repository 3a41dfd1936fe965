"""WARC reader on archives written here with warcio."""

from io import BytesIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyads.errors import Failure
from dyads.ingest import read_inputs, read_warc
from dyads.model import Document

PAGE = "<html><head><title>Port closed</title></head><body><p>Caf\u00e9 owners protested.</p></body></html>"


def _response(
    writer, url, body: bytes, status="200 OK", ctype="text/html; charset=utf-8", date=None
):
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    warc_headers = {"WARC-Date": date} if date else None
    rec = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http,
                                    warc_headers_dict=warc_headers)  # fmt: skip
    writer.write_record(rec)
    return rec.rec_headers.get_header("WARC-Record-ID")


def _archive(path, gz=True):
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        ok = _response(w, "http://news.example/a", PAGE.encode(), date="2021-05-04T10:00:00Z")
        _response(w, "http://news.example/missing", b"<html>gone</html>", status="404 Not Found")
        _response(w, "http://news.example/logo.png", b"\x89PNG....", ctype="image/png")
        latin = PAGE.encode("latin-1")
        latin_id = _response(
            w, "http://news.example/b", latin, ctype="text/html; charset=iso-8859-1"
        )
        req = w.create_warc_record(
            "http://news.example/a", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        w.write_record(req)
    return ok, latin_id


def test_only_200_html_responses_with_record_id_url_and_date(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    ok_id, latin_id = _archive(path)
    docs = list(read_warc(path))
    assert [d.source for d in docs] == [ok_id, latin_id]
    first = docs[0]
    assert first.kind == "html" and first.url == "http://news.example/a"
    assert first.retrieved == "2021-05-04"
    assert "Caf\u00e9" in docs[1].content  # charset from the HTTP header


def test_uncompressed_warc_via_read_inputs_and_retrieved_override(tmp_path):
    path = tmp_path / "crawl.warc"
    _archive(path, gz=False)
    docs = list(read_inputs([str(path)], retrieved="2024-01-02"))
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    assert {d.retrieved for d in docs} == {"2024-01-02"}


def test_not_a_warc_is_a_failure(tmp_path):
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    out = list(read_warc(path))
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert "WARC" in out[0].message
    (missing,) = read_warc(tmp_path / "none.warc.gz")
    assert isinstance(missing, Failure) and "no such file" in missing.message
