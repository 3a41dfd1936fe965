"""Dependency-label sets of the parser's scheme (spaCy's English labels) that more than one
room reads, and small readings of a parse that more than one module needs. Grammar, not
vocabulary, so they are code; they live here, on the ground floor and without importing spaCy, so that actors/, events/ and geo/ share them without importing each
other or paying for the parser.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# A noun's modifiers that qualify it ("Syrian forces", "the Gaza city council").
QUALIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# With "poss": all the modifiers that can name the noun's owner ("Iraq's army").
MODIFIER_DEPS = QUALIFIER_DEPS | {"poss"}
# With "npadvmod" too: every modifier before a noun that can name who it belongs to or who did
# it ("US bombs", "Syrian shelling", "the Kremlin-backed group").
NOUN_MODIFIER_DEPS = MODIFIER_DEPS | {"npadvmod"}


def trailing_predicate(obj: Token) -> Token | None:
    """An adjective after the noun it hangs on, inside an object: "called the reports of fraud
    unacceptable", where the parser reads the object's predicate as a modifier of a noun in it."""
    for t in obj.subtree:
        if t.pos_ == "ADJ" and t.dep_ in ("amod", "acl") and t.i > t.head.i and t.head.pos_ in ("NOUN", "PROPN"):
            return t
        if (t.tag_ in ("VBN", "VBD") and t.dep_ == "acl" and t.i == t.head.i + 1 and t.head.pos_ == "NOUN"
                and all(c.dep_ in ("advmod", "cc", "conj") for c in t.children)):
            return t  # "called the verdict biased": a participle used as an adjective (tagged a past tense at times)
    return None


# Relative pronouns ("the man who", "a move that", "whom").
RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})


def relative_naming(verb: Token) -> tuple[Token, Token] | None:
    """A naming verb in a relative clause whose object is the noun it hangs on: "a move his party
    called a coup" -> (move, coup), the thing named and what it is called."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    pred = next((c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.lower_ not in RELATIVE_WORDS), None)
    if subj is None or subj.lower_ in RELATIVE_WORDS or pred is None or not (
            pred.pos_ in ("NOUN", "ADJ") or (pred.pos_ == "PROPN" and pred.text.islower())):  # (a mistagged "cruel")
        return None
    return verb.head, pred


def noun_subject_of_number(verb: Token, plural: bool) -> Token | None:
    """``verb``'s noun subject when it is plural (``plural``) or singular as asked: what a pronoun
    of that number in a clause under the verb refers to first ("the plants were targets because
    they supplied fuel")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or (subj.tag_ == "NNS") != plural:
        return None
    return subj


# Nouns of a border: a country word on them only says which border ("the Thai border").
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland", "borderlands", "borderline"})


def border_with(root: Token) -> Token | None:
    """The border noun of "the border with X" when ``root`` is X (the word before "with": the
    parser may hang "with X" on the noun before "along its border")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return None
    border = root.doc[prep.i - 1]
    if border.lemma_.lower() in BORDER_POSTS and prep.i > 1:
        if border.lemma_.lower() in CROSSING_NOUNS and root.doc[prep.i - 2].lemma_.lower() not in BORDER_NOUNS:
            return border  # "the Leușeni crossing with Romania": a crossing is on a border
        border = root.doc[prep.i - 2]  # "the border post / crossing with X"
    return border if border.lemma_.lower() in BORDER_NOUNS else None


# Posts that stand on a border whatever their name ("the Leușeni crossing with Romania").
CROSSING_NOUNS = frozenset({"crossing", "checkpoint"})


# Posts and crossings named after the border they stand on ("the border post with South Africa").
BORDER_POSTS = frozenset({"post", "crossing", "checkpoint", "gate", "point", "town", "area", "region"})


# Verbs of giving or sending, whose "to X" names the one that receives ("fund aid to Ukraine").
GIVING_VERBS = frozenset({"send", "fund", "supply", "deliver", "sell", "give", "ship", "export", "provide",
                          "transfer", "lend", "donate", "pledge", "extend"})
# Participles of a route that joins places ("the highway linking X to Y").
ROUTE_PARTICIPLES = frozenset({"link", "connect", "join", "lead"})


# Verbs of taking people, or of going, somewhere: "to" / "into" names where, not the scene.
CARRYING_VERBS = frozenset({"take", "fly", "flee", "smuggle", "deport", "transfer", "bring", "extradite", "evacuate",
                            "escape", "migrate", "repatriate", "airlift"})


def names_a_destination(tok: Token) -> bool:
    """The place word ``tok`` only says where a thing goes: the object of a "to" that hangs on a
    noun ("flights to X", "arms sales to X"), on a route's participle ("the highway linking
    Nairobi to X") or on a verb of giving ("fund aid to X")."""
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # ("fled to Mexico and later Argentina")
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "into") or tok.head.dep_ != "prep":
        return False
    on = tok.head.head
    if on.pos_ == "VERB" and on.lemma_.lower() in CARRYING_VERBS:
        return True  # "was kidnapped and taken to the United States", "fled into Venezuela": where one went
    if tok.head.lower_ != "to":
        return False
    return (on.pos_ == "NOUN" or (on.dep_ == "acl" and on.lemma_.lower() in ROUTE_PARTICIPLES)
            or (on.pos_ == "VERB" and on.lemma_.lower() in GIVING_VERBS))  # "fund military aid to X"


def names_a_state_left(tok: Token) -> bool:
    """The place word ``tok`` names the state a country broke from ("since independence from
    Portugal in 1974"): history, not where the sentence's acts happen."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "from"
            and prep.head.lemma_.lower() in ("independence", "secession", "separation"))


def names_no_scene(tok: Token) -> bool:
    """The place word ``tok`` says where a thing goes or which state a country broke from, or where
    a body is based ("a Norway-based rights group"): not where the sentence's acts happen."""
    return names_a_destination(tok) or names_a_state_left(tok) or base_of(tok)


def base_of(tok: Token) -> bool:
    """"a Norway-based rights group", "the London-based monitor": where the body sits."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based") or (
        tok.head.lower_ == "based" and tok.i < tok.head.i)


def names_a_base(span) -> bool:
    """A word of the name says where a body is based ("a Norway-based rights group")."""
    return any(base_of(t) for t in span)


def names_a_border(root: Token) -> bool:
    """The country word ``root`` only says which border ("near the Thai border", "Syria's
    frontier", "near the border with China")."""
    if root.dep_ == "pobj" and root.head.lower_ == "with":
        return border_with(root) is not None
    return root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.lemma_.lower() in BORDER_NOUNS


def listed_with_others(root: Token) -> bool:
    """The name ``root`` is one of a list of three or more proper names ("trade with South Africa,
    Eswatini and Zimbabwe"): a list names countries in passing, none of them "the country" a
    later sentence means."""
    if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return False
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "PROPN"]
    return len(members) >= 3 and all(t.pos_ == "PROPN" for t in members)


# Verbs whose clausal complement reports what happened elsewhere or later.
SAYING_VERBS = frozenset({"say", "tell", "add", "announce", "state", "claim", "deny", "insist", "report", "confirm",
                          "explain", "note", "stress", "warn", "argue"})


def reported_apart(root: Token, trigger: Token) -> bool:
    """``root`` is inside what someone says, ``trigger`` outside it ("He denied ... and said the
    diesel would arrive at the Chilean port of Arica": the denial was neither made in Arica nor
    Chile's)."""
    for anc in (root, *root.ancestors):
        if anc.dep_ == "ccomp" and anc.head.lemma_.lower() in SAYING_VERBS and anc.i > anc.head.i:
            if anc.left_edge.i <= trigger.i <= anc.right_edge.i:
                return False
            # ("struck what officials said were hideouts inside Afghanistan, killing 20": what is
            # said names the trigger's own object; a report joined to the trigger's clause by "and",
            # or in another part of the sentence, is apart)
            clause = trigger
            while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
                clause = clause.head  # (a noun's clause: "After the rocket fire, jets struck ...")
            while clause.dep_ in ("advcl", "conj", "xcomp") and clause.head != clause:
                clause = clause.head
            say = top = anc.head
            while top.dep_ == "conj" and top.head != top:
                top = top.head
            if top == clause:
                # (the trigger's own report, "denied that ... in X", keeps X, and so does a verb the
                # parser hung on the report: "struck what officials said were hideouts in X, killing 20")
                return say != top and say != trigger
            path = []
            for up in top.ancestors:
                if up == clause:
                    # a report inside the clause's own verbs is its content; one told of a noun in it
                    # ("journalists, the latest of detentions that groups say ...") is apart
                    return any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in path)
                path.append(up)
            return True
    return False


# Lower-case words after a name that make it a local unit ("the Costa Rica district", "the Libya
# neighbourhood"): a country's name so followed names no country (geo and actors).
LOCAL_UNIT_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|colony|colonia|barrio|quarter|suburb|settlement|"
                              r"sector|ward|township|estate|camp)\b")
