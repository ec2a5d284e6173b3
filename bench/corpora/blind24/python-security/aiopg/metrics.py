"""Metrics rollups, aiopg pool."""
import aiopg

DSN = "dbname=metrics user=rollup host=127.0.0.1"


async def rollup(metric: str, bucket: str):
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT date_trunc(%s, ts), avg(value) FROM samples WHERE metric = %s GROUP BY 1", (bucket, metric))
                return await cur.fetchall()


async def samples_for_host(pool: aiopg.Pool, host: str):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT ts, value FROM samples WHERE host = '{}'".format(host))
            return await cur.fetchall()


async def drop_metric(pool: aiopg.Pool, metric: str):
    async with pool.acquire() as conn:
        cur = await conn.cursor()
        # expect: sql-injection
        await cur.execute(f"DELETE FROM samples WHERE metric = '{metric}'")
