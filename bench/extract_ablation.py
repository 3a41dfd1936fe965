"""Ablation of our cleaning rules on the site-disjoint split of the kit's extraction sets.

Each of our rules on top of trafilatura (HTML) and each rule group of the scraped-text cleaner
is switched off in turn; the body F1 (or title/author/date accuracy) is reported on all dev
pages, the tuning sites and the unseen sites (``dyads.evaluation.kit.site_of``,
``is_unseen_site``), scored by the kit's ``score.py``. A rule is kept only when switching it off
does not gain on the unseen sites. Usage:

    PYTHONPATH=src .venv/bin/python bench/extract_ablation.py --mode html --kit ../shared/eval
    PYTHONPATH=src .venv/bin/python bench/extract_ablation.py --mode text --kit ../shared/eval
    PYTHONPATH=src .venv/bin/python bench/extract_ablation.py --mode meta --kit ../shared/eval
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from dyads.clean import html as H
from dyads.clean import lines as L
from dyads.clean import text as T
from dyads.clean.boilerplate import boilerplate_reason, load_patterns
from dyads.evaluation.extract import evaluate_extract

REASONS = sorted({r for r, _ in load_patterns()} | {"legal"})


@contextlib.contextmanager
def _html_off(rule: str):
    H.DISABLED_RULES.add(rule)
    try:
        yield
    finally:
        H.DISABLED_RULES.discard(rule)


@contextlib.contextmanager
def _set(module, name: str, value):
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


@contextlib.contextmanager
def _text_off(rule: str):
    T.DISABLED_RULES.add(rule)
    try:
        yield
    finally:
        T.DISABLED_RULES.discard(rule)


@contextlib.contextmanager
def _lines_off(rule: str):
    L.DISABLED_RULES.add(rule)
    L.line_kind.cache_clear()
    try:
        yield
    finally:
        L.DISABLED_RULES.discard(rule)
        L.line_kind.cache_clear()


def _text_reason_off(reason: str):
    return _set(
        T, "boilerplate_reason", lambda s: None if (r := boilerplate_reason(s)) == reason else r
    )


def settings(mode: str):
    yield "all rules", contextlib.nullcontext
    if mode == "html":
        for rule in ("boilerplate-lines", "escalation", "second-look", "leading-title"):
            yield f"without {rule}", lambda rule=rule: _html_off(rule)
        for reason in REASONS:
            yield f"without boilerplate:{reason}", lambda r=reason: _html_off(f"boilerplate:{r}")
    elif mode == "meta":
        for rule in ("meta-title", "meta-author", "meta-date"):
            yield f"without {rule}", lambda rule=rule: _html_off(rule)
    else:
        for rule in T.TEXT_RULES:
            yield f"without {rule}", lambda rule=rule: _text_off(rule)
        yield "without cjk-words", lambda: _lines_off("cjk-words")
        flags = [
            ("END_MARKER_PENALTY", T.REMOVED_PENALTY),
            ("SECONDARY_SHARE", 1e9),
            ("SUMMARY_PENALTY", 0.0),
            ("MIN_BODY_WORDS_BEFORE_COMMENTS", 10**9),
            ("WRAP_MIN_LINES", 10**9),
        ]
        for name, value in flags:
            yield f"{name}={value}", lambda n=name, v=value: _set(T, n, v)
        for reason in REASONS:
            yield f"without reason {reason}", lambda r=reason: _text_reason_off(r)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="html", choices=("html", "text", "meta"))
    ap.add_argument("--kit", type=Path, default=Path("../shared/eval"))
    ap.add_argument("--only", default="", help="comma-separated setting names to run")
    args = ap.parse_args()
    keys = ("title_acc", "author_acc", "date_acc") if args.mode == "meta" else ("f1",)
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    print(
        f"| setting ({args.mode}) | "
        + " | ".join(f"{k} {p}" for k in keys for p in ("dev", "tune sites", "unseen sites"))
        + " |"
    )
    print("|---" * (1 + 3 * len(keys)) + "|")
    for name, ctx in settings(args.mode):
        if only and name not in only and name != "all rules":
            continue
        with ctx():
            rows = evaluate_extract(args.kit, args.mode, "dev", ("dyads",), timed=False)
        by = {r["part"]: r for r in rows}
        cells = [f"{by[p][k]:.3f}" for k in keys for p in ("dev", "tune-sites", "unseen-sites")]
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
