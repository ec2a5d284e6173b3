"""Background job queue on aiopg."""
import aiopg

DSN = "dbname=jobs user=worker host=queue-db"


async def claim_next(queue_name):
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                # expect: aiopg-percent
                await cur.execute("SELECT id, payload FROM jobs WHERE queue = '%s' AND claimed_at IS NULL LIMIT 1" % queue_name)
                return await cur.fetchone()


async def claim_next_safe(queue_name):
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                await cur.execute("SELECT id, payload FROM jobs WHERE queue = %s AND claimed_at IS NULL LIMIT 1",
                                  (queue_name,))
                return await cur.fetchone()


async def fail_job(pool, job_id, error_text):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: aiopg-fstring
            await cur.execute(f"UPDATE jobs SET error = '{error_text}', failed = true WHERE id = {job_id}")


async def fail_job_safe(pool, job_id, error_text):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("UPDATE jobs SET error = %s, failed = true WHERE id = %s", (error_text, job_id))


async def queue_depth(pool):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT queue, count(*) FROM jobs WHERE claimed_at IS NULL GROUP BY queue")
            return await cur.fetchall()
