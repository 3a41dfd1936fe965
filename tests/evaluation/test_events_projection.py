"""The petrarch set's projection of dyads' events onto PETRARCH's (source, target, code) triples."""

from __future__ import annotations

from dyads.evaluation.events import petrarch_codes
from dyads.model import Actor


def test_missing_actor_and_agent_without_country_read_as_petrarch_writes_them():
    assert petrarch_codes([]) == ["---"]
    students = Actor(text="students", code="EDU", sector="EDU", kind="sector")
    police = Actor(text="Arnor police", code="ARNCOP", country="ARN", sector="COP", kind="sector")
    assert petrarch_codes([students, police]) == ["---EDU", "ARNCOP"]
    assert petrarch_codes([Actor(text="Arnor", code="ARN", country="ARN", kind="country")]) == ["ARN"]
