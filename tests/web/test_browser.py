"""The page in a real browser: Playwright driving Debian's chromium (never downloaded).

Skipped with a clear reason when the ``chromium`` binary or the ``playwright`` package
is missing (``apt-get install chromium``; ``pip install -e .[test]``).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
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


@pytest.fixture(scope="module")
def server_url(web_db) -> Iterator[str]:
    import uvicorn

    from dyads.web import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(str(web_db)), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=5)


def test_page_lists_events_maps_places_and_shows_evidence(server_url):
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    errors: list[str] = []
    outside: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on(
                "request",
                lambda req: None if req.url.startswith(server_url) else outside.append(req.url),
            )
            page.goto(server_url)

            # the events list, with threats marked apart from attacks
            page.wait_for_selector("#events li.event")
            items = page.locator("#events li.event")
            n = items.count()
            assert n == int(page.inner_text("#count").split()[0])
            threat = page.locator("#events li.threat").first
            attack = page.locator("#events li.attack").first
            assert "threatened" in threat.inner_text()
            assert threat.evaluate("e => getComputedStyle(e).borderLeftStyle") == "dashed"
            assert attack.evaluate("e => getComputedStyle(e).borderLeftStyle") == "solid"

            # a dot per place on the SVG map
            page.wait_for_selector("#map circle.dot")
            assert page.locator("#map circle.dot").count() >= 1
            assert page.locator("#map line.grid").count() > 10

            # clicking an event shows its evidence sentence with the trigger highlighted
            attack.click()
            page.wait_for_selector("#evidence:not([hidden]) #ev-sentence mark.trigger")
            sentence = page.inner_text("#ev-sentence")
            trigger = page.inner_text("#ev-sentence mark.trigger")
            assert trigger and trigger in sentence
            assert sentence.strip() in attack.get_attribute("title")

            # the article behind it, with what the cleaner removed and why
            page.click("#ev-doc summary")
            assert trigger in page.inner_text("#ev-doc-text mark.trigger")
            items.first.click()  # the oldest events come from the scraped page
            page.wait_for_selector("#ev-removed li")
            assert "Subscribe to our newsletter" in page.inner_text("#ev-removed")

            # a click on a timeline bar keeps its dates
            bars = page.locator("#timeline g.bar:has(rect.conflict)")
            assert bars.count() >= 1
            bars.last.click()
            page.wait_for_function("() => document.getElementById('since').value !== ''")
            since = page.input_value("#since")
            page.wait_for_function(
                "s => [...document.querySelectorAll('#events li .day')]"
                ".every(d => d.textContent >= s)",
                arg=since,
            )
            assert 0 < page.locator("#events li.event").count() < n
            page.fill("#since", "")
            page.fill("#until", "")
            page.dispatch_event("#filters", "change")
            page.wait_for_function(f"() => document.querySelectorAll('#events li').length === {n}")

            # the PLOVER filter narrows the list
            page.select_option("#plover", "THREATEN")
            page.wait_for_function(
                "() => [...document.querySelectorAll('#events li')]"
                ".every(li => li.textContent.includes('THREATEN'))"
            )
            assert 0 < page.locator("#events li.event").count() < n
        finally:
            browser.close()
    assert not errors, errors
    assert not outside, f"the page fetched outside resources: {outside}"


def test_without_chromium_the_browser_test_skips(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.setattr(Path, "exists", lambda self: False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        _chromium()
