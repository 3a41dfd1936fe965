"""Small readings of a clause that several event rules share."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events import lexicon


def even_as(clause: Token) -> bool:
    """A clause of contrast or of mere coincidence, not of cause: "even as" / "even while" before
    its verb ("two were stabbed in one town even as the police fired in another": two acts)."""
    return any(c.dep_ == "advmod" and c.lower_ == "even" and c.i < clause.i for c in clause.children) or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "while") and c.i > 0
        and clause.doc[c.i - 1].lower_ == "even" for c in clause.children)


def names_own_means(verb: Token) -> bool:
    """The harm names its own act in an "in"/"by" phrase that is a lexicon trigger ("killed in
    stone-pelting", "injured in a bomb attack")."""
    for c in verb.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "during"):
            for o in c.children:
                # (a gerund noun by its verb: "pelting" -> pelt)
                forms = {o.lemma_.lower(), o.lower_} | ({o.lower_[:-3]} if o.lower_.endswith("ing") else set())
                if o.dep_ in ("pobj", "pcomp") and (forms & lexicon.index().keys() or any(
                        g.dep_ == "compound" and f"{g.lemma_} {o.lemma_}".lower() in lexicon.by_trigger()
                        for g in o.children)):
                    return True
    return False
