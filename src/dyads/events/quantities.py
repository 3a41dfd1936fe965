"""Counts attached to events: fatalities, injured, displaced, arrested, strikes.

ACLED's conservative convention for vague numbers: "several"/"many" -> 10, "dozens" -> 12,
"scores" -> 40, "hundreds" -> 100, "thousands" -> 1000; "hundreds of thousands" multiplies;
ranges and "at least N" take the lower bound.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dyads.model import Quantity

VAGUE = {
    "several": 10,
    "many": 10,
    "some": 10,
    "dozen": 12,
    "dozens": 12,
    "scores": 40,
    "score": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "tens": 10,
}
WORDS = {
    w: i
    for i, w in enumerate(
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty"
        ).split()
    )
}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

# Event lemma -> quantity kind for the event's object / passive subject.
KIND_BY_LEMMA = {
    "kill": "fatalities",
    "killing": "fatalities",
    "massacre": "fatalities",
    "slaughter": "fatalities",
    "execute": "fatalities",
    "behead": "fatalities",
    "injure": "injured",
    "wound": "injured",
    "hurt": "injured",
    "displace": "displaced",
    "uproot": "displaced",
    "expel": "displaced",
    "arrest": "arrested",
    "detain": "arrested",
    "imprison": "arrested",
    "jail": "arrested",
    "abduct": "abducted",
    "kidnap": "abducted",
}
STRIKE_NOUNS = {"strike", "airstrike", "raid", "attack", "bombing", "shelling", "sortie", "missile", "rocket"}
_DIGITS = re.compile(r"^\d[\d,\.]*$")


def number_value(tokens: list[Token]) -> tuple[int, str] | None:
    """Value of a number phrase given as tokens ("hundreds of thousands", "3,000", "two dozen")."""
    value: int | None = None
    rule = ""
    for tok in tokens:
        w = tok.lower_
        if _DIGITS.match(w):
            try:
                n = int(float(w.replace(",", "")))
            except ValueError:
                continue
            value = n if value is None else value * n
            rule = rule or "digits"
        elif w in WORDS:
            value = WORDS[w] if value is None else value + WORDS[w]
            rule = rule or "number word"
        elif w in SCALE:
            value = SCALE[w] if value is None else value * SCALE[w]
            rule = rule or "number word"
        elif w in VAGUE:
            v = VAGUE[w]
            if value is not None and w in ("hundreds", "thousands", "millions") and value >= 100:
                value = value * v
            elif value is None:
                value = v
            else:
                value = value * v
            rule = "ACLED vague quantity (conservative)"
        elif w in ("to", "-", "–", "and", "or") and value is not None:
            break  # a range: keep the lower bound
    if value is None:
        return None
    return value, rule


def _number_phrase(head: Token) -> list[Token] | None:
    """Tokens of a number phrase headed by ``head`` (a NUM or a vague quantifier noun)."""
    if head.like_num or head.lower_ in VAGUE or head.lower_ in SCALE:
        toks = [head]
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                toks += [t for t in child.subtree if t.like_num or t.lower_ in VAGUE or t.lower_ in SCALE]
            elif child.like_num or child.lower_ in SCALE or child.lower_ in VAGUE:
                toks.append(child)  # "hundreds (of) thousands": the multiplier hangs as quantmod
        return sorted(toks, key=lambda t: t.i)
    nums = [c for c in head.children if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod"))]
    if nums:
        toks = []
        for n in nums:
            toks += [t for t in n.subtree if t.like_num or t.lower_ in VAGUE or t.lower_ in SCALE or t.lower_ in ("-", "to")]
        return sorted(toks, key=lambda t: t.i)
    return None


def quantities_for(trigger: Token) -> list[Quantity]:
    """Quantities attached to the event whose trigger head is ``trigger``."""
    out: list[Quantity] = []
    kind = KIND_BY_LEMMA.get(trigger.lemma_.lower())
    if kind:
        for child in trigger.children:
            if child.dep_ in ("dobj", "nsubjpass", "obj"):
                phrase = _number_phrase(child)
                if phrase:
                    out.extend(_make(kind, phrase))
    if trigger.lemma_.lower() in STRIKE_NOUNS or (
        trigger.pos_ == "NOUN" and trigger.lemma_.lower().endswith("strike")
    ):
        phrase = _number_phrase(trigger)
        if phrase:
            out.extend(_make("strikes", phrase))
    return out


def _make(kind: str, phrase: list[Token]) -> list[Quantity]:
    got = number_value(phrase)
    if not got:
        return []
    value, rule = got
    text = phrase[0].doc[phrase[0].i : phrase[-1].i + 1].text
    return [Quantity(kind=kind, value=value, text=text, rule=rule)]
