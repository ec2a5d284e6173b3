"""Redis-backed metadata for the on-disk cache of streamed files."""
import json
import time

import redis.asyncio as redis

META_TTL = 24 * 3600


class CacheStore:
    def __init__(self, url: str):
        self.redis = redis.from_url(url)

    async def close(self):
        await self.redis.close()

    def _key(self, message_id: int) -> str:
        return f"stream:meta:{int(message_id)}"

    async def get_meta(self, message_id: int):
        raw = await self.redis.get(self._key(message_id))
        if raw is None:
            return None
        return json.loads(raw)

    async def put_meta(self, message_id: int, size: int, mime: str):
        meta = {"size": int(size), "mime": mime, "at": int(time.time())}
        await self.redis.set(self._key(message_id), json.dumps(meta), ex=META_TTL)
        return meta

    async def hit(self, message_id: int) -> int:
        return await self.redis.incr(f"stream:hits:{int(message_id)}")

    async def top(self, n: int = 10):
        keys = await self.redis.keys("stream:hits:*")
        counts = []
        for key in keys[:500]:
            counts.append((int(await self.redis.get(key) or 0), key.decode().rsplit(":", 1)[1]))
        return sorted(counts, reverse=True)[: int(n)]
