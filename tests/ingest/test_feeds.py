"""RSS/Atom feeds read with feedparser, from files and from a local HTTP server."""

import http.server
import threading

import pytest

from dyads.errors import Failure
from dyads.ingest import read_feed, read_inputs

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World desk</title>
<item><title>Ceasefire agreed</title><link>http://news.example/1</link>
<guid>news-1</guid><pubDate>Tue, 04 May 2021 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The two sides agreed a ceasefire.&lt;/p&gt;&lt;p&gt;Talks resume on Friday.&lt;/p&gt;</description>
</item>
<item><title>Empty one</title><link>http://news.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<entry><title>Troops withdraw</title><id>urn:e1</id><link href="http://news.example/3"/>
<updated>2020-02-03T08:00:00Z</updated><author><name>Jane Reporter</name></author>
<content type="html">&lt;p&gt;Troops withdrew from the border town.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_entries_become_text_documents(tmp_path):
    f = tmp_path / "world.rss"
    f.write_text(RSS, encoding="utf-8")
    out = list(read_feed(f))
    doc, empty = out
    assert doc.title == "Ceasefire agreed" and doc.url == "http://news.example/1"
    assert doc.published == "2021-05-04" and doc.kind == "text"
    assert doc.content == "The two sides agreed a ceasefire.\n\nTalks resume on Friday."
    assert doc.source.endswith("#news-1")
    assert isinstance(empty, Failure) and "empty" in empty.message


def test_atom_feed_via_read_inputs_xml_suffix(tmp_path):
    f = tmp_path / "desk.xml"
    f.write_text(ATOM, encoding="utf-8")
    (doc,) = read_inputs([str(f)])
    assert doc.title == "Troops withdraw" and doc.published == "2020-02-03"
    assert doc.meta["author"] == "Jane Reporter"


def test_non_feed_file_with_feed_suffix_fails(tmp_path):
    f = tmp_path / "x.rss"
    f.write_text("just some words", encoding="utf-8")
    (fail,) = read_feed(f)
    assert isinstance(fail, Failure) and "not an RSS" in fail.message


class _Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/feed": ("application/rss+xml", RSS.encode()),
        "/page": (
            "text/html; charset=utf-8",
            b"<html><body><p>Rebels took the airport.</p></body></html>",
        ),
        "/plain": ("text/plain", b"Rebels took the airport."),
    }

    def do_GET(self):  # noqa: N802
        if self.path not in self.routes:
            self.send_error(404)
            return
        ctype, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_urls_page_text_feed_and_errors(server):
    out = list(read_inputs([f"{server}/page", f"{server}/plain", f"{server}/feed", f"{server}/nope"],
                           retrieved="2024-03-01"))  # fmt: skip
    page, plain, entry, empty_entry, missing = out
    assert page.kind == "html" and page.url == f"{server}/page" and page.retrieved == "2024-03-01"
    assert plain.kind == "text" and plain.content == "Rebels took the airport."
    assert entry.title == "Ceasefire agreed" and entry.source.startswith(f"{server}/feed#")
    assert isinstance(empty_entry, Failure)
    assert isinstance(missing, Failure) and "404" in missing.message


def test_unreachable_url_is_a_failure():
    (fail,) = read_inputs(["http://127.0.0.1:9/none"])
    assert isinstance(fail, Failure) and "cannot fetch" in fail.message
