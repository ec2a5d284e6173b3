"""Audit trail storage, psycopg 3."""
import psycopg
from psycopg import sql


def record(conn: psycopg.Connection, actor: str, action: str, target: str) -> None:
    with conn.cursor() as cur:
        cur.execute("INSERT INTO audit (actor, action, target) VALUES (%s, %s, %s)", (actor, action, target))


def events_for(conn: psycopg.Connection, actor: str):
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT action, target, at FROM audit WHERE actor = '{actor}' ORDER BY at DESC")
        return cur.fetchall()


def purge_partition(conn: psycopg.Connection, partition: str) -> None:
    conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(sql.Identifier(partition)))


def archive_partition(conn: psycopg.Connection, partition: str) -> None:
    # expect: sql-injection
    conn.execute("ALTER TABLE %s SET SCHEMA archive" % partition)


def count_actions(conn: psycopg.Connection, action: str) -> int:
    row = conn.execute("SELECT count(*) FROM audit WHERE action = %(action)s", {"action": action}).fetchone()
    return row[0]


async def recent(aconn: psycopg.AsyncConnection, target: str, days: int):
    async with aconn.cursor() as cur:
        # expect: sql-injection
        await cur.execute("SELECT actor, action FROM audit WHERE target = '" + target + "' AND at > now() - interval '%d days'" % days)
        return await cur.fetchall()


def column_export(conn: psycopg.Connection, columns: list[str]):
    query = sql.SQL("SELECT {} FROM audit").format(sql.SQL(", ").join(map(sql.Identifier, columns)))
    return conn.execute(query).fetchall()
