"""A sqlite memory backend for skills."""
import json

import aiosqlite


class DatabaseSqlite:

    def __init__(self, config):
        self.db_file = config.get("file", "/var/lib/opsdroid/memory.db")
        self.table = "opsdroid"

    async def put(self, key, data):
        async with aiosqlite.connect(self.db_file) as db:
            await db.execute(f"INSERT OR REPLACE INTO {self.table} (key, data) VALUES (?, ?)", (key, json.dumps(data)))
            await db.commit()

    async def get(self, key):
        async with aiosqlite.connect(self.db_file) as db:
            cur = await db.execute(f"SELECT data FROM {self.table} WHERE key = ?", (key,))
            row = await cur.fetchone()
            return json.loads(row[0]) if row else None

    async def find(self, prefix):
        async with aiosqlite.connect(self.db_file) as db:
            # expect: sql-injection
            cur = await db.execute(f"SELECT key FROM {self.table} WHERE key LIKE '{prefix}%'")
            return [row[0] for row in await cur.fetchall()]
