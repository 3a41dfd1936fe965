"""The page in a real browser: Playwright driving Debian's chromium (never downloaded).

Skipped with a clear reason when the ``chromium`` binary or the ``playwright`` package
is missing (``apt-get install chromium``; ``pip install -e .[test]``).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TIMEOUT_MS = 10_000


def _chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        pytest.skip("Debian chromium not installed: apt-get install chromium")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _serve(db: Path) -> Iterator[str]:
    """The app over ``db`` on a free loopback port, in a thread; yields its URL."""
    import uvicorn

    from dyads.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    started = threading.Event()
    # uvicorn sets server.started once it listens; poll that state (not a fixed delay)
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        started.wait(0.02)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server_url(web_db) -> Iterator[str]:
    with _serve(web_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, server_url):
    """A fresh page on the app; fails the test on a script error or an outside request."""
    errors: list[str] = []
    outside: list[str] = []
    pg = browser.new_page(viewport={"width": 1400, "height": 1000})
    pg.set_default_timeout(TIMEOUT_MS)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    # a Content-Security-Policy violation is logged as a console error ("Refused to ...");
    # HTTP error statuses (a bad paste answers 400) are the tests' to check
    pg.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource")
            else None
        ),
    )
    pg.on(
        "request", lambda req: None if req.url.startswith(server_url) else outside.append(req.url)
    )
    pg.goto(server_url)
    wait_list(pg)
    yield pg
    pg.close()
    assert not errors, errors
    assert not outside, f"the page fetched outside resources: {outside}"


def wait_list(page, query: str = "") -> None:
    """Wait until the events list shows the answer to ``query`` (the page's filters as a
    query string): a state the page sets only once that answer is drawn, whatever the
    number of events (an empty list satisfies it too)."""
    page.wait_for_selector(f'#events[aria-busy="false"][data-query="{query}"]', state="attached")


def test_page_lists_events_maps_places_and_shows_evidence(page):
    # the events list, with threats marked apart from attacks
    items = page.locator("#events li.event")
    n = items.count()
    assert n > 0 and n == int(page.inner_text("#count").split()[0])
    threat = page.locator("#events li.threat").first
    attack = page.locator("#events li.attack").first
    assert "threatened" in threat.inner_text()
    assert threat.evaluate("e => getComputedStyle(e).borderLeftStyle") == "dashed"
    assert attack.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"

    # the map: Natural Earth borders, a dot per place coloured by QuadClass, and a
    # country named as a place shaded as the country (no dot on its capital)
    page.wait_for_selector("#map path.country", state="attached")
    assert page.locator("#map path.country").count() > 150
    assert page.locator('#map path.country[data-id="760"]').count() == 1  # Syria
    aleppo = page.locator('#map circle.dot[data-name="Aleppo"]')
    assert aleppo.get_attribute("data-quad") == "4"
    assert aleppo.evaluate("e => getComputedStyle(e).fill") == "rgb(178, 24, 43)"
    assert "shaded" in page.locator('#map path.country[data-id="364"]').get_attribute("class")
    assert page.locator('#map circle.dot[data-name="Iran"]').count() == 0

    # clicking an event shows its evidence sentence with the trigger highlighted
    attack.click()
    page.wait_for_selector("#evidence:not([hidden]) #ev-sentence mark.trigger")
    sentence = page.inner_text("#ev-sentence")
    trigger = page.inner_text("#ev-sentence mark.trigger")
    assert trigger and trigger in sentence
    assert sentence.strip() in attack.get_attribute("title")
    # the source, target and place are marked too (here: "Rebels attacked a police ...")
    assert page.inner_text("#ev-sentence mark.source") == "Rebels"

    # the article behind it, with what the cleaner removed and why
    page.click("#ev-doc summary")
    assert trigger in page.inner_text("#ev-doc-text mark.trigger")
    items.first.click()  # the oldest events come from the scraped page
    page.wait_for_selector("#ev-removed li")
    assert "Subscribe to our newsletter" in page.inner_text("#ev-removed")


def test_timeline_bar_and_type_filter_narrow_the_list(page):
    n = page.locator("#events li.event").count()
    # a click on a timeline bar keeps its dates
    bars = page.locator("#timeline g.bar:has(rect.conflict)")
    assert bars.count() >= 1
    bars.last.click()
    page.wait_for_function(
        "() => { const l = document.getElementById('events');"
        " return l.getAttribute('aria-busy') === 'false' && l.dataset.query.startsWith('since='); }"
    )
    since, until = page.input_value("#since"), page.input_value("#until")
    wait_list(page, f"since={since}&until={until}")
    days = page.locator("#events li .day").all_inner_texts()
    assert days and all(since[:4] <= d[:4] for d in days)
    assert 0 < len(days) < n

    # clearing the dates shows all events again
    page.fill("#since", "")
    page.fill("#until", "")
    page.dispatch_event("#filters", "change")
    wait_list(page, "")
    assert page.locator("#events li.event").count() == n

    # the PLOVER filter narrows the list
    page.select_option("#plover", "THREATEN")
    wait_list(page, "plover=THREATEN")
    texts = page.locator("#events li.event").all_inner_texts()
    assert 0 < len(texts) < n
    assert all("THREATEN" in t for t in texts)


def test_network_drawn_and_clicks_list_the_events(page):
    # nodes coloured by bloc (once the blocs are in), a red (conflict) link between Russia
    # and Syria
    page.wait_for_selector('#network[data-blocs="country"] g.node', state="attached")
    nodes = page.locator("#network g.node")
    names = {nodes.nth(i).get_attribute("data-node") for i in range(nodes.count())}
    assert {"RUS", "SYR", "JPN", "KOR"} <= names
    assert "frustration" in page.inner_text("#net-caption")
    edge = page.locator('#network line.edge[data-a="RUS"][data-b="SYR"]')
    assert "neg" in edge.get_attribute("class")
    assert edge.evaluate("e => getComputedStyle(e).stroke") == "rgb(179, 38, 30)"
    coop = page.locator('#network line.edge[data-a="JPN"][data-b="KOR"]')
    assert "pos" in coop.get_attribute("class")
    # Japan and South Korea cooperate: one bloc, one colour
    jpn = page.locator('#network g.node[data-node="JPN"]')
    kor = page.locator('#network g.node[data-node="KOR"]')
    assert jpn.get_attribute("data-bloc") == kor.get_attribute("data-bloc") != "-1"
    fill = "e => e.querySelector('circle').getAttribute('fill')"
    assert jpn.evaluate(fill) == kor.evaluate(fill)

    n = page.locator("#events li.event").count()
    # choosing a node (here from the keyboard: focus, Enter) lists its events
    page.focus('#network g.node[data-node="SYR"]')
    page.keyboard.press("Enter")
    wait_list(page, "node=SYR&level=country")
    assert "events of SYR" in page.inner_text("#selection")
    texts = page.locator("#events li.event").all_inner_texts()
    assert 0 < len(texts) < n and all("SYR" in t for t in texts)

    # a click on a link lists the events between the pair, each with its evidence
    edge.click(force=True)
    wait_list(page, "node=RUS&node2=SYR&level=country")
    items = page.locator("#events li.event")
    assert items.count() >= 1
    first = items.first
    assert "RUS · military" in first.inner_text()
    assert first.locator("blockquote.inline-evidence mark.trigger").inner_text() == "bombed"

    page.click("#selection-clear")
    wait_list(page, "")
    assert page.locator("#events li.event").count() == n

    # the actor level: Russia's warplanes are their own node, and a click lists their events
    page.select_option("#net-level", "sector")
    page.wait_for_selector('#network g.node[data-node="RUSMIL"]', state="attached")
    assert page.locator('#network g.node[data-node="RUSMIL"] text').text_content() == (
        "RUS · military"
    )
    page.locator('#network g.node[data-node="RUSMIL"]').click()
    wait_list(page, "node=RUSMIL&level=sector")
    assert "RUS · military" in page.inner_text("#events li.event")


def test_filters_live_in_the_url(page, server_url):
    page.select_option("#plover", "ASSAULT")
    wait_list(page, "plover=ASSAULT")
    assert page.url.endswith("?plover=ASSAULT")
    # a shared link opens the same view
    page.goto(f"{server_url}?plover=THREATEN&since=2021-01-01")
    wait_list(page, "plover=THREATEN&since=2021-01-01")
    assert page.input_value("#plover") == "THREATEN"
    assert page.input_value("#since") == "2021-01-01"
    texts = page.locator("#events li.event").all_inner_texts()
    assert texts and all("THREATEN" in t for t in texts)
    page.goto(f"{server_url}?node=RUS&node2=SYR&level=country")
    wait_list(page, "node=RUS&node2=SYR&level=country")
    assert "between RUS and SYR" in page.inner_text("#selection")


def test_evidence_shows_codes_confidence_and_rule(page):
    page.locator("#events li.attack").first.click()
    page.wait_for_selector("#evidence:not([hidden]) #ev-sentence mark.trigger")
    facts = page.inner_text("#ev-facts")
    for word in ("PLOVER", "CAMEO", "ACLED", "confidence", "rule", "precision"):
        assert word in facts


def test_paste_an_article_and_see_its_events(page):
    page.click("#paste summary")
    # a chosen file is uploaded as it is (multipart/form-data) and coded by the server
    page.set_input_files(
        "#paste-file",
        files=[{"name": "a.txt", "mimeType": "text/plain",
                "buffer": b"Iraqi forces retook Mosul from Isis on Monday."}],
    )  # fmt: skip
    page.wait_for_selector('#paste-form[data-upload="a.txt"]', state="attached")
    assert page.input_value("#paste-text") == ""
    page.fill("#paste-published", "2017-07-10")
    with page.expect_request("**/api/code") as sent:
        page.click("#paste-go")
    assert sent.value.headers["content-type"].startswith("multipart/form-data; boundary=")
    page.wait_for_selector('#paste-result[data-state="done"]', state="attached")
    assert page.inner_text("#paste-doc mark.trigger") == "retook"
    assert "IRQ · military" in page.inner_text("#paste-events")
    # typing in the box drops the chosen file: the text is sent (JSON) and coded
    page.fill("#paste-text", "Iraqi forces captured Mosul from Isis on Monday.")
    page.wait_for_selector("#paste-form:not([data-upload])", state="attached")
    assert page.eval_on_selector("#paste-file", "e => e.files.length") == 0
    with page.expect_request("**/api/code") as sent:
        page.click("#paste-go")
    assert sent.value.headers["content-type"] == "application/json"
    page.wait_for_selector(
        '#paste-result[data-state="done"] #paste-doc mark.trigger:text("captured")',
        state="attached",
    )
    assert page.locator("#paste-events li").count() >= 1
    assert "IRQ · military" in page.inner_text("#paste-events")
    # a bad paste answers with the reason, in the page
    page.fill("#paste-text", "   ")
    page.click("#paste-go")
    page.wait_for_selector('#paste-result[data-state="error"]', state="attached")
    assert "the text is empty" in page.inner_text("#paste-status")


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory, nlp, example_path) -> Path:
    """The store `make demo` builds: the bundled reference article, coded and stored."""
    from dyads.ingest import document_from_string
    from dyads.pipeline import code_document
    from dyads.store import Store

    path = tmp_path_factory.mktemp("reference") / "dyads.duckdb"
    doc = document_from_string(
        example_path.read_text(encoding="utf-8"), source=example_path.name,
        retrieved="2024-02-20",  # as `make demo` (the page was saved then)
    )  # fmt: skip
    with Store(path) as st:
        st.write(code_document(doc), source=example_path.name)
    return path


def test_reference_article_blocs_map_and_screenshots(browser, reference_db, tmp_path):
    """The seed's blocs as a network and its events on a real map; writes the screenshots
    (to docs/ when DYADS_SCREENSHOTS=docs, as the README's are made)."""
    out = Path(os.environ.get("DYADS_SCREENSHOTS") or tmp_path)
    if not out.is_absolute():
        out = Path(__file__).resolve().parents[2] / out
    with _serve(reference_db) as url:
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.set_default_timeout(TIMEOUT_MS)
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.goto(url)
        wait_list(pg)
        pg.wait_for_selector('#network[data-blocs="country"]', state="attached")
        bloc = {}
        for n in ("ISR", "SAU", "RUS", "SYR"):
            bloc[n] = pg.locator(f'#network g.node[data-node="{n}"]').get_attribute("data-bloc")
        assert bloc["ISR"] == bloc["SAU"] != "-1"
        assert bloc["RUS"] == bloc["SYR"] != "-1"
        assert bloc["ISR"] != bloc["RUS"]
        for place in ("Mosul", "Ar Raqqah"):
            assert pg.locator(f'#map circle.dot[data-name="{place}"]').count() == 1
        assert pg.locator("#map path.country").count() > 150
        assert pg.locator('#network g.node[data-node="IMGMOSISI"] text').text_content() == (
            "Islamic State"
        )
        # clustered dots and shaded countries keep every event: counts add up to the API's
        drawn = pg.eval_on_selector_all(
            "#map circle.dot, #map path.shaded",
            "xs => xs.reduce((t, x) => t + Number(x.dataset.events), 0)",
        )
        places = pg.evaluate("fetch('/api/places').then(r => r.json())")["places"]
        assert drawn == sum(p["n_events"] for p in places) > 0
        pg.screenshot(path=str(out / "screenshot.png"), full_page=True)
        pg.locator("#network-box").screenshot(path=str(out / "screenshot-network.png"))
        pg.close()
    assert not errors, errors
    assert (out / "screenshot.png").stat().st_size > 10_000


def test_without_chromium_the_browser_test_skips(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(Path, "exists", lambda self: False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        _chromium()
