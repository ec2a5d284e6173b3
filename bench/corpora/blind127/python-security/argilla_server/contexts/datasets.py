"""Datasets context: record queries."""
from sqlalchemy import select, text

from argilla_server.models.database import Record


async def list_records(db, dataset_id, sort_by=None):
    order = sort_by or "inserted_at"
    # expect: sql-injection
    result = await db.execute(text(f"SELECT id, fields FROM records WHERE dataset_id = :dataset_id ORDER BY {order}"), {"dataset_id": dataset_id})
    return [dict(row._mapping) for row in result]


async def get_record(db, record_id):
    result = await db.execute(select(Record).where(Record.id == record_id))
    return result.scalar_one_or_none()
