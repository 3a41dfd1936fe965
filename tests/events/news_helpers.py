"""Helpers shared by the news-pattern test files (tests/events/test_news_patterns_*.py): code a
text with a fixed publication date and pick events or actors out of the result."""

from __future__ import annotations

import dyads

PUBLISHED = "2024-05-10"


def coded_events(text: str):
    return dyads.code(text, published=PUBLISHED).events


def coded_mentions(text: str):
    return dyads.code(text, published=PUBLISHED).mentions


def countries(actors):
    return {a.country for a in actors}


def by_trigger(events, trigger: str):
    return next(e for e in events if e.trigger == trigger)


def with_trigger(events, trigger: str):
    """The events whose trigger is ``trigger`` (maybe none)."""
    return [e for e in events if e.trigger == trigger]


def codes(actors):
    return {a.code for a in actors}
