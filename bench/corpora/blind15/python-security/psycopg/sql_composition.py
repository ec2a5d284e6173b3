# library: psycopg 3 (psycopg.sql composition)
import psycopg
from psycopg import sql


def rows_by_status(conn: psycopg.Connection, table: str, status: str):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql.SQL(f"SELECT * FROM {table} WHERE status = %s"), (status,))
        return cur.fetchall()


def rename_column(conn: psycopg.Connection, table: str, old: str, new: str):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql.SQL("ALTER TABLE {} RENAME COLUMN " + old + " TO " + new).format(sql.Identifier(table)))


def rows_by_status_safe(conn: psycopg.Connection, table: str, status: str):
    query = sql.SQL("SELECT * FROM {} WHERE status = %s").format(sql.Identifier(table))
    with conn.cursor() as cur:
        cur.execute(query, (status,))
        return cur.fetchall()


def rename_column_safe(conn: psycopg.Connection, table: str, old: str, new: str):
    query = sql.SQL("ALTER TABLE {} RENAME COLUMN {} TO {}").format(
        sql.Identifier(table), sql.Identifier(old), sql.Identifier(new)
    )
    with conn.cursor() as cur:
        cur.execute(query)


def recent(conn: psycopg.Connection, limit: int):
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT id FROM events ORDER BY id DESC LIMIT {}").format(sql.Literal(limit)))
        return cur.fetchall()
