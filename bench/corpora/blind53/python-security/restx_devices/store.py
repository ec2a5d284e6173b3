"""Device store on PostgreSQL (psycopg 3)."""
import psycopg
from psycopg import sql

DSN = "dbname=devices user=devices host=db"


def find_devices(name: str, site: str | None) -> list[tuple]:
    query = "SELECT id, name, site, ip FROM devices WHERE name ILIKE '%" + name + "%'"
    if site is not None:
        query = query + " AND site = '" + site + "'"
    with psycopg.connect(DSN) as conn:
        # expect: sql-injection
        return conn.execute(query).fetchall()


def find_devices_bound(name: str, site: str | None) -> list[tuple]:
    query = "SELECT id, name, site, ip FROM devices WHERE name ILIKE %s"
    params = [f"%{name}%"]
    if site is not None:
        query += " AND site = %s"
        params.append(site)
    with psycopg.connect(DSN) as conn:
        return conn.execute(query, params).fetchall()


def column_values(column: str) -> list[tuple]:
    stmt = sql.SQL("SELECT DISTINCT {} FROM devices").format(sql.Identifier(column))
    with psycopg.connect(DSN) as conn:
        return conn.execute(stmt).fetchall()
