"""The running list of resolved mentions that pronouns and definite descriptions point back to.

Antecedent choice: agreement class first (person / thing / plural), then the closest sentence
(at most ``WINDOW`` back), then grammatical subjects before other mentions (in an earlier sentence,
the main verb's subject first), then recency.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dyads.model import Mention

# Tuning constants (reference article; PLOVER dev records are single sentences).
WINDOW = 2  # sentences back for pronouns
DESCRIPTION_WINDOW = 4  # sentences back for "the regime", "the army", "the group"

PERSON_KINDS = frozenset({"person"})
THING_KINDS = frozenset({"country", "capital", "group", "igo", "ngo", "agency", "party"})
COLLECTIVE_KINDS = frozenset({"group", "igo", "ngo", "agency", "party", "people"})


@dataclass(slots=True)
class Ref:
    mention: Mention
    cls: str  # person | thing | plural
    sent: int
    subject: bool
    token: int
    verb: int  # head token of the phrase head (for the binding rule)
    main: bool = False  # the subject of its sentence's main verb


class History:
    def __init__(self) -> None:
        self.refs: list[Ref] = []
        # last sector mention with a country, by sector word ("regime" -> "the Syrian regime")
        self.by_name: dict[str, Ref] = {}
        # last person named with each title ("president" -> "President Obama"), for "the president"
        self.by_title: dict[str, Ref] = {}

    def add(self, ref: Ref) -> None:
        self.refs.append(ref)
        a = ref.mention.actor
        if a.kind == "sector" and a.country is not None and a.name:
            self.by_name[a.name] = ref

    def find(
        self,
        sent: int,
        before: int,
        accept: Callable[[Ref], bool],
        window: int = WINDOW,
        exclude_verb: int | None = None,
    ) -> Ref | None:
        best = None
        best_key = None
        for ref in reversed(self.refs):
            if ref.mention.end > before:
                continue
            dist = sent - ref.sent
            if dist > window:
                break
            if exclude_verb is not None and ref.verb == exclude_verb and ref.subject:
                continue
            if not accept(ref):
                continue
            # (in an earlier sentence, its main subject before the subject of a clause inside it:
            # "The group said it would stop if the military stopped airstrikes. It said ...")
            key = (dist, 0 if ref.subject else 1, 0 if ref.main or not dist else 1, ref.mention.actor.kind == "sector")
            if best_key is None or key < best_key:
                best, best_key = ref, key
        return best


def agreement_class(kind: str | None, sector_role: str | None, plural: bool) -> str:
    """person | thing | plural for a resolved mention."""
    if kind == "person" or (kind == "sector" and sector_role == "role" and not plural):
        return "person"
    if plural or kind == "people":
        return "plural"
    return "thing"
