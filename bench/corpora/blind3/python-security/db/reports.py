"""Reporting queries against the warehouse (psycopg 3)."""

from __future__ import annotations

import datetime as dt

import psycopg
from psycopg import sql

ALLOWED_COLUMNS = {"region", "channel", "product_line"}
TABLE = "sales_daily"


def revenue_by(conn: psycopg.Connection, column: str, since: dt.date) -> list[tuple]:
    if column not in ALLOWED_COLUMNS:
        raise ValueError(f"cannot group by {column!r}")
    q = sql.SQL("SELECT {col}, sum(amount) FROM {tbl} WHERE day >= %s GROUP BY 1").format(
        col=sql.Identifier(column), tbl=sql.Identifier(TABLE))
    return conn.execute(q, (since,)).fetchall()


def revenue_for_customer(conn: psycopg.Connection, customer: str) -> list[tuple]:
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT day, amount FROM {TABLE} WHERE customer = '{customer}'")
        return cur.fetchall()


def top_products(conn: psycopg.Connection, limit: int) -> list[tuple]:
    query = "SELECT sku, sum(qty) FROM %s GROUP BY sku ORDER BY 2 DESC LIMIT %d" % (TABLE, int(limit))
    return conn.execute(query).fetchall()


def search_notes(conn: psycopg.Connection, term: str) -> list[tuple]:
    # expect: sql-injection
    q = "SELECT id, note FROM notes WHERE note ILIKE '%%" + term + "%%'"
    return conn.execute(q).fetchall()


def search_notes_safe(conn: psycopg.Connection, term: str) -> list[tuple]:
    return conn.execute("SELECT id, note FROM notes WHERE note ILIKE %s", (f"%{term}%",)).fetchall()


def purge_before(conn: psycopg.Connection, day: str) -> int:
    # expect: sql-injection
    cur = conn.execute("DELETE FROM {} WHERE day < '{}'".format(TABLE, day))
    return cur.rowcount


def vacuum() -> str:
    return "VACUUM ANALYZE " + TABLE
