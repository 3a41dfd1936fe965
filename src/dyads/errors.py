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

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
