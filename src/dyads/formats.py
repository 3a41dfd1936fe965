"""The output formats of ``dyads code`` and ``dyads export``, registered by name in one place.

A format has a face per command: ``code`` (coded documents streamed to a file as they are
coded; ``dyads.records``) and ``export`` (stored events copied out of the store;
``dyads.store.export``). A name means one shape on both faces: ``csv`` writes the same columns
from ``dyads code --format csv`` and ``dyads export --format csv``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FACES = ("code", "export")


class Formats:
    """Format name -> implementation, per face, in the order registered."""

    def __init__(self) -> None:
        self._faces: dict[str, dict[str, Any]] = {face: {} for face in FACES}

    def register(self, name: str, face: str) -> Callable[[Any], Any]:
        """Decorator: ``@FORMATS.register("csv", "code")``."""

        def add(impl: Any) -> Any:
            self._faces[face][name] = impl
            return impl

        return add

    def of(self, face: str) -> dict[str, Any]:
        """The formats of one face (a live mapping: later registrations show in it)."""
        return self._faces[face]

    def choose(self, name: str, face: str, what: str = "format") -> Any:
        """The implementation of ``name`` on ``face``; ValueError naming the choices."""
        found = self._faces[face]
        if name not in found:
            raise ValueError(f"unknown {what} {name!r}; choose one of {', '.join(found)}")
        return found[name]


FORMATS = Formats()
