"""Errors a user sees: one clear line each, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class DyadsError(Exception):
    """Base class for errors with a message meant for the user."""


class InputError(DyadsError):
    """An input that cannot be read or coded (empty, binary, bad encoding, bad JSON...)."""


@dataclass
class Failure:
    """A per-document failure reported by a reader; the run goes on with the other inputs."""

    source: str
    message: str
    doc_id: str | None = None  # the document's id when it was read but could not be coded
    stage: str = "read"  # "read" (the input), "code" (the pipeline) or "store"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def describe(exc: BaseException, limit: int = 300) -> str:
    """One line for an unexpected exception: its type and the first line of its message."""
    text = str(exc).strip().splitlines()
    first = text[0] if text else ""
    if len(first) > limit:
        first = first[:limit] + "..."
    name = type(exc).__name__
    return f"{name}: {first}" if first else name
