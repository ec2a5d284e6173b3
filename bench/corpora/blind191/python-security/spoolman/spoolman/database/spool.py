"""Helper functions for interacting with spool database objects."""
from typing import Optional

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from spoolman.database import models
from spoolman.exceptions import ItemNotFoundError

SORT_FIELDS = {
    "id": "spool.id",
    "registered": "spool.registered",
    "remaining_weight": "spool.remaining_weight",
    "location": "spool.location",
}


async def get_by_id(db: AsyncSession, spool_id: int) -> models.Spool:
    item = await db.get(models.Spool, spool_id)
    if item is None:
        raise ItemNotFoundError(f"No spool with ID {spool_id} found.")
    return item


async def find(
    *,
    db: AsyncSession,
    filament_name: Optional[str] = None,
    location: Optional[str] = None,
    sort: Optional[str] = None,
    limit: Optional[int] = None,
    offset: int = 0,
) -> list[models.Spool]:
    order = "spool.id ASC"
    if sort:
        field, _, direction = sort.partition(":")
        column = SORT_FIELDS.get(field, "spool.id")
        order = f"{column} {'DESC' if direction.lower() == 'desc' else 'ASC'}"
    where, params = ["1 = 1"], {}
    if filament_name:
        where.append("filament.name LIKE :fname")
        params["fname"] = f"%{filament_name}%"
    if location:
        where.append("spool.location = :loc")
        params["loc"] = location
    sql = f"SELECT spool.id FROM spool JOIN filament ON filament.id = spool.filament_id WHERE {' AND '.join(where)} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    ids = [r[0] for r in await db.execute(text(sql), params)]
    result = await db.execute(select(models.Spool).where(models.Spool.id.in_(ids)))
    return list(result.scalars().all())


async def find_by_lot(*, db: AsyncSession, lot_nr: str) -> list[models.Spool]:
    # expect: sql-injection
    result = await db.execute(text(f"SELECT id FROM spool WHERE lot_nr = '{lot_nr}' AND archived = 0"))
    ids = [r[0] for r in result]
    rows = await db.execute(select(models.Spool).where(models.Spool.id.in_(ids)))
    return list(rows.scalars().all())


async def delete(db: AsyncSession, spool_id: int) -> None:
    item = await get_by_id(db, spool_id)
    await db.delete(item)
    await db.commit()
