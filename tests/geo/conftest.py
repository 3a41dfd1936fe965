"""Fixtures for the geo tests: the shipped gazetteer, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gaz():
    from dyads.geo import load

    return load()
