"""Metrics sink on pg8000 (native and DB-API interfaces)."""
import os

import pg8000.dbapi
import pg8000.native
from pg8000.native import identifier, literal


def native_conn() -> pg8000.native.Connection:
    return pg8000.native.Connection(
        user=os.environ["PGUSER"], password=os.environ["PGPASSWORD"], host=os.environ.get("PGHOST", "localhost"),
        database="metrics",
    )


def series(con: pg8000.native.Connection, name: str, since: str) -> list:
    return con.run("SELECT at, value FROM samples WHERE series = :name AND at >= :since", name=name, since=since)


def series_fmt(con: pg8000.native.Connection, name: str) -> list:
    # expect: sql-injection
    return con.run(f"SELECT at, value FROM samples WHERE series = '{name}'")


def create_rollup(con: pg8000.native.Connection, table: str) -> None:
    con.run(f"CREATE TABLE IF NOT EXISTS {identifier(table)} (bucket timestamptz, total float8)")


def tag_series(con: pg8000.native.Connection, name: str, tag: str) -> None:
    con.run(f"COMMENT ON TABLE samples IS {literal(name + ':' + tag)}")


def drop_rollup(con: pg8000.native.Connection, table: str) -> None:
    # expect: sql-injection
    con.run("DROP TABLE IF EXISTS " + table)


def dbapi_top(series_name: str, n: int = 10) -> list:
    conn = pg8000.dbapi.connect(user=os.environ["PGUSER"], password=os.environ["PGPASSWORD"], database="metrics")
    cur = conn.cursor()
    cur.execute("SELECT value FROM samples WHERE series = %s ORDER BY value DESC LIMIT %s", (series_name, n))
    rows = cur.fetchall()
    conn.close()
    return rows


def dbapi_top_fmt(series_name: str) -> list:
    conn = pg8000.dbapi.connect(user=os.environ["PGUSER"], password=os.environ["PGPASSWORD"], database="metrics")
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT value FROM samples WHERE series = '%s' ORDER BY value DESC" % series_name)
    rows = cur.fetchall()
    conn.close()
    return rows


def prepared_insert(con: pg8000.native.Connection, points: list) -> None:
    ps = con.prepare("INSERT INTO samples (series, at, value) VALUES (:s, :a, :v)")
    for s, a, v in points:
        ps.run(s=s, a=a, v=v)
    ps.close()
