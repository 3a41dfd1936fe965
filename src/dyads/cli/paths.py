"""Output paths that cannot destroy data: checked up front, written to a temporary file and
renamed into place.

An output may never be a directory (unless the format writes one, and then only one that dyads
wrote), the store, or an input of the run. ``--force`` replaces an existing file, nothing else.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyads.cli.app import fail

# Written into every directory dyads creates as output (Parquet): only such a directory may be
# replaced by ``--force``.
from dyads.store.export import DIRECTORY_MARK  # noqa: E402


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _inside(child: Path, parent: Path) -> bool:
    try:
        return parent.resolve() in child.resolve().parents
    except OSError:
        return False


def check_output(
    path: Path,
    option: str,
    inputs: Iterable[Path] = (),
    stores: Iterable[Path] = (),
    force: bool = False,
    is_store: bool = False,
    directory: bool = False,
) -> None:
    """Refuse (one line, exit 1) an output path that would destroy data or cannot be written.

    ``inputs``: files and directories the command reads; ``stores``: the DuckDB stores it uses;
    ``force``: an existing file may be replaced; ``is_store``: the path is a store (opened, not
    replaced); ``directory``: the format writes a directory.
    """
    try:
        exists = path.exists()
        is_dir = path.is_dir()
    except OSError as exc:  # e.g. a file name longer than the file system allows
        fail(f"{option} {str(path)[:80]}...: {exc.strerror or exc}")
    for store in stores:
        if _same(path, store) or _same(path, Path(str(store) + ".wal")):
            fail(f"{option} {path} is the store: choose another file")
        if directory and _inside(store, path):
            fail(f"{option} {path} holds the store {store}: choose another directory")
    for inp in inputs:
        if _same(path, inp):
            fail(f"{option} {path} is an input of this run: choose another file")
        if (is_dir or directory) and _inside(inp, path):
            fail(f"{option} {path} holds an input of this run ({inp}): choose another path")
    if is_dir and not directory:
        fail(f"{option} {path} is a directory: give a file name")
    if exists and not is_store:
        if directory and not is_dir:
            fail(f"{option} {path} exists and is not a directory written by dyads: not replaced")
        if directory and not (path / DIRECTORY_MARK).is_file():
            fail(f"{option} {path} is a directory that dyads did not write: not replaced (give a new path)")
        if not force:
            fail(f"{option} {path} exists: use --force to replace it")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        fail(f"{option} {path}: directory {parent} does not exist")
    if not os.access(parent, os.W_OK):
        fail(f"{option} {path}: directory {parent} is not writable")


@contextlib.contextmanager
def atomic_file(path: Path, suffix: str = "") -> Iterator[Path]:
    """A temporary path next to ``path``, renamed onto it when the block succeeds (removed when it
    fails): a reader never sees half a file, and a failed write leaves the old file in place."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:100]}.", suffix=suffix + ".tmp", dir=path.parent or ".")
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise
