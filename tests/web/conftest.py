"""A small store coded from sentences written for these tests, shared by the web tests."""

from __future__ import annotations

from pathlib import Path

import pytest

# (text, publication date): a scraped page with boilerplate, and two plain texts.
DOCS = (
    (
        "Home | World | Politics | Sport\n"
        "Share this article on Facebook\n"
        "Rebels attacked a police station in northern Mali on Sunday, officials said.\n"
        "The French government warned that it would impose sanctions on the junta.\n"
        "Subscribe to our newsletter\n"
        "© 2021 Example News. All rights reserved.\n",
        "2021-05-03",
    ),
    (
        "Russian warplanes bombed villages near Aleppo on Monday. "
        "Iran threatened to attack Israel.",
        "2021-06-14",
    ),
    (
        "Japan and South Korea signed a trade agreement in Seoul on Friday. "
        "The Egyptian army shelled militants in Sinai.",
        "2022-01-10",
    ),
)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, nlp) -> Path:
    """A DuckDB store holding DOCS, written with dyads.store.Store."""
    import dyads
    from dyads.store import Store

    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with Store(path) as st:
        for i, (text, published) in enumerate(DOCS):
            st.write(dyads.code(text, published=published), source=f"test-{i}")
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from dyads.web import create_app

    # the app answers under loopback names only (dyads.web.security): ask as 127.0.0.1
    return TestClient(create_app(str(web_db)), base_url="http://127.0.0.1")
