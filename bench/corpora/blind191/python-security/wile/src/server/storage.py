"""File records in SQLite, file bodies on disk."""
import os
from dataclasses import asdict, dataclass
from typing import Optional

import aiosqlite

UPLOAD_DIR = os.environ.get("WILE_UPLOAD_DIR", "/var/lib/wile/uploads")
DB_PATH = os.environ.get("WILE_DB", "/var/lib/wile/wile.db")


@dataclass
class FileRecord:
    file_id: str
    original_name: str
    size: int
    owner: str

    def as_dict(self):
        return asdict(self)


class Storage:
    async def save(self, file_id: str, original_name: str, data: bytes, owner: str) -> None:
        path = os.path.join(UPLOAD_DIR, file_id)
        with open(path, "wb") as handle:
            handle.write(data)
        async with aiosqlite.connect(DB_PATH) as db:
            await db.execute(
                "INSERT INTO files (file_id, original_name, size, owner) VALUES (?, ?, ?, ?)",
                (file_id, original_name, len(data), owner),
            )
            await db.commit()

    async def get(self, file_id: str) -> Optional[FileRecord]:
        async with aiosqlite.connect(DB_PATH) as db:
            cursor = await db.execute(
                "SELECT file_id, original_name, size, owner FROM files WHERE file_id = ?", (file_id,)
            )
            row = await cursor.fetchone()
        return FileRecord(*row) if row else None

    async def list_for(self, owner: str, limit: int = 50) -> list[FileRecord]:
        async with aiosqlite.connect(DB_PATH) as db:
            cursor = await db.execute(
                f"SELECT file_id, original_name, size, owner FROM files WHERE owner = ? LIMIT {int(limit)}",
                (owner,),
            )
            rows = await cursor.fetchall()
        return [FileRecord(*r) for r in rows]
