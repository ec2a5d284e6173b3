"""Small Redis store of recently seen pull requests (for the dashboard)."""
import json

import redis.asyncio as aioredis

RECENT_KEY = "bedevere:recent"
PR_KEY = "bedevere:pr:{number}"


async def connect(url):
    return aioredis.from_url(url, decode_responses=True)


async def remember_pr(redis, number, title, author):
    number = int(number)
    record = {"number": number, "title": title, "author": author}
    await redis.set(PR_KEY.format(number=number), json.dumps(record), ex=7 * 24 * 3600)
    await redis.lpush(RECENT_KEY, number)
    await redis.ltrim(RECENT_KEY, 0, 49)


async def load_pr(redis, number):
    raw = await redis.get(PR_KEY.format(number=int(number)))
    return json.loads(raw) if raw else None


async def recent_numbers(redis):
    return [int(n) for n in await redis.lrange(RECENT_KEY, 0, 49)]


async def remember_backport(redis, number, branch):
    await redis.hset("bedevere:backports", int(number), branch)


async def backport_branch(redis, number):
    return await redis.hget("bedevere:backports", int(number))
