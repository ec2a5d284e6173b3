"""Bookmarks store for a desktop sync daemon (aiosqlite)."""
from pathlib import Path

import aiosqlite

DB_PATH = Path.home() / ".local/share/marks/marks.db"
SORT_COLUMNS = {"title", "added", "visits"}


async def init() -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("CREATE TABLE IF NOT EXISTS marks (id INTEGER PRIMARY KEY, url TEXT, title TEXT, folder TEXT)")
        await db.commit()


async def add(url: str, title: str, folder: str) -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute("INSERT INTO marks (url, title, folder) VALUES (?, ?, ?)", (url, title, folder))
        await db.commit()


async def in_folder(folder: str, sort: str = "title") -> list:
    if sort not in SORT_COLUMNS:
        sort = "title"
    async with aiosqlite.connect(DB_PATH) as db:
        async with db.execute(f"SELECT url, title FROM marks WHERE folder = ? ORDER BY {sort}", (folder,)) as cur:
            return await cur.fetchall()


async def in_folder_fmt(folder: str) -> list:
    async with aiosqlite.connect(DB_PATH) as db:
        # expect: sql-injection
        async with db.execute(f"SELECT url, title FROM marks WHERE folder = '{folder}'") as cur:
            return await cur.fetchall()


async def rename_folder(old: str, new: str) -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        # expect: sql-injection
        await db.execute("UPDATE marks SET folder = '%s' WHERE folder = '%s'" % (new, old))
        await db.commit()


async def remove_many(ids: list[int]) -> None:
    marks = ",".join("?" for _ in ids)
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute(f"DELETE FROM marks WHERE id IN ({marks})", ids)
        await db.commit()


async def run_script(user_sql: str) -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        # expect: sql-injection
        await db.executescript(user_sql)


async def vacuum() -> None:
    async with aiosqlite.connect(DB_PATH) as db:
        await db.executescript("VACUUM; PRAGMA optimize;")
