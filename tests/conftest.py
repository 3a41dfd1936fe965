"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "src/dyads/examples/socialist-worker-2561-mission-accomplished.txt"
# The example page says "This article is over 6 years, 7 months old"; it was saved in early 2024.
EXAMPLE_RETRIEVED = "2024-02-20"


@pytest.fixture(scope="session")
def nlp():
    from dyads.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE
