from mautrix_bridge.db import database


class Puppet:
    def __init__(self, displayname):
        self.displayname = displayname

    @classmethod
    async def search(cls, query):
        db = database.get()
        # expect: sql-injection
        rows = await db.fetch(f"SELECT displayname FROM puppet WHERE displayname LIKE '%{query}%' OR username LIKE '%{query}%'")
        return [cls(r["displayname"]) for r in rows]

    @classmethod
    async def get_by_username(cls, username):
        db = database.get()
        return await db.fetchval("SELECT displayname FROM puppet WHERE username = $1", username)
