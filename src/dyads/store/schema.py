"""The store's DuckDB schema as numbered migrations (see docs/schema.md).

Each migration runs once, in its own transaction, and records its number in
``schema_version``. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


# The table of learned and user actors (``dyads.actors.learned`` creates it on a connection
# that has no store schema, from this same statement).
LEARNED_ACTORS_TABLE = """CREATE TABLE learned_actors (
        alias VARCHAR PRIMARY KEY, name VARCHAR, code VARCHAR, country VARCHAR,
        sector VARCHAR, descriptor VARCHAR, doc_id VARCHAR, date VARCHAR,
        origin VARCHAR CHECK (origin IN ('learned', 'user')),
        created_at TIMESTAMP DEFAULT current_timestamp)"""

_ACTOR_COLS = """
    {p}_code VARCHAR, {p}_name VARCHAR, {p}_country VARCHAR, {p}_sector VARCHAR, {p}_key VARCHAR"""

_V1 = (
    """CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        source VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR, author VARCHAR,
        published VARCHAR, published_precision VARCHAR, site VARCHAR, language VARCHAR,
        issue VARCHAR, text VARCHAR, meta JSON, skipped VARCHAR,
        n_events INTEGER, stored_at TIMESTAMP DEFAULT current_timestamp)""",
    """CREATE TABLE removed_spans (
        doc_id VARCHAR, idx INTEGER, text VARCHAR, reason VARCHAR, line INTEGER)""",
    """CREATE TABLE sentences (
        doc_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR)""",
    """CREATE TABLE mentions (
        doc_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR,
        name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR,
        qualifiers JSON, rule VARCHAR, coref BOOLEAN, supporters JSON, leaders JSON)""",
    """CREATE TABLE actors (
        code VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR,
        first_doc_id VARCHAR, first_seen TIMESTAMP DEFAULT current_timestamp,
        PRIMARY KEY (code, name))""",
    LEARNED_ACTORS_TABLE,
    "CREATE TABLE events (\n"
    "    id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence VARCHAR,\n"
    "    evidence_start INTEGER, evidence_end INTEGER, trigger VARCHAR,\n"
    "    plover VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class TINYINT, goldstein DOUBLE,\n"
    "    acled VARCHAR, acled_type VARCHAR,\n"
    "    source JSON, target JSON,"
    + _ACTOR_COLS.format(p="source")
    + ","
    + _ACTOR_COLS.format(p="target")
    + ",\n"
    "    place JSON, place_key VARCHAR, place_name VARCHAR, geonameid BIGINT,\n"
    "    lat DOUBLE, lon DOUBLE, place_country VARCHAR,\n"
    "    date VARCHAR, date_precision VARCHAR, day DATE, modality VARCHAR,\n"
    "    attribution JSON, confidence DOUBLE, rule VARCHAR, quantities JSON, implicit BOOLEAN,\n"
    "    merge_key VARCHAR, n_sources INTEGER, n_outlets INTEGER, n_mentions INTEGER,\n"
    "    stored_at TIMESTAMP DEFAULT current_timestamp)",
    """CREATE TABLE event_sources (
        event_id VARCHAR, raw_event_id VARCHAR, doc_id VARCHAR, sentence VARCHAR,
        evidence_start INTEGER, evidence_end INTEGER, trigger VARCHAR,
        outlet VARCHAR, url VARCHAR, published VARCHAR, date VARCHAR,
        confidence DOUBLE, rule VARCHAR, raw JSON)""",
    """CREATE TABLE places (
        doc_id VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER,
        name VARCHAR, geonameid BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR,
        feature VARCHAR, score DOUBLE)""",
)

_V2 = (
    "CREATE INDEX events_merge_key ON events (merge_key)",
    "CREATE INDEX event_sources_event ON event_sources (event_id)",
    """CREATE VIEW dyads AS
        SELECT day, source_code, target_code, plover, quad_class, goldstein, n_sources
        FROM events WHERE source_code IS NOT NULL AND target_code IS NOT NULL""",
)

# Each report keeps its own coding of the event (what dedup compared); the bulky
# ``raw`` JSON of migration 1 is no longer written (left in place, always NULL).
_V3 = tuple(
    f"ALTER TABLE event_sources ADD COLUMN {col} {typ}"
    for col, typ in (
        ("cameo", "VARCHAR"),
        ("goldstein", "DOUBLE"),
        ("source", "JSON"),
        ("target", "JSON"),
        ("place", "JSON"),
        ("quantities", "JSON"),
    )
)

# Each report keeps its full coding, so that events can be re-merged under another
# dedup rule (``Store.remerge``); ``seq`` is the order reports were stored in.
# ``settings`` holds the store's dedup rule (JSON under key 'dedup').
_V5 = (
    *(
        f"ALTER TABLE event_sources ADD COLUMN {col} {typ}"
        for col, typ in (
            ("plover", "VARCHAR"),
            ("mode", "VARCHAR"),
            ("quad_class", "TINYINT"),
            ("acled", "VARCHAR"),
            ("acled_type", "VARCHAR"),
            ("modality", "VARCHAR"),
            ("date_precision", "VARCHAR"),
            ("attribution", "JSON"),
            ("implicit", "BOOLEAN"),
            ("day", "DATE"),
            ("seq", "BIGINT"),
        )
    ),
    "CREATE TABLE settings (key VARCHAR PRIMARY KEY, value VARCHAR)",
)

# Reports stored before schema 5 get their coding from their merged event (equal under
# the rule that merged them), and every report a place in the stored order.
_V6 = (
    """UPDATE event_sources SET plover = e.plover, mode = e.mode, quad_class = e.quad_class,
        acled = e.acled, acled_type = e.acled_type, modality = e.modality,
        date_precision = e.date_precision, attribution = e.attribution, implicit = e.implicit,
        day = e.day, cameo = coalesce(event_sources.cameo, e.cameo),
        goldstein = coalesce(event_sources.goldstein, e.goldstein),
        place = CASE WHEN event_sources.source IS NULL THEN e.place ELSE event_sources.place END,
        source = coalesce(event_sources.source, e.source),
        target = coalesce(event_sources.target, e.target),
        quantities = coalesce(event_sources.quantities, e.quantities)
       FROM events e WHERE e.id = event_sources.event_id AND event_sources.plover IS NULL""",
    """UPDATE event_sources SET seq = r.n
       FROM (SELECT s.raw_event_id, row_number() OVER (
                 ORDER BY s.seq NULLS FIRST, d.stored_at, s.doc_id, s.raw_event_id) AS n
             FROM event_sources s LEFT JOIN documents d ON d.id = s.doc_id) r
       WHERE event_sources.raw_event_id = r.raw_event_id""",
)

# Documents with user-given ids (JSONL records) are stored under a content-derived id;
# ``record_id`` keeps the id they came with.
_V7 = ("ALTER TABLE documents ADD COLUMN record_id VARCHAR",)

# Inputs that could not be read, coded or stored: one row each, listed by ``dyads errors``.
_V8 = (
    """CREATE TABLE failures (
        source VARCHAR, doc_id VARCHAR, stage VARCHAR, message VARCHAR,
        failed_at TIMESTAMP DEFAULT current_timestamp)""",
)

# Learned actors carry a confidence, their evidence and a reviewer's rejection
# (``dyads actors review``; ``actors/learned.py``). Rows stored before have no confidence and
# stay usable as they were.
_V9 = (
    "ALTER TABLE learned_actors ADD COLUMN confidence DOUBLE",
    "ALTER TABLE learned_actors ADD COLUMN seen INTEGER DEFAULT 1",
    "ALTER TABLE learned_actors ADD COLUMN conflicts INTEGER DEFAULT 0",
    "ALTER TABLE learned_actors ADD COLUMN evidence VARCHAR",
    "ALTER TABLE learned_actors ADD COLUMN source VARCHAR",
    "ALTER TABLE learned_actors ADD COLUMN rejected BOOLEAN DEFAULT false",
)

# The actor filter's index (``dyads.store.filters``: "an actor term is in the source or the
# target list"): each distinct actor list of the events, as the lower-cased JSON text that
# filter searches, once in ``actor_lists``, and each event's two lists by id. A term is then
# looked for in the few distinct texts, and the events found by their ids (instead of
# lower-casing the two JSON lists of every event). ``Store`` fills both on every write.
ACTOR_LISTS_VERSION = 10
ACTOR_LIST_TEXT = "lower(CAST(CAST({} AS JSON) AS VARCHAR))"
_V10 = (
    "CREATE TABLE actor_lists (id INTEGER PRIMARY KEY, text VARCHAR NOT NULL)",
    "ALTER TABLE events ADD COLUMN source_list_id INTEGER",
    "ALTER TABLE events ADD COLUMN target_list_id INTEGER",
    f"""INSERT INTO actor_lists SELECT row_number() OVER (ORDER BY t), t FROM (
        SELECT DISTINCT t FROM (
            SELECT {ACTOR_LIST_TEXT.format("source")} AS t FROM events
            UNION ALL SELECT {ACTOR_LIST_TEXT.format("target")} FROM events)
        WHERE t IS NOT NULL)""",
    *(
        f"""UPDATE events SET {side}_list_id = a.id FROM actor_lists a
            WHERE a.text = {ACTOR_LIST_TEXT.format(f"events.{side}")}"""
        for side in ("source", "target")
    ),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents, spans, sentences, mentions, actors, learned actors, events, sources, places",
        _V1,
    ),
    Migration(2, "indexes on merge key and event sources; dyads view", _V2),
    Migration(3, "event_sources: each report's own coding (cameo, goldstein, actors, place)", _V3),
    # DuckDB joins by hash, not through ART indexes: this one only slowed inserts (~2x).
    Migration(4, "drop the unused merge_key index", ("DROP INDEX IF EXISTS events_merge_key",)),
    Migration(5, "event_sources: full coding of each report and its order; settings", _V5),
    Migration(6, "backfill the coding and order of reports stored before schema 5", _V6),
    Migration(7, "documents.record_id: the id a record came with", _V7),
    Migration(8, "failures: inputs that could not be read, coded or stored", _V8),
    Migration(9, "learned_actors: confidence, sightings, evidence, source, rejected", _V9),
    Migration(10, "actor_lists: the actor filter's index; events.source/target_list_id", _V10),
)

LATEST = MIGRATIONS[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this database (0 for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0]
    return int(row[0] or 0)


def migrate(con: duckdb.DuckDBPyConnection, upto: int | None = None) -> list[int]:
    """Apply the migrations newer than the database's version; returns those applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, description VARCHAR, "
        "applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    have = current_version(con)
    applied = []
    for m in MIGRATIONS:
        if m.version <= have or (upto is not None and m.version > upto):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for stmt in m.statements:
                con.execute(stmt)
            con.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [m.version, m.description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied
