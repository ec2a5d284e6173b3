"""Instance rows (asyncpg)."""
import json


class InstanceStore:
    def __init__(self, pool):
        self.pool = pool

    async def get(self, instance_id):
        async with self.pool.acquire() as conn:
            return await conn.fetchrow("SELECT id, type, enabled, config FROM instance WHERE id=$1", instance_id)

    async def update_config(self, instance_id, config_text):
        async with self.pool.acquire() as conn:
            await conn.execute("UPDATE instance SET config=$1 WHERE id=$2", config_text, instance_id)

    async def rename(self, old_id, new_id):
        query = "UPDATE instance SET id='%s' WHERE id='%s'" % (new_id, old_id)
        async with self.pool.acquire() as conn:
            # expect: sql-injection
            await conn.execute(query)

    async def set_enabled(self, instance_id, enabled):
        flag = "true" if enabled else "false"
        async with self.pool.acquire() as conn:
            await conn.execute(f"UPDATE instance SET enabled={flag} WHERE id=$1", instance_id)

    async def dump(self, instance_id):
        row = await self.get(instance_id)
        return json.loads(json.dumps(dict(row))) if row else None
