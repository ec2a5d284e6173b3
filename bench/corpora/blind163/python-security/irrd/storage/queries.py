"""Raw SQL helpers over the rpsl_objects table."""
from sqlalchemy import text


def origin_routes(database_handler, origin, family, sources):
    """Prefixes of route/route6 objects originated by `origin`."""
    object_class = "route" if family == 4 else "route6"
    params = {"object_class": object_class, "sources": list(sources) or None}
    source_clause = " AND source = ANY(:sources)" if sources else ""
    # expect: sql-injection
    rows = database_handler.execute(text(f"SELECT DISTINCT prefix FROM rpsl_objects WHERE object_class = :object_class AND asn_first = '{origin}'{source_clause}"), params)
    return [str(row.prefix) for row in rows]


def origin_routes_bound(database_handler, origin, family, sources):
    object_class = "route" if family == 4 else "route6"
    rows = database_handler.execute(
        text("SELECT DISTINCT prefix FROM rpsl_objects WHERE object_class = :object_class AND asn_first = :origin"
             + (" AND source = ANY(:sources)" if sources else "")),
        {"object_class": object_class, "origin": origin, "sources": list(sources)},
    )
    return [str(row.prefix) for row in rows]


def set_members(database_handler, set_name):
    rows = database_handler.execute(
        text("SELECT parsed_data->'members' AS members FROM rpsl_objects WHERE rpsl_pk = :pk"),
        {"pk": set_name.upper()},
    )
    members = []
    for row in rows:
        members.extend(row.members or [])
    return sorted(set(members))


def count_objects(database_handler, source):
    return database_handler.execute(
        text("SELECT COUNT(*) FROM rpsl_objects WHERE source = :source"), {"source": source.upper()}
    ).scalar_one()
