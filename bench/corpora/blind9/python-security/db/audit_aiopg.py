# library: aiopg
"""Login audit trail (aiopg)."""
import aiopg

DSN = "dbname=audit user=audit host=127.0.0.1"


async def log_login(pool, username, ip):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("INSERT INTO logins (username, ip) VALUES (%s, %s)", (username, ip))


async def logins_from(pool, ip):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT username, ts FROM logins WHERE ip = '{}'".format(ip))
            return await cur.fetchall()


async def failed_for(pool, username, since):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            # expect: sql-injection
            await cur.execute("SELECT ts FROM failed_logins WHERE username = '" + username + "' AND ts > '" + since + "'")
            return await cur.fetchall()


async def recent(pool, limit=50):
    async with pool.acquire() as conn:
        async with conn.cursor() as cur:
            await cur.execute("SELECT username, ip, ts FROM logins ORDER BY ts DESC LIMIT %s", (limit,))
            return await cur.fetchall()


async def main():
    async with aiopg.create_pool(DSN) as pool:
        await log_login(pool, "system", "127.0.0.1")
