"""Counts attached to events: fatalities, injured, displaced, arrested, strikes.

Fatalities follow ACLED's conservative convention (ACLED's "Uses and limitations" FAQ: "tens" is
coded 10, "dozens" 12, "hundreds" 100, "and so on"; where reports differ, the lowest figure):

- a vague plural is one unit of its word: "tens" 10, "dozens" 12, "scores" 20 (one score),
  "hundreds" 100, "thousands" 1000; "hundreds of thousands" multiplies (100,000);
  "several", "many", "some" alone are 10 (our choice for "an unstated plural", kept from before);
- a stated number wins over the vague words around it: "as many as 40" is 40, "at least 12" is
  12, "more than 30" is 30, "nearly 50" is 50;
- a range takes its lower bound: "10 to 15", "between 10 and 15", "10-15" are 10;
- number words: "twenty-three" 23, "two hundred and fifty" 250, "1.5 million";
- a single named or described victim counts 1: "a teacher was shot dead", "killed a policeman",
  "a soldier died", "shot him to death"; a bare plural ("civilians were killed") gives no count;
- headline style: "Five soldiers killed", "2 civilians killed in shelling", "clashes leave three
  dead", "1 dead, 5 wounded", "killing of 22";
- conjoined victims add up ("killed a soldier and two civilians" is 3); people listed after
  "including" are part of the total, never added to it;
- wounded and injured are their own kind, never added to the killed.

The counts of a sentence are found once (``sentence_counts``); an event takes those whose
anchor (the kill verb, "dead", "died", "deaths") is its own trigger or sits in the same clause
("an airstrike killed five": the airstrike; "five killed in clashes": the clashes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads.data import words
from dyads.docmemo import doc_lemmas, doc_sents, doc_strings, doc_text
from dyads.events.clauses import even_as, names_own_means
from dyads.events.sentences import sentence_of
from dyads.model import Quantity

VAGUE = {
    "several": 10,
    "many": 10,
    "some": 10,
    "numerous": 10,
    "few": 3,
    "dozen": 12,
    "dozens": 12,
    "scores": 20,
    "score": 20,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "tens": 10,
}
# Vague words that multiply a following scale word: "tens of thousands", "hundreds of thousands".
_VAGUE_MULTIPLIERS = {"tens", "dozens", "scores", "hundreds", "thousands"}
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
WORDS.update({"single": 1, "couple": 2, "pair": 2})
SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_RANGE = {"to", "-", "–", "—", "or", "and"}

# Event lemma -> quantity kind for the event's object / passive subject.
KIND_BY_LEMMA = {
    "kill": "fatalities",
    "killing": "fatalities",
    "murder": "fatalities",
    "assassinate": "fatalities",
    "massacre": "fatalities",
    "slaughter": "fatalities",
    "slay": "fatalities",
    "lynch": "fatalities",
    "execute": "fatalities",
    "behead": "fatalities",
    "decapitate": "fatalities",
    "martyr": "fatalities",
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
# Verbs that kill only with a result phrase: "shot dead", "beaten to death", "gunned down".
_LETHAL_WITH_RESULT = {"shoot", "gun", "stab", "beat", "hack", "burn", "bludgeon", "stone", "hang", "strangle"}
# Intransitive verbs whose subject is the dead: "a soldier died", "five perished".
_DIE_VERBS = {"die", "perish", "succumb", "drown"}
# Nouns counting the dead: "15 deaths", "five homicides", "the killing of 22", "10 bodies".
_DEATH_NOUNS = {"death", "killing", "murder", "homicide", "assassination", "execution", "fatality",
                "martyr", "body", "corpse", "life"}
_INJURY_NOUNS = {"injury"}
# Nouns that name a group, never one victim ("killed a family" gives no count).
_COLLECTIVE = {"people", "police", "personnel", "staff", "family", "group", "crowd", "militia", "army",
               "force", "troop", "team", "unit", "gang", "village", "town", "city", "population",
               "community", "convoy", "residents", "civilians", "number", "dozen", "lot",
               "toll", "resistance", "who", "that", "which"}
_SINGLE_PRONOUNS = {"him", "her", "he", "she", "himself", "herself"}
STRIKE_NOUNS = {"strike", "airstrike", "raid", "attack", "bombing", "shelling", "sortie", "missile", "rocket"}
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
_RANGE_TOKEN = re.compile(r"^(\d[\d,]*)\s*[-–]\s*(\d[\d,]*)$")
# Clause boundaries: a count in one clause is not the count of an event in another.
_CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "parataxis", "csubj", "acl", "conj", "ROOT"}


def _word_value(w: str) -> float | None:
    w = w.replace(",", "")
    if _DIGITS.match(w):
        try:
            return float(w)
        except ValueError:
            return None
    return WORDS.get(w)


def _flatten(words: list[str]) -> list[str]:
    """Lower-cased words with hyphenated numbers split: "10-15" -> 10 - 15, "twenty-three" ->
    twenty three (a compound number: the words add up)."""
    flat: list[str] = []
    for w in words:
        lw = w.lower()
        if m := _RANGE_TOKEN.match(lw):
            flat += [m[1], "-", m[2]]
        elif "-" in lw and len(lw) > 1:
            parts = [p for p in lw.split("-") if p]
            if len(parts) == 2 and WORDS.get(parts[0], 0) >= 20 and 0 < WORDS.get(parts[1], 0) < 10:
                flat += parts
            else:
                flat += [parts[0], "-", *parts[1:]] if parts else []
        else:
            flat.append(lw)
    # "twenty - three" as three tokens is one number, not a range
    return [w for k, w in enumerate(flat) if not (
        w == "-" and 0 < k < len(flat) - 1 and WORDS.get(flat[k - 1], 0) >= 20 and 0 < WORDS.get(flat[k + 1], 0) < 10)]


def _segments(flat: list[str]) -> list[list[str]]:
    """Split at range words ("10 to 15", "between 10 and 15", "10 or 12"); "and" after a scale
    word continues the number ("two hundred and fifty")."""
    segs: list[list[str]] = [[]]
    for k, w in enumerate(flat):
        if w in _RANGE and not (w == "and" and k and flat[k - 1] in SCALE):
            segs.append([])
        elif w != "and":
            segs[-1].append(w)
    return [s for s in segs if s]


def _segment_value(seg: list[str]) -> tuple[float, str] | None:
    concrete = any(_word_value(w) is not None or w in SCALE for w in seg)
    total, current, rule = 0.0, None, ""
    for w in seg:
        v = _word_value(w)
        if v is not None:
            if current is None:
                current = v
            elif 20 <= current < 100 and current % 10 == 0 and v < 10 or current % 100 == 0 and v < 100:
                current += v  # "twenty three", "hundred fifty"
            else:
                break  # a second number: not part of this one
            rule = rule or ("digits" if w[0].isdigit() else "number word")
        elif w in SCALE:
            current = (current or 1) * SCALE[w]
            if SCALE[w] >= 1000:
                total, current = total + current, None
            rule = rule or "number word"
        elif w in ("dozen", "score"):
            current = (current or 1) * VAGUE[w]
            rule = rule or "number word"
        elif w in _VAGUE_MULTIPLIERS or w == "millions":
            # "hundreds", "hundreds of thousands", "tens of thousands": one unit, multiplied
            current = VAGUE[w] if current is None else current * VAGUE[w]
            rule = "ACLED vague quantity (conservative)"
        elif w in VAGUE and not concrete and current is None:
            current = VAGUE[w]  # "several", "many": only when no number is stated
            rule = "ACLED vague quantity (conservative)"
    value = total + (current or 0)
    return (value, rule) if value or current is not None else None


def parse_number(words: list[str]) -> tuple[int, str] | None:
    """Value of a number phrase given as words: "as many as 40" 40, "twenty-three" 23, "10 to 15"
    10 (a range: the lower bound), "hundreds of thousands" 100000, "two dozen" 24, "dozens" 12.
    None when the words hold no number."""
    for seg in _segments(_flatten(words)):
        got = _segment_value(seg)
        if got is not None:
            value, rule = got
            return int(value), rule
    return None


def number_value(tokens: list[Token]) -> tuple[int, str] | None:
    """Value of a number phrase given as tokens (see ``parse_number``)."""
    return parse_number([t.text for t in tokens])


def _is_number(tok: Token) -> bool:
    return tok.like_num or tok.lower_ in VAGUE or tok.lower_ in SCALE or bool(_RANGE_TOKEN.match(tok.lower_)) or (
        "-" in tok.text and parse_number([tok.text]) is not None)


def _number_tokens(head: Token) -> list[Token]:
    """The tokens of the number phrase in ``head``'s subtree, "including ..." left out."""
    toks = []
    stack = [head]
    while stack:
        t = stack.pop()
        if t.i != head.i and (t.dep_ in ("relcl", "acl", "appos", "conj") or t.lower_ in ("including", "among")):
            continue
        if t.i != head.i and t.dep_ == "prep" and t.lower_ not in ("of", "than", "to"):
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and not _is_number(t) and t.head.head.i != head.i:
            continue
        toks.append(t)
        stack.extend(t.children)
    keep = [t for t in toks if _is_number(t) or t.lower_ in _RANGE]
    return sorted(keep, key=lambda t: t.i)


@dataclass(frozen=True)
class Count:
    value: int
    text: str
    rule: str


def _count(noun: Token, strict: bool = False) -> Count | None:
    """How many people ``noun`` names: its number ("five soldiers", "dozens of villagers",
    "three"), 1 for one victim ("a teacher", "him", "the mayor"), None for a bare plural."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None  # "no one was killed": nobody counted
    if noun.pos_ == "NUM" or _is_number(noun) and noun.lower_ not in ("many", "some", "a"):
        toks = _number_tokens(noun)
        got = number_value(toks) if toks else None
        if got:
            return Count(got[0], _text(toks), got[1])
    nums = [c for c in _left_modifiers(noun) if c.dep_ in ("nummod", "quantmod") or (
        _is_number(c) and c.dep_ in ("amod", "advmod", "det", "compound", "npadvmod"))]
    if nums:
        toks = sorted({t for n in nums for t in _number_tokens(n)}, key=lambda t: t.i)
        got = number_value(toks) if toks else None
        if got:
            return Count(got[0], _text(toks), got[1])
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    if of is not None and noun.lemma_.lower() in _COLLECTIVE and (got := _count(of)) is not None and (
            got.rule != "single victim"):
        return got  # "a family of five", "a group of 12 miners"
    if noun.lower_ in _SINGLE_PRONOUNS:
        return Count(1, noun.text, "single victim (pronoun)")
    if noun.pos_ == "PRON" or noun.lemma_.lower() in _COLLECTIVE or noun.lower_ in _COLLECTIVE:
        return None
    if noun.lemma_.lower() == "couple":
        return Count(2, noun.text, "a couple")
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNP", "JJ", "NN") and not noun.lower_.endswith("s"):
        return Count(1, noun.text, "single victim")  # "killed a Palestinian"
    if noun.tag_ == "NNP" and noun.ent_type_ == "PERSON":
        return Count(1, noun.text, "single victim")  # "killed John Doe"
    if noun.tag_ in ("NN", "NNP") and noun.ent_type_ in ("", "PERSON", "NORP") and (not strict or _person_noun(noun)):
        return Count(1, noun.text, "single victim")  # "a teacher", "the mayor", "Junta Chief"
    if noun.tag_ in ("NN", "NNP") and not strict and noun.ent_type_ not in _PLACE_OR_BODY:
        return Count(1, noun.text, "single victim")  # "'El Flaco' is shot to death"
    return None


_PLACE_OR_BODY = {"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "child", "person", "baby", "infant", "youth", "teenager", "minor", "adult",
    "elder", "wife", "husband", "son", "daughter", "father", "mother", "brother", "sister", "uncle", "cousin",
    "nephew", "niece", "relative", "citizen", "national", "resident", "student", "refugee", "migrant", "hostage",
    "suspect", "militant", "rebel", "guard", "chief", "mayor", "judge", "general", "colonel", "captain",
    "sergeant", "lieutenant", "major", "cleric", "pastor", "priest", "imam", "monk", "nun", "medic", "doctor",
    "nurse", "agent", "official", "president", "candidate", "cadet", "recruit", "pilot", "journalist", "victim",
    "civilian", "policeman", "policewoman", "gunman", "herdsman", "fisherman", "businessman", "chairman",
    "councillor", "councilor", "governor", "senator", "lawmaker", "legislator", "deputy", "envoy", "diplomat",
    "activist", "protester", "protestor", "demonstrator", "operative", "informant", "detainee", "prisoner",
    "inmate", "employee", "worker", "labourer", "laborer", "vendor", "passenger", "pedestrian", "tourist",
    "motorcyclist", "driver", "commander", "leader", "member", "fighter", "soldier", "officer", "trooper",
    "criminal", "dacoit", "thief", "accused", "undertrial", "convict", "constable", "rioter",
    "shepherd", "merchant", "principal", "sheikh", "emir", "notable", "individual", "spy", "mechanic",
    "witch", "wizard", "bandit",
}
# Suffixes of nouns for people ("shopkeeper", "journalist", "Palestinian", "detainee", "servant"),
# used only where the noun is the victim of a killing verb; "-ment" nouns are not people.
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ee", "ant", "ier", "eer")


def _person_noun(noun: Token) -> bool:
    w = noun.lemma_.lower()
    return w in _PERSON_NOUNS or (w.endswith(_PERSON_SUFFIXES) and not w.endswith("ment") and len(w) > 4)


def _left_modifiers(noun: Token) -> list[Token]:
    """Left dependents of ``noun`` and of its compound/amod modifiers ("Eighteen Myanmar Junta
    soldiers": the number may hang from a compound), possessives left out."""
    out = []
    for c in noun.lefts:
        if c.dep_ in ("poss", "case"):
            continue
        out.append(c)
        if c.dep_ in ("compound", "amod"):
            out += [g for g in _left_modifiers(c) if g.dep_ in ("nummod", "quantmod")]
    return out


def _victims(noun: Token, strict: bool = False) -> Count | None:
    """The count of ``noun`` and its conjuncts added up ("a soldier and two civilians": 3).
    ``strict``: the noun is the object of an active verb, where a singular noun is a victim only
    if it names a person ("killed a teacher", not "killed the bill")."""
    parts = [noun] + [c for c in noun.conjuncts if c.i > noun.i and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    counts = [c for c in (_count(p, strict) for p in parts) if c is not None]
    if not counts:
        return None
    if len(counts) == 1:
        return counts[0]
    return Count(sum(c.value for c in counts), " + ".join(c.text for c in counts), counts[0].rule + " (conjuncts added)")


def _text(toks: list[Token]) -> str:
    return toks[0].doc[toks[0].i : toks[-1].i + 1].text if toks else ""


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _has_result(verb: Token) -> bool:
    """"shot dead", "beaten to death", "gunned down"."""
    for c in verb.children:
        if c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp", "dobj", "attr"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() == "death" for g in c.children):
            return True
        if c.dep_ == "prt" and c.lower_ == "down" and verb.lemma_.lower() == "gun":
            return True
    return False


def _verb_victims(verb: Token) -> Count | None:
    """The victims of a killing (or wounding, arresting ...) verb: its object, its passive subject,
    or in a headline without object or agent ("Five soldiers killed") its subject."""
    obj = _child(verb, "dobj", "obj")
    if obj is not None and (obj.pos_ != "PROPN" or obj.ent_type_ in ("PERSON", "NORP")
                            or any(c.dep_ == "nummod" and _is_number(c) for c in obj.children)):
        return _victims(obj, strict=True)
    of = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"), None)
    if of is not None and verb.tag_ == "VBG":
        return _victims(of)  # "the killing of 22" parsed as a gerund
    subj = _child(verb, "nsubjpass")
    if subj is not None:
        return _victims(subj)
    if verb.dep_ in ("acl", "amod") and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return _victims(verb.head)  # "five soldiers killed in ...", "the 12 killed"
    subj = _child(verb, "nsubj")
    agent = _child(verb, "agent")
    if subj is not None and verb.tag_ in ("VBN", "VBD") and agent is None:
        got = _victims(subj)
        # "Gunmen killed." is never a headline: a subject without its own number or a person
        # is taken for the dead only where the verb has no object
        if got is not None and (obj is None or obj.pos_ == "PROPN"):
            return got
    return None


def _number_before(tok: Token) -> Count | None:
    """"4 injured", "one dead", "2 others wounded": a number just before the word (a headline's
    list of tolls, where the parse often hangs the words on the wrong number)."""
    doc = tok.doc
    for k in (1, 2):
        if tok.i - k < sentence_of(tok).start:
            break
        prev = doc[tok.i - k]
        if _is_number(prev) and prev.lower_ not in ("many", "some"):
            got = number_value([prev])
            return Count(got[0], prev.text, got[1]) if got else None
        if prev.lower_ not in ("others", "people", "persons", "more", "other"):
            break
    return None


def _dead_count(dead: Token) -> Count | None:
    """"three dead", "left 40 dead", "two men found dead", "1 dead, 5 wounded"."""
    if dead.head.lemma_.lower() in KIND_BY_LEMMA or dead.head.lemma_.lower() in _LETHAL_WITH_RESULT:
        return None  # "shot dead": counted on the verb
    if (before := _number_before(dead)) is not None:
        return before
    nums = [c for c in dead.children if _is_number(c) and c.i < dead.i and c.dep_ not in ("conj",)]
    if nums:
        return _count(nums[-1])
    subj = _child(dead, "nsubj")
    if subj is not None:
        return _victims(subj)
    if dead.dep_ == "amod" and dead.head.i < dead.i or dead.dep_ == "amod" and dead.head.pos_ in ("NOUN", "NUM"):
        return _victims(dead.head)
    if dead.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "attr"):
        verb = dead.head
        for dep in ("dobj", "nsubjpass", "nsubj"):
            c = _child(verb, dep)
            if c is not None and c.i != dead.i and (dep != "nsubj" or verb.lemma_.lower() in ("find", "lie", "be", "remain")):
                return _victims(c)
    return None


def _noun_count(noun: Token) -> Count | None:
    """"15 deaths", "two homicides", "the killing of 22", "the deaths of three men", "the body of a
    woman", "claimed 25 lives", "lost their lives" (the subject)."""
    lemma = noun.lemma_.lower()
    nums = [c for c in noun.children if c.dep_ in ("nummod", "quantmod") or (_is_number(c) and c.dep_ in ("amod", "compound"))]
    if nums:
        return _count(noun)
    listed = next((c for c in noun.children if c.dep_ == "appos" and _DIGITS.match(c.text) and c.i > noun.i
                   and any(t.text == ":" for t in noun.doc[noun.i + 1 : c.i])), None)
    if listed is not None:  # "Fatalities: 4" (a note's tally line)
        got = number_value([listed])
        return Count(got[0], listed.text, got[1] + " (after a colon)") if got else None
    of = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if of is not None:
        return _victims(of)
    if lemma == "life" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("lose", "give", "sacrifice"):
        subj = _child(noun.head, "nsubj")
        return _victims(subj) if subj is not None else None
    if lemma in ("body", "corpse") and noun.tag_ == "NN":
        return Count(1, noun.text, "one body")
    return None


_HARM = {"injure", "wound", "hurt", "injured", "wounded"}


def _with_wounded(tok: Token) -> bool:
    """The dead counted together with the wounded: "were killed and injured", "martyrs and
    wounded", "kills and injures"."""
    def own_args(t: Token) -> bool:
        # (a count of its own before the joined verb is its subject left without a noun:
        # "three were killed and several injured", "two killed and 14 hurt")
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj")
                   or (c.dep_ in ("amod", "nummod") and c.pos_ in ("NUM", "ADJ") and c.i < t.i)
                   for c in t.children)

    linked = [c for c in tok.children if c.dep_ == "conj" and not own_args(c)]
    if tok.dep_ == "conj" and not own_args(tok):
        linked.append(tok.head)
    return any(t.lemma_.lower() in _HARM or t.lower_ in _HARM for t in linked)


def _toll(toll: Token) -> Count | None:
    """"the death toll rose to 45", "raising the death toll to 12", "a death toll of 30"; None for a
    toll over a period ("... to 275 in 18 days", "since the start of ..."), which is no one event's."""
    verb = toll.head if toll.dep_ in ("nsubj", "dobj", "nsubjpass") else None
    places = [toll] + ([verb] if verb is not None else [])
    for host in places:
        for c in host.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "at") and (host is toll) == (c.lower_ == "of"):
                if any(g.lower_ in ("since", "during", "within") or g.lemma_.lower() in ("day", "week", "month")
                       for g in (verb or toll).subtree if g.i > c.i):
                    return None
                num = next((g for g in c.children if g.dep_ == "pobj"), None)
                if num is not None and (got := _count(num)) is not None and got.rule != "single victim":
                    return Count(got.value, got.text, got.rule + " (death toll)")
    return None


@dataclass(frozen=True)
class Mention:
    kind: str
    anchor: int  # token index of the word that says it (kill verb, "dead", "deaths")
    count: Count


# the lemmas and words at which ``sentence_counts`` may find a count
_COUNT_LEMMAS = frozenset(KIND_BY_LEMMA) | _LETHAL_WITH_RESULT | _DIE_VERBS | _DEATH_NOUNS | _INJURY_NOUNS | {
    "claim", "take", "toll"}
_COUNT_WORDS = frozenset({"wounded", "injured", "killed", "dead"})


def sentence_counts(sent: Span) -> list[Mention]:
    """Every count of dead, wounded, displaced, arrested or abducted people in the sentence."""
    out: list[Mention] = []
    lemmas, lowers = doc_lemmas(sent.doc), doc_strings(sent.doc, "LOWER")
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _COUNT_LEMMAS and lowers[i] not in _COUNT_WORDS and lemmas[i] != "fall":
            continue  # none of the tests below can hold
        tok = sent.doc[i]
        lemma = tok.lemma_.lower()
        got, kind = None, None
        if tok.lower_ in ("wounded", "injured", "killed") and (before := _number_before(tok)) is not None:
            kind, got = KIND_BY_LEMMA[lemma] if lemma in KIND_BY_LEMMA else "injured", before
        elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            if lemma in KIND_BY_LEMMA:
                kind, got = KIND_BY_LEMMA[lemma], _verb_victims(tok)
            elif lemma in _LETHAL_WITH_RESULT and _has_result(tok):
                kind, got = "fatalities", _verb_victims(tok)
            elif lemma in _DIE_VERBS or fallen_to(tok) is not None:  # ("fell to police bullets")
                subj = _child(tok, "nsubj")
                if subj is None and tok.dep_ == "conj":  # "they shot a man and he died"; "... and dies"
                    subj = _child(tok.head, "dobj", "nsubjpass")
                elif subj is not None and subj.lower_ in ("who", "that") and tok.dep_ == "relcl":
                    subj = tok.head  # "a driver, who died in hospital"
                kind, got = "fatalities", _victims(subj) if subj is not None else None
            elif lemma in ("claim", "take") and (o := _child(tok, "dobj")) is not None and o.lemma_.lower() == "life":
                kind, got = "fatalities", _noun_count(o)
        elif lemma == "toll" and any(c.lemma_.lower() == "death" for c in tok.children):
            kind, got = "fatalities", _toll(tok)
        elif tok.lower_ == "dead":
            kind, got = "fatalities", _dead_count(tok)
        elif tok.lower_ in ("wounded", "injured"):
            kind, got = "injured", _dead_count(tok)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in _DEATH_NOUNS | _INJURY_NOUNS and lemma != "life":
            if not (lemma == "death" and tok.head.lower_ == "to"):  # "beaten to death": on the verb
                kind = "injured" if lemma in _INJURY_NOUNS else "fatalities"
                got = _noun_count(tok)
        if kind == "displaced" and got is not None and got.rule.startswith("single"):
            got = None  # "expelled the ambassador" displaces no population
        if kind == "fatalities" and _with_wounded(tok):
            got = None  # "killed and wounded 30", "13 dead and wounded": not a count of the dead
        if kind and got is not None and got.value > 0:
            out.append(Mention(kind, tok.i, got))
    return out


def _clause_head(tok: Token) -> Token:
    cache = tok.doc.user_data.setdefault("dyads_count_clause", {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = _find_clause_head(tok)
    return got


def _find_clause_head(tok: Token) -> Token:
    """The verb (or root) heading ``tok``'s clause; a conjoined verb without its own subject
    stays in its first verb's clause ("they shot a man, who then died" does not; "shot a man and
    left him dead" does)."""
    hops = 0
    while tok.head.i != tok.i and hops < 12:
        if tok.dep_ in _CLAUSE_DEPS and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
            if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
        tok = tok.head
        hops += 1
    return tok


def _cached(sent: Span) -> list[Mention]:
    cache = sent.doc.user_data.setdefault("dyads_counts", {})
    if sent.start not in cache:
        cache[sent.start] = sentence_counts(sent)
    return cache[sent.start]


# Violent acts that take the dead and wounded of their sentence when their own clause states none
# ("warplanes bombed the town and a child was killed": the bombing).
_VIOLENT = STRIKE_NOUNS | {"target", "shell", "bomb", "clash", "fight", "fighting", "battle", "shoot", "shooting",
                           "explosion", "blast", "ambush", "assault", "storm", "fire", "gunfire", "detonate",
                           "explode", "hit", "pound", "bombard", "bombardment", "offensive", "violence"}


# Taking ground by force: the dead of its sentence are its own ("overran a post ..., killing five").
_SEIZING = {"overrun", "overran", "recapture", "retake", "capture", "seize", "raid"}


# A demonstration and its policing: the toll told next, with no one named who killed, is theirs
# ("Police dispersed the marchers. One protester was killed.": ACLED's excessive force, 1 dead).
_CROWD_ACTS = {"disperse", "protest", "demonstrate", "demonstration", "march", "rally", "riot", "crackdown",
               "suppress", "crack", "quell"}


def _violent(trigger: Token) -> bool:
    lemma = trigger.lemma_.lower()
    if lemma == "open" and any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in trigger.children):
        return True  # "opened fire on the crowd"
    return lemma in _VIOLENT or lemma in _SEIZING or lemma in KIND_BY_LEMMA and (
        KIND_BY_LEMMA[lemma] == "fatalities")


def _agentless(anchor: Token) -> bool:
    """A toll that names no one who did it: "three officers were killed", "two died", "five dead"."""
    if anchor.lemma_.lower() in _DIE_VERBS or anchor.lower_ in ("dead", "wounded", "injured"):
        return True
    if anchor.tag_ == "VBN" and not any(c.dep_ in ("agent", "nsubj") for c in anchor.children):
        return True
    if _headline_passive(anchor):
        return True  # "10 killed.", "One peacekeeper killed.": the subject is the dead
    return anchor.pos_ == "NOUN"  # "the deaths of ...", "two bodies"


def fallen_to(verb: Token) -> Token | None:
    """The weapon of "fell to (police) bullets": the subject died of it (``fallen_to_nouns`` in
    data/events/agents.yaml); None for any other verb."""
    if verb.lemma_.lower() != "fall":
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in words("events/agents.yaml", "fallen_to_nouns")), None)


def _names_killer(anchor: Token) -> bool:
    """A count on a verb that names who did the harm: its "by" agent ("stabbed to death by
    rioters") or the subject of an active verb ("rioters killed two"); not the dead as the subject
    of "died", nor a participle clause whose doer is its main clause's (", killing one")."""
    if anchor.lemma_.lower() in _DIE_VERBS or anchor.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "agent" for c in anchor.children):
        return True
    if anchor.tag_ == "VBN" and not any(c.dep_ == "aux" for c in anchor.children):
        return False  # a headline's passive without auxiliary: "Five soldiers killed"
    return any(c.dep_ == "nsubj" for c in anchor.children)  # (also "a mob that had killed two")


def _headline_passive(verb: Token) -> bool:
    """A headline's passive without auxiliary or agent ("Five soldiers killed", "10 killed"): the
    participle's subject is its victim, not its agent."""
    return (verb.tag_ == "VBN" and verb.lemma_.lower() in KIND_BY_LEMMA
            and not any(c.dep_ in ("agent", "aux", "auxpass", "dobj") for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


# Words a bare toll sentence may hold besides its count and the word of the dead: "2 fatalities.",
# "10 killed.", "One soldier killed.", "3 fatalities reported.", "Total: 4 dead."
_BARE_TOLL_VERBS = frozenset({"report", "confirm", "record"})


def bare_toll(sent: Span) -> Mention | None:
    """A sentence that is only a toll, with no verb of its own beyond the dead ("2 fatalities.",
    "10 killed.", "Five soldiers killed."): the count of the act told just before it. Short event
    notes end with one (ACLED coders' notes)."""
    if len(sent) > 12:
        return None
    counts = [m for m in _cached(sent) if m.kind == "fatalities"]
    if len(counts) != 1:
        return None
    anchor = sent.doc[counts[0].anchor]
    for t in sent:
        if t.i == anchor.i:
            continue
        if (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")) and t.lemma_.lower() not in _BARE_TOLL_VERBS:
            return None
    if anchor.tag_.startswith("VB") and not (anchor.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in anchor.children)):
        return None
    return counts[0]


def _next_sentence(trigger: Token) -> Span | None:
    """The sentence after the trigger's own, in the same paragraph."""
    doc = trigger.doc
    sent = sentence_of(trigger)
    text = doc_text(doc)
    if sent.end >= len(doc) or "\n" in text[sent.end_char - 1 : doc[sent.end].idx]:
        return None
    starts = doc.user_data.get("dyads_sents")
    if starts is None:  # token.sent scans the document: index the sentences once
        starts = doc.user_data["dyads_sents"] = {s.start: s for s in doc_sents(doc)}
    return starts.get(sent.end)


def _following_tolls(trigger: Token) -> list[Mention]:
    """The toll of a violent act told in the next sentence of its paragraph ("Gunmen attacked a
    police post. Three officers were killed."): counts there that name no other perpetrator."""
    nxt = _next_sentence(trigger)
    if nxt is None:
        return []
    return [m for m in _cached(nxt) if m.kind in ("fatalities", "injured") and _agentless(trigger.doc[m.anchor])]


def _orphan(anchor: Token) -> bool:
    """No event trigger in the count's own clause ("shooting at a bar leaves one dead" parsed with
    the shooting in a clause of its own; "two men found dead" after "gunmen attacked ...")."""
    from dyads.events.lexicon import index

    clause = _clause_head(anchor)
    triggers = index()
    return not any(t.lemma_.lower() in triggers and _clause_head(t) == clause
                   for t in sentence_of(anchor) if t.pos_ in ("VERB", "NOUN", "PROPN"))


def _into_the_air(trigger: Token) -> bool:
    """Shots fired in (into) the air, warning shots: they hit no one ("police fired in the air to
    disperse the mob"; ``warning_shot_nouns`` in data/events/agents.yaml)."""
    air = words("events/agents.yaml", "warning_shot_nouns")
    return any(c.dep_ == "prep" and c.lower_ in ("in", "into") and o.dep_ == "pobj" and o.lemma_.lower() in air
               for c in trigger.children for o in c.children)


def quantities_for(trigger: Token) -> list[Quantity]:
    """Quantities attached to the event whose trigger head is ``trigger``: the counts whose anchor
    is the trigger or shares its clause (a count in a clause without any trigger: the sentence's
    events), one per kind (the largest where the count is repeated), and strikes."""
    doc = trigger.doc
    clause = _clause_head(trigger)
    by_kind: dict[str, list[tuple[int, Mention]]] = {}
    for m in _cached(sentence_of(trigger)):
        anchor = doc[m.anchor]
        if m.anchor == trigger.i:
            by_kind.setdefault(m.kind, []).append((0, m))
        elif _clause_head(anchor) == clause:
            by_kind.setdefault(m.kind, []).append((1, m))
        elif _orphan(anchor):
            by_kind.setdefault(m.kind, []).append((2, m))
        elif m.kind in ("fatalities", "injured") and _violent(trigger) and not (
                _names_killer(anchor)  # "police fired in the air, but a youth was stabbed by rioters"
                or even_as(clause) or even_as(_clause_head(anchor))  # "... even as police fired": not theirs
                or names_own_means(anchor)):  # "killed in stone-pelting while police fired tear gas"
            by_kind.setdefault(m.kind, []).append((3, m))
    if (_violent(trigger) or trigger.lemma_.lower() in _CROWD_ACTS) and not any(
            k in by_kind for k in ("fatalities", "injured")):
        for m in _following_tolls(trigger):
            by_kind.setdefault(m.kind, []).append((4, m))
    nxt = _next_sentence(trigger)
    bare = bare_toll(nxt) if nxt is not None else None
    if bare is not None:  # "... in Yei. 10 killed.": the note's own total for the act before it
        by_kind["fatalities"] = [(5, bare)]
    if _into_the_air(trigger):
        by_kind = {k: v for k, v in by_kind.items() if k not in ("fatalities", "injured")}
    out = []
    own_kinds = {k for k, ranked in by_kind.items() if any(r < 3 for r, _ in ranked)}
    for kind, ranked in by_kind.items():
        best = min(r for r, _ in ranked)
        m = max((m for r, m in ranked if r == best), key=lambda m: m.count.value)
        if best == 3 and kind in own_kinds:
            continue
        where = ("", f"; in the clause of '{doc[m.anchor].text}'", f"; in the sentence, '{doc[m.anchor].text}'",
                 f"; a violent act in the sentence of '{doc[m.anchor].text}'",
                 f"; the toll in the next sentence, '{doc[m.anchor].text}'",
                 f"; the bare toll that follows, '{doc[m.anchor].text}'")[best]
        out.append(Quantity(kind=kind, value=m.count.value, text=m.count.text, rule=m.count.rule + where))
    if trigger.lemma_.lower() in STRIKE_NOUNS or (
        trigger.pos_ == "NOUN" and trigger.lemma_.lower().endswith("strike")
    ):
        nums = [c for c in trigger.children if c.dep_ == "nummod" or (_is_number(c) and c.dep_ in ("amod", "quantmod"))]
        toks = sorted({t for n in nums for t in _number_tokens(n)}, key=lambda t: t.i)
        got = number_value(toks) if toks else None
        if got:
            out.append(Quantity(kind="strikes", value=got[0], text=_text(toks), rule=got[1]))
    return out


# Words that report a death (or may: "casualties"); "no fatalities", "no one was killed" deny it.
_DEATH_WORDS = (frozenset(k for k, v in KIND_BY_LEMMA.items() if v == "fatalities") | _DIE_VERBS | _DEATH_NOUNS
                | {"dead", "casualty", "toll", "fatal", "lethal"}) - {"life"}
_DENIALS = frozenset({"no", "not", "n't", "never", "without", "nobody", "none", "neither", "nor", "0", "zero", "nil"})
NONE_REPORTED = "no dead reported (ACLED's convention: a report that names no dead counts 0)"


def _denied(tok: Token) -> bool:
    """"no fatalities", "no one was killed", "were not killed", "without casualties"."""
    if tok.head.lower_ == "without" or any(c.lower_ in _DENIALS for c in tok.children):
        return True
    subj = _child(tok, "nsubj", "nsubjpass")
    if subj is not None and (subj.lower_ in _DENIALS or any(c.lower_ in _DENIALS for c in subj.children)):
        return True
    head = tok.head  # "there were no casualties" (attr), "reported no deaths" (dobj)
    return tok.dep_ in ("dobj", "attr", "nsubjpass", "nsubj") and any(
        c.lower_ in ("not", "n't", "never") for c in head.children)


def reports_no_dead(doc) -> bool:
    """The text names no dead at all, or only denies them ("No fatalities were reported")."""
    cache = doc.user_data.setdefault("dyads_no_dead", {})
    if "v" not in cache:
        cache["v"] = not any((t.lemma_.lower() in _DEATH_WORDS or t.lower_ in _DEATH_WORDS) and not _denied(t)
                             for t in doc)
    return cache["v"]


def none_reported(events: list, doc) -> list:
    """ACLED codes 0 fatalities for an event whose report names no dead: an ACLED-typed event
    that happened (asserted or attributed) gets a fatalities count of 0 when its whole text names
    no death or only denies one ("No fatalities reported", "no one was hurt"). A text that
    names dead anywhere is left alone: a bare plural ("civilians were killed") has no count,
    not zero."""
    if doc is None or not reports_no_dead(doc):
        return events
    for e in events:
        if e.acled and e.modality in ("asserted", "attributed") and not any(
                q.kind == "fatalities" for q in e.quantities):
            e.quantities.append(Quantity(kind="fatalities", value=0, text="", rule=NONE_REPORTED))
    return events


# A short event note: one paragraph of at most this many sentences tells one event (ACLED coders'
# notes: the act, then how it went and its toll in the sentences after it).
NOTE_MAX_SENTENCES = 5
_NOTE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests"})
NOTE_TOLL = "the note's toll, told in the sentences after the act"


def note_tolls(events: list, doc) -> list:
    """In a short note (one paragraph, at most ``NOTE_MAX_SENTENCES`` sentences) the first violent act of
    its first sentence with no count of its own takes the dead counted in the sentences after it,
    added up, one count a sentence (the largest): "Militants attacked X. The army repelled the attack,
    killing 12 militants. 2 soldiers were also killed." is 14. A sentence that dates something
    (another day, "last year") tells another story and is left out."""
    if doc is None or not events:
        return events
    text = doc_text(doc)
    sents = list(doc_sents(doc))
    if not 1 < len(sents) <= NOTE_MAX_SENTENCES or "\n" in text.strip():
        return events
    first = sents[0]
    cands = [e for e in events if first.start_char <= e.evidence[0] < first.end_char and e.acled_type in _NOTE_TYPES
             and e.modality in ("asserted", "attributed")]
    if not cands or any(q.kind == "fatalities" for e in cands for q in e.quantities):
        return events
    total, texts = 0, []
    for sent in sents[1:]:
        if any(t.ent_type_ == "DATE" for t in sent):
            continue
        counts = [m for m in _cached(sent) if m.kind == "fatalities"]
        if counts:
            best = max(counts, key=lambda m: m.count.value)
            total += best.count.value
            texts.append(best.count.text)
    if total:
        for e in cands:
            e.quantities.append(Quantity(kind="fatalities", value=total, text=" + ".join(texts), rule=NOTE_TOLL))
    return events
