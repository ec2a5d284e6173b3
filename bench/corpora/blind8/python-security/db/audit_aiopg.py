# library: aiopg
"""Audit log writer for the admin console (aiopg)."""
import os

import aiopg

DSN = os.environ.get("AUDIT_DSN", "dbname=audit host=127.0.0.1")


async def record(pool, actor, action, target):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute(
                "INSERT INTO audit(actor, action, target) VALUES (%s, %s, %s)",
                (actor, action, target),
            )


async def actions_by(pool, actor):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT action, target, ts FROM audit WHERE actor = '%s' ORDER BY ts DESC" % actor)
            return [row async for row in cur]


async def actions_on(pool, target, limit):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT actor, action, ts FROM audit WHERE target = %s LIMIT %s", (target, int(limit)))
            return await cur.fetchall()


async def purge_before(pool, cutoff_iso):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute(f"DELETE FROM audit WHERE ts < '{cutoff_iso}'")


async def main():
    pool = await aiopg.create_pool(DSN)
    try:
        await record(pool, "system", "startup", "-")
    finally:
        pool.close()
        await pool.wait_closed()
