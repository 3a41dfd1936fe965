"""Dependency-label sets of the parser's scheme (spaCy's English labels) that more than one
room reads. Grammar, not vocabulary, so they are code; they live here, on the ground floor and
without importing spaCy, so that actors/, events/ and geo/ share them without importing each
other or paying for the parser.
"""

from __future__ import annotations

# A noun's modifiers that qualify it ("Syrian forces", "the Gaza city council").
QUALIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
# With "poss": all the modifiers that can name the noun's owner ("Iraq's army").
MODIFIER_DEPS = QUALIFIER_DEPS | {"poss"}
# With "npadvmod" too: every modifier before a noun that can name who it belongs to or who did
# it ("US bombs", "Syrian shelling", "the Kremlin-backed group").
NOUN_MODIFIER_DEPS = MODIFIER_DEPS | {"npadvmod"}
