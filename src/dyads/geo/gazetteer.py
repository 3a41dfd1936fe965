"""The gazetteer: places (GeoNames entries) and an index from folded names to them.

Loaded once per process from the Parquet tables written by ``dyads.geo.build`` (the default
ones ship in ``dyads/data/geo/``; ``DYADS_GAZETTEER`` or ``dyads gazetteer build`` point to a
bigger one built from GeoNames dumps).
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from dyads.data import path as data_path
from dyads.errors import DyadsError
from dyads.geo.names import fold, variants

REQUIRED_ENTRY_COLUMNS = (
    "geonameid",
    "name",
    "lat",
    "lon",
    "cc",
    "feature",
    "population",
    "admin1",
    "admin2",
)
# GeoNames feature codes of a country, a continent and a first-level region: places known
# well enough to be taken by their name alone.
TOP_LEVEL_FEATURES = frozenset({"A.PCLI", "L.CONT", "A.ADM1"})
# The three Parquet tables of a gazetteer folder, in the order they are read.
TABLES = ("entries", "names", "keys")
REQUIRED_NAME_COLUMNS = ("entry", "kind")
REQUIRED_KEY_COLUMNS = ("key", "start")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    row: int
    geonameid: int
    name: str
    lat: float
    lon: float
    cc: str
    feature: str
    population: int
    admin1: str
    admin2: str
    key: str = ""  # the folded main name


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    kind: int  # 0 main name, 1 alternate, 2 English alias, 3 abbreviation, 4 main-name variant
    exact: bool  # False when found through a spelling variant


_NUMPY_TYPES = {"int8": "i1", "int16": "i2", "int32": "i4", "int64": "i8", "uint8": "u1",
                "uint16": "u2", "uint32": "u4", "uint64": "u8", "float": "f4", "double": "f8"}


def _numbers(table, column: str) -> np.ndarray:
    """A numeric column as a NumPy array, read off its Arrow buffer: pyarrow's ``to_numpy``
    imports pandas (0.4 s of every start)."""
    arr = table.column(column).combine_chunks()
    dtype = _NUMPY_TYPES.get(str(arr.type))
    if dtype is None or arr.null_count:
        return arr.to_numpy(zero_copy_only=False)
    return np.frombuffer(arr.buffers()[1], dtype=dtype)[arr.offset : arr.offset + len(arr)]


class _SortedKeys:
    """A sorted Arrow string array searched in place: ``index(key)`` is its position or None."""

    MEMO_SIZE = 200_000  # keys remembered (a page asks for the same names again and again)

    def __init__(self, keys) -> None:
        self._keys = keys
        self._memo: dict[str, int | None] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, i: int) -> str:
        return self._keys[i].as_py()

    def index(self, key: str) -> int | None:
        try:
            return self._memo[key]
        except KeyError:
            pass
        i = bisect.bisect_left(self, key)
        found = i if i < len(self._keys) and self[i] == key else None
        if len(self._memo) >= self.MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = found
        return found


class Gazetteer:
    """Name -> candidate places, plus per-entry attributes in column arrays."""

    def __init__(self, directory: Path) -> None:
        import pyarrow.parquet as pq

        paths = {n: directory / f"{n}.parquet" for n in TABLES}
        if not all(p.is_file() for p in paths.values()):
            raise DyadsError(
                f"no gazetteer in {directory} (expected entries.parquet, names.parquet, "
                "keys.parquet; build one with `dyads gazetteer build`)"
            )
        # ParquetFile, not read_table: read_table imports pyarrow.dataset and pandas (0.4 s)
        ent, names, keys = (pq.ParquetFile(paths[n]).read() for n in TABLES)
        for table, cols, path in (
            (ent, REQUIRED_ENTRY_COLUMNS, paths["entries"]),
            (names, REQUIRED_NAME_COLUMNS, paths["names"]),
            (keys, REQUIRED_KEY_COLUMNS, paths["keys"]),
        ):
            for col in cols:
                if col not in table.column_names:
                    raise DyadsError(f"gazetteer {path} lacks column {col!r}")
        self.directory = directory
        self.geonameid = _numbers(ent, "geonameid")
        self.lat = _numbers(ent, "lat")
        self.lon = _numbers(ent, "lon")
        self.population = _numbers(ent, "population")
        # string columns stay Arrow arrays (read per entry, then cached): saves ~150 MB
        self.name = ent.column("name").combine_chunks()
        self.cc = ent.column("cc").combine_chunks()
        self.feature = ent.column("feature").combine_chunks()
        self.admin1 = ent.column("admin1").combine_chunks()
        self.admin2 = ent.column("admin2").combine_chunks()
        self._entry = _numbers(names, "entry")
        self._kind = _numbers(names, "kind")
        # each distinct folded name -> its run [start, next start) in names
        self._starts = np.r_[_numbers(keys, "start"), len(self._entry)].astype(np.int64)
        # the sorted distinct keys, searched by bisection (a dict of them took 0.4 s to build)
        self._keys = _SortedKeys(keys.column("key").combine_chunks())
        self._by_id: dict[int, int] | None = None
        self._entry_cache: dict[int, Entry] = {}
        self.static_cache: dict = {}  # context-free candidate rankings (dyads.geo.rank)

    def __len__(self) -> int:
        return len(self.geonameid)

    def entry(self, row: int) -> Entry:
        e = self._entry_cache.get(row)
        if e is None:
            name = self.name[row].as_py()
            e = Entry(
                row,
                int(self.geonameid[row]),
                name,
                float(self.lat[row]),
                float(self.lon[row]),
                self.cc[row].as_py(),
                self.feature[row].as_py(),
                int(self.population[row]),
                self.admin1[row].as_py(),
                self.admin2[row].as_py(),
                fold(name),
            )
            self._entry_cache[row] = e
        return e

    def by_id(self, geonameid: int) -> Entry | None:
        if self._by_id is None:
            self._by_id = dict(
                zip(self.geonameid.tolist(), range(len(self.geonameid)), strict=True)
            )
        row = self._by_id.get(geonameid)
        return None if row is None else self.entry(row)

    def has_key(self, key: str) -> bool:
        return self._keys.index(key) is not None

    def lookup_key(self, key: str, exact: bool = True) -> list[Candidate]:
        k = self._keys.index(key)
        if k is None:
            return []
        start, end = int(self._starts[k]), int(self._starts[k + 1])
        return [
            Candidate(self.entry(int(self._entry[i])), int(self._kind[i]), exact)
            for i in range(start, end)
        ]

    def lookup(self, name: str, inner: bool = True) -> list[Candidate]:
        """Candidates for a surface name (its key, else its spelling variants)."""
        key = fold(name)
        found = self.lookup_key(key)
        if len(key) <= SHORT_KEY:
            # a word of two letters ("Be", "Ur") names a place only as its main name, English alias
            # or abbreviation ("N.P."), never as one of its many other spellings
            return [c for c in found if c.kind in (0, 2, 3)]
        if found:
            return found
        out: list[Candidate] = []
        seen: set[int] = set()
        for v in variants(key):
            for c in self.lookup_key(v, exact=False):
                if c.entry.row not in seen:
                    seen.add(c.entry.row)
                    out.append(c)
        if out or not inner:
            return out
        return self._inner(key)

    def _inner(self, key: str) -> list[Candidate]:
        """For a name with no entry ("Dubai World Cup", "Colorado State University"), the
        longest run of its words that names a place by its main name or an alias."""
        words = key.split()
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                if len(sub) < 3:
                    continue
                found = [c for c in self.lookup_key(sub, exact=False) if c.kind in (0, 2, 4)]
                if found:
                    return found
        return []


SHORT_KEY = 2  # keys this short match main names and English aliases only (``Gazetteer.lookup``)


def default_directory() -> Path:
    env = os.environ.get("DYADS_GAZETTEER")
    if env:
        return Path(env)
    return data_path("geo")


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Gazetteer:
    """The process-wide gazetteer (default: the one shipped with the package)."""
    return Gazetteer(Path(directory) if directory else default_directory())
