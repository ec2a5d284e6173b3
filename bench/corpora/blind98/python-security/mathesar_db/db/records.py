"""Record queries built for the records grid."""
from psycopg import sql


def _order_clause_unchecked(order):
    parts = [f'"{o["column"]}" {o.get("direction", "asc")}' for o in order or []]
    return ("ORDER BY " + ", ".join(parts)) if parts else ""


def list_records_from_table(conn, schema, table, limit=None, offset=None, order=None):
    order_sql = _order_clause_unchecked(order)
    # expect: sql-injection
    rows = conn.execute(f'SELECT * FROM "{schema}"."{table}" {order_sql} LIMIT %s OFFSET %s', [limit or 100, offset or 0]).fetchall()
    return rows


def list_records_checked(conn, schema, table, limit=None, offset=None, order=None):
    terms = []
    for o in order or []:
        direction = sql.SQL("DESC") if o.get("direction") == "desc" else sql.SQL("ASC")
        terms.append(sql.SQL("{} {}").format(sql.Identifier(o["column"]), direction))
    query = sql.SQL("SELECT * FROM {}.{} {} LIMIT %s OFFSET %s").format(
        sql.Identifier(schema),
        sql.Identifier(table),
        sql.SQL("ORDER BY ") + sql.SQL(", ").join(terms) if terms else sql.SQL(""),
    )
    return conn.execute(query, [int(limit or 100), int(offset or 0)]).fetchall()
