"""Ledger queries on asyncpg."""
import asyncpg
from asyncpg import Connection

from .settings import DSN

SORT_COLUMNS = {"date": "booked_at", "amount": "amount"}


async def entries_for(account):
    conn = await asyncpg.connect(DSN)
    try:
        # expect: sql-injection
        return await conn.fetch(f"SELECT * FROM entries WHERE account = '{account}'")
    finally:
        await conn.close()


async def balance(pool, account):
    async with pool.acquire() as conn:
        query = "SELECT sum(amount) FROM entries WHERE account = '%s'" % (account,)
        # expect: sql-injection
        return await conn.fetchval(query)


async def search_memo(conn: Connection, text):
    # expect: sql-injection
    return await conn.fetch("SELECT id, memo FROM entries WHERE memo ILIKE '%" + text + "%'")


async def latest(pool, account, limit):
    async with pool.acquire() as conn:
        # expect: sql-injection
        return await conn.fetchrow("SELECT * FROM entries WHERE account = '{}' ORDER BY booked_at DESC LIMIT {}".format(account, limit))


async def entries_safe(pool, account):
    async with pool.acquire() as conn:
        return await conn.fetch("SELECT * FROM entries WHERE account = $1", account)


async def sorted_entries(pool, account, sort):
    column = SORT_COLUMNS.get(sort, "booked_at")
    async with pool.acquire() as conn:
        return await conn.fetch(f"SELECT * FROM entries WHERE account = $1 ORDER BY {column}", account)


async def prepared_total(conn: Connection, account):
    stmt = await conn.prepare("SELECT sum(amount) FROM entries WHERE account = $1")
    return await stmt.fetchval(account)
