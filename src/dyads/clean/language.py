"""Language identification by stop-word share (spaCy's stop-word lists) and script.

Good enough to tell English news from other languages, which is all the pipeline needs: a
non-English document is skipped with a reason, not coded with English rules.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

# Languages compared against English (spaCy ships stop words for each).
CANDIDATES = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "nb",
    "pl",
    "tr",
    "id",
    "ro",
    "hu",
    "cs",
    "fi",
)
# Fewer letters-words than this: too little evidence, assume English (short records, headlines).
MIN_WORDS = 25
# English when its stop-word share is at least this and beats every other candidate.
# Calibrated on extract/meta dev (English pages by the kit's own filter): all kept as English.
MIN_EN_SHARE = 0.18
MAX_WORDS = 300  # words looked at (from the start of the text)
# Non-Latin scripts: if most letters are in one, the language is named by the script.
_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
    ("fa", re.compile(r"[\u0600-\u06FF]")),
)
_WORD = re.compile(r"[^\W\d_]+", re.U)
# English clitics ("government's", "don't", "they're"): their letters are not words of their own
# ("s" and "t" are Czech, Romanian and Hungarian stop words)
_CLITIC = re.compile(r"(?<=[^\W\d_])['\u2019](?:s|t|re|ve|ll|d|m)\b", re.I)


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang``, from its ``stop_words.py`` run alone: importing it as
    ``spacy.lang.LANG.stop_words`` would first run the package ``spacy.lang.LANG``, which builds
    the language's tokenizer exceptions (French: about 4 s of regex compiling in every process
    that codes, a Dask worker included). The module imports nothing."""
    lang_dir = Path(importlib.util.find_spec("spacy.lang").submodule_search_locations[0])
    spec = importlib.util.spec_from_file_location(f"_dyads_stop_words_{lang}", lang_dir / lang / "stop_words.py")
    if spec is None or spec.loader is None:  # pragma: no cover - every candidate ships one
        raise ImportError(f"spaCy has no stop words for {lang!r}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return frozenset(w.lower() for w in mod.STOP_WORDS)


@cache
def _word_languages() -> dict[str, tuple[str, ...]]:
    """Stop word -> the candidate languages it is a stop word of (one lookup per word)."""
    table: dict[str, list[str]] = {}
    for lang in CANDIDATES:
        for w in _stop_words(lang):
            table.setdefault(w, []).append(lang)
    return {w: tuple(langs) for w, langs in table.items()}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:3000]
    letters = sum(c.isalpha() for c in sample)
    if letters < MIN_WORDS * 3:
        return None
    if not sample.isascii():
        for code, rx in _SCRIPTS:
            if len(rx.findall(sample)) > 0.4 * letters:
                return code
    words = [w.lower() for w in _WORD.findall(_CLITIC.sub("", sample))][:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return None
    table = _word_languages()
    counts = dict.fromkeys(CANDIDATES, 0)
    for w in words:
        for lang in table.get(w, ()):
            counts[lang] += 1
    shares = {lang: c / len(words) for lang, c in counts.items()}
    best = max(shares, key=lambda k: shares[k])
    if shares["en"] >= MIN_EN_SHARE and shares["en"] >= shares[best] - 0.02:
        return "en"
    return best


def is_english(text: str) -> tuple[bool, str | None]:
    """(True, code) when the text is English or too short to tell; (False, code) otherwise."""
    lang = detect_language(text)
    return (lang in (None, "en")), lang
