"""The repository a new user gets (issue 18): a licence, the shipped data's licences, and a
demo that installs no test tools."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def _read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def test_license_file_matches_pyproject():
    assert tomllib.loads(_read("pyproject.toml"))["project"]["license"] == "MIT"
    assert _read("LICENSE").startswith("MIT License")


def test_third_party_page_lists_the_shipped_data_and_attributions():
    page = _read("docs/third-party.md")
    for needed in ("GeoNames", "CC BY 4.0", "pycountry", "data/events/models", "training-data.md"):
        assert needed in page, needed
    assert "docs/third-party.md" in _read("README.md")


def _recipe_prerequisites(makefile: str, target: str) -> str:
    match = re.search(rf"^{re.escape(target)}:(.*)$", makefile, re.M)
    assert match, target
    return match.group(1)


def test_make_demo_installs_no_test_tools():
    makefile = _read("Makefile")
    assert _recipe_prerequisites(makefile, "demo").split() == ["$(STAMP)"]
    stamp = makefile.split("$(STAMP): pyproject.toml", 1)[1].split("\n\n", 1)[0]
    assert "[test]" not in stamp and "pip install --quiet -e ." in stamp
    assert "[test]" in makefile.split("$(TEST_STAMP): $(STAMP)", 1)[1].split("\n\n", 1)[0]
    assert _recipe_prerequisites(makefile, "test").split() == ["$(TEST_STAMP)"]


def test_readme_gives_the_install_size():
    readme = _read("README.md")
    assert "make demo   #" in readme and "make test   #" in readme
    assert re.search(r"about \*\*\d\.\d GB\*\* for `make demo`", readme)
