"""SQL for network nodes: an actor (stored JSON or flat columns) named at one level.

``code`` keeps the full actor code; ``sector`` country + first sector; ``country``
collapses state sectors to the country but keeps non-state ones (``NON_STATE_SECTORS``)
as country + sector (see ``dyads.network.aggregate``).
"""

from __future__ import annotations

from dyads.sectors import cameo_sectors, sector_class

LEVELS = ("code", "sector", "country")
# CAMEO sectors that are not the state: they keep their sector at level="country" (the
# non_state class of data/actors/sector_codes.csv).
NON_STATE_SECTORS = tuple(sorted(sector_class("non_state")))
# A bare sector with no country ("the government", "the army" left unresolved, "a reporter
# asked": JRN) names no one in particular: such actors are left out of the network. Every
# CAMEO sector of the table (``dyads.actors.codes.SECTORS`` reads the same rows).
BARE_SECTORS = cameo_sectors()

# The shape of the stored actor lists, as DuckDB ``from_json`` reads them.
ACTOR_TYPE = (
    '[{"code":"VARCHAR","name":"VARCHAR","text":"VARCHAR","country":"VARCHAR","sector":"VARCHAR"}]'
)


def flat_actor(side: str) -> str:
    """SQL: the first actor of ``side`` (source/target) as a struct, from the flat columns."""
    return (
        f"{{'code': {side}_code, 'name': {side}_name, 'text': NULL, "
        f"'country': {side}_country, 'sector': {side}_sector}}"
    )


def node_expr(alias: str, level: str) -> str:
    """SQL for the node id of an unnested actor struct ``alias`` at ``level``."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; choose one of {', '.join(LEVELS)}")
    bare = ", ".join(f"'{s}'" for s in BARE_SECTORS)
    ident = (
        f"CASE WHEN {alias}.country IS NULL AND {alias}.code IN ({bare}) THEN NULL "
        f"ELSE coalesce(nullif({alias}.code, ''), lower(coalesce({alias}.name, {alias}.text))) END"
    )
    if level == "code":
        return ident
    country_sector = f"{alias}.country || coalesce({alias}.sector, '')"
    if level == "sector":
        return f"CASE WHEN {alias}.country IS NOT NULL THEN {country_sector} ELSE {ident} END"
    non_state = ", ".join(f"'{s}'" for s in NON_STATE_SECTORS)
    return (
        f"CASE WHEN {alias}.country IS NULL THEN {ident} "
        f"WHEN {alias}.sector IN ({non_state}) THEN {country_sector} "
        f"ELSE {alias}.country END"
    )


def has_node(side: str, level: str) -> str:
    """SQL: the actor list ``side`` holds an actor that is the node ``?`` at ``level``
    (the node is asked twice: pass it two times). Events with one actor on that side
    (nearly all) read the flat columns; only the others parse their JSON list (5x faster
    on 100,000 events)."""
    flat = (
        f"(struct_pack(code := {side}_code, name := {side}_name, text := NULL::VARCHAR, "
        f"country := {side}_country, sector := {side}_sector))"
    )
    listed = (
        f"len(list_filter(from_json({side}, '{ACTOR_TYPE}'), "
        f"lambda a: ({node_expr('a', level)}) = ?)) > 0"
    )
    return (
        f"(CASE WHEN json_array_length({side}) = 1 THEN ({node_expr(flat, level)}) = ? "
        f"ELSE {listed} END)"
    )
