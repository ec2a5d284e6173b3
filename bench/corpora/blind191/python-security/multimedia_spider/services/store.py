"""SQLite storage for crawled items."""
import hashlib
import time

import aiosqlite


async def init_db(path: str) -> aiosqlite.Connection:
    db = await aiosqlite.connect(path)
    db.row_factory = aiosqlite.Row
    await db.execute(
        "CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, platform TEXT, url TEXT, "
        "body TEXT, fetched_at INTEGER)"
    )
    await db.commit()
    return db


async def save_item(db: aiosqlite.Connection, platform: str, url: str, body: str) -> str:
    item_id = hashlib.sha1(url.encode("utf-8")).hexdigest()
    await db.execute(
        "INSERT OR REPLACE INTO items (id, platform, url, body, fetched_at) VALUES (?, ?, ?, ?, ?)",
        (item_id, platform, url, body, int(time.time())),
    )
    await db.commit()
    return item_id


async def list_items(db: aiosqlite.Connection, platform: str, limit: int = 20) -> list[dict]:
    # expect: sql-injection
    cursor = await db.execute(f"SELECT id, platform, url, fetched_at FROM items WHERE platform = '{platform}' ORDER BY fetched_at DESC LIMIT {int(limit)}")
    return [dict(r) for r in await cursor.fetchall()]


async def count_items(db: aiosqlite.Connection, platform: str) -> int:
    cursor = await db.execute("SELECT count(*) FROM items WHERE platform = ?", (platform,))
    row = await cursor.fetchone()
    return row[0]
