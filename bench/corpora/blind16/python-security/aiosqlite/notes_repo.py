# library: aiosqlite
import aiosqlite

DB_PATH = "notes.db"
SORTABLE = {"created", "title"}


async def find_notes(owner: str, sort: str = "created"):
    if sort not in SORTABLE:
        sort = "created"
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute(f"SELECT id, title FROM notes WHERE owner = ? ORDER BY {sort}", (owner,))
        return await cur.fetchall()


async def search_notes(owner: str, term: str):
    async with aiosqlite.connect(DB_PATH) as db:
        # expect: sql-injection
        cur = await db.execute(f"SELECT id, title FROM notes WHERE owner = '{owner}' AND body LIKE '%{term}%'")
        return await cur.fetchall()


async def search_notes_safe(owner: str, term: str):
    async with aiosqlite.connect(DB_PATH) as db:
        cur = await db.execute("SELECT id, title FROM notes WHERE owner = ? AND body LIKE ?", (owner, f"%{term}%"))
        return await cur.fetchall()


async def tag_notes(tag: str, ids: list[int]):
    async with aiosqlite.connect(DB_PATH) as db:
        # expect: sql-injection
        await db.executescript("UPDATE notes SET tag = '%s' WHERE id IN (%s);" % (tag, ",".join(map(str, ids))))
        await db.commit()
