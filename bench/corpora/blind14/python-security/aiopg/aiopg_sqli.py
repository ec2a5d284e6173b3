# library: aiopg
"""Async repository for the notifications service."""
import aiopg

DSN = "dbname=notify host=db.internal"


async def unread_for(pool, user_id):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT id, body FROM notifications WHERE user_id = %s AND read = false", (user_id,))
            return await cur.fetchall()


async def by_channel(pool, channel):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute(f"SELECT id, body FROM notifications WHERE channel = '{channel}'")
            return await cur.fetchall()


async def mark_read(pool, ids):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("UPDATE notifications SET read = true WHERE id IN (%s)" % ",".join(f"'{i}'" for i in ids))


async def mark_read_safe(pool, ids):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("UPDATE notifications SET read = true WHERE id = ANY(%s)", (list(ids),))


async def main():
    async with aiopg.create_pool(DSN) as pool:
        return await unread_for(pool, 42)
