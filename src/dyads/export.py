"""``dyads.export``: export stored events (the exporters and their SQL live in ``dyads.store.export``)."""

from dyads.store.export import (
    ACLED_COLUMNS,
    ACLED_INTER,
    DIRECTORY_FORMATS,
    DIRECTORY_MARK,
    EXPORTERS,
    GDELT_COLUMNS,
    GDELT_EXTRAS,
    acled_geo_precision,
    export,
    exporter,
)

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_INTER",
    "DIRECTORY_FORMATS",
    "DIRECTORY_MARK",
    "EXPORTERS",
    "GDELT_COLUMNS",
    "GDELT_EXTRAS",
    "acled_geo_precision",
    "export",
    "exporter",
]
