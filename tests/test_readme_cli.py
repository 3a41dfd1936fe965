"""The README's command lines: every `dyads ...` command, subcommand and flag it names exists."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from dyads.cli import app

README = Path(__file__).parents[1] / "README.md"
_runner = CliRunner()
_helps: dict[tuple[str, ...], tuple[int, str]] = {}


def _help(words: list[str]) -> tuple[int, str]:
    key = tuple(words)
    if key not in _helps:
        r = _runner.invoke(app, [*words, "--help"], env={"COLUMNS": "300", "NO_COLOR": "1"})
        _helps[key] = (r.exit_code, r.output)
    return _helps[key]


def _claims() -> list[str]:
    return re.findall(r"`(dyads [^`]+)`", README.read_text(encoding="utf-8"))


def test_every_command_subcommand_and_flag_the_readme_names_exists():
    bad = []
    for snippet in _claims():
        toks = snippet.replace("\\|", "|").split()[1:]
        if not toks or not re.fullmatch(r"[a-z][a-z-]*", toks[0]):
            continue
        code, out = _help([toks[0]])
        if code != 0:
            bad.append(f"{snippet}: no command {toks[0]}")
            continue
        cmds = [[toks[0]]]
        if "Commands" in out and len(toks) > 1 and re.fullmatch(r"[a-z-]+(\|[a-z-]+)*", toks[1]):
            cmds = [[toks[0], sub] for sub in toks[1].split("|")]
        bad += [f"{snippet}: no {' '.join(c)}" for c in cmds if _help(c)[0] != 0]
        for flag in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", snippet):
            pattern = re.escape(flag) + r"(?![a-z-])"
            if not any(re.search(pattern, _help(c)[1]) for c in cmds):
                bad.append(f"{snippet}: no flag {flag}")
    assert len(_claims()) > 20
    assert not bad, bad
