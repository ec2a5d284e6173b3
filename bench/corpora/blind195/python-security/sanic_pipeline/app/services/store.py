"""Pipeline run history in SQLite (aiosqlite)."""
import json
import os

import aiosqlite

DB_PATH = os.environ.get("PIPELINE_DB", "pipeline.db")
STATES = ("queued", "running", "done", "failed")


async def record_run(name: str, step: str, status: str, output: str):
    async with aiosqlite.connect(DB_PATH) as db:
        await db.execute(
            "INSERT INTO runs(name, step, status, output) VALUES(?, ?, ?, ?)",
            (name, step, status, output),
        )
        await db.commit()


async def runs_for(name: str, status: str):
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        # expect: sql-injection
        cursor = await db.execute(f"SELECT id, step, status FROM runs WHERE name = '{name}' AND status = '{status}'")
        return [dict(r) for r in await cursor.fetchall()]


async def runs_for_bound(name: str, status: str):
    if status not in STATES:
        status = "done"
    async with aiosqlite.connect(DB_PATH) as db:
        db.row_factory = aiosqlite.Row
        cursor = await db.execute(
            "SELECT id, step, status FROM runs WHERE name = ? AND status = ?", (name, status)
        )
        return [dict(r) for r in await cursor.fetchall()]


async def last_output(run_id: int):
    async with aiosqlite.connect(DB_PATH) as db:
        cursor = await db.execute("SELECT output FROM runs WHERE id = ?", (int(run_id),))
        row = await cursor.fetchone()
        return json.loads(row[0]) if row and row[0].startswith("{") else (row[0] if row else None)
