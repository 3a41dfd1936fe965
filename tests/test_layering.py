"""The data model is the ground floor: it imports no other dyads module (no circle through it)."""

from __future__ import annotations

import ast
from pathlib import Path

import dyads


def _dyads_imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dyads"):
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("dyads"))
    return out


def test_model_imports_no_stage():
    model = Path(dyads.__file__).with_name("model.py")
    assert _dyads_imports(model) == set()


def test_events_do_not_import_the_record_shape():
    events = Path(dyads.__file__).with_name("events")
    for path in events.glob("*.py"):
        assert "dyads.records" not in _dyads_imports(path), path.name


def test_stages_do_not_import_each_other():
    """events gets places as plain ``Place`` data; geo reads no events code (only the shared cue data)."""
    root = Path(dyads.__file__).parent
    stages = ["ingest", "clean", "actors", "events", "geo"]
    for stage in stages:
        for path in (root / stage).glob("*.py"):
            for module in _dyads_imports(path):
                other = module.split(".")[1] if "." in module else ""
                assert other == stage or other not in stages, f"{stage}/{path.name} imports {module}"


def test_only_the_cli_imports_the_evaluation_harness():
    """``evaluation/`` sits above the stages: no stage, store or pipeline module imports it."""
    root = Path(dyads.__file__).parent
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).parts
        if rel[0] in ("cli", "evaluation"):
            continue
        bad = [m for m in _dyads_imports(path) if m.startswith("dyads.evaluation")]
        assert not bad, f"{'/'.join(rel)} imports {bad}"


def test_ground_floor_readers_import_only_errors():
    """The package-data reader, the dictionary-file reader and the shared dependency-label
    sets sit under every room."""
    root = Path(dyads.__file__).parent
    for path in (root / "data" / "__init__.py", root / "dictionary_files.py", root / "grammar.py"):
        assert _dyads_imports(path) <= {"dyads.errors"}, path.name


def test_only_the_data_reader_finds_package_data():
    """Every shipped data file is found through ``dyads.data``: no room builds its own path."""
    root = Path(dyads.__file__).parent
    for path in root.rglob("*.py"):
        if path == root / "data" / "__init__.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert 'files("dyads' not in text and "files('dyads" not in text, path.relative_to(root)


def test_sector_table_reader_is_on_the_ground_floor():
    path = Path(dyads.__file__).with_name("sectors.py")
    assert _dyads_imports(path) <= {"dyads.data", "dyads.errors"}


def test_the_date_parser_is_on_the_ground_floor():
    path = Path(dyads.__file__).with_name("dates.py")
    assert _dyads_imports(path) <= {"dyads.errors"}
