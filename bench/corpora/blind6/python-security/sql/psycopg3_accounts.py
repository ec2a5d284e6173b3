"""Account maintenance with psycopg 3."""
import psycopg
from psycopg import sql

CONNINFO = "dbname=accounts user=maint"


def lock_account(username):
    with psycopg.connect(CONNINFO) as conn:
        # expect: psycopg-fstring
        conn.execute(f"UPDATE accounts SET locked = true WHERE username = '{username}'")


def lock_account_safe(username):
    with psycopg.connect(CONNINFO) as conn:
        conn.execute("UPDATE accounts SET locked = true WHERE username = %s", (username,))


def rename_column(table, old, new):
    query = sql.SQL("ALTER TABLE {} RENAME COLUMN {} TO {}").format(
        sql.Identifier(table), sql.Identifier(old), sql.Identifier(new))
    with psycopg.connect(CONNINFO) as conn:
        conn.execute(query)


def grant_role(role, username):
    with psycopg.connect(CONNINFO) as conn, conn.cursor() as cur:
        # expect: psycopg-percent
        cur.execute("GRANT %s TO %s" % (role, username))


def grant_role_safe(role, username):
    with psycopg.connect(CONNINFO) as conn, conn.cursor() as cur:
        cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(username)))


def find_by_email_domain(domain):
    with psycopg.connect(CONNINFO) as conn, conn.cursor() as cur:
        stmt = "SELECT id, email FROM accounts WHERE email LIKE '%@" + domain + "'"
        # expect: psycopg-concatenation
        cur.execute(stmt)
        return cur.fetchall()


def find_by_email_domain_safe(domain):
    with psycopg.connect(CONNINFO) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, email FROM accounts WHERE email LIKE %s", ("%@" + domain,))
        return cur.fetchall()


async def last_login(username):
    async with await psycopg.AsyncConnection.connect(CONNINFO) as conn:
        async with conn.cursor() as cur:
            # expect: psycopg-async-format
            await cur.execute("SELECT last_login FROM accounts WHERE username = '{}'".format(username))
            return await cur.fetchone()


async def last_login_safe(username):
    async with await psycopg.AsyncConnection.connect(CONNINFO) as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT last_login FROM accounts WHERE username = %(u)s", {"u": username})
            return await cur.fetchone()
