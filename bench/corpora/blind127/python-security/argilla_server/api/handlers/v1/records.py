"""Dataset records handlers (FastAPI), shaped on argilla_server.api.handlers.v1."""
from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy.ext.asyncio import AsyncSession

from argilla_server.contexts import datasets
from argilla_server.database import get_async_db
from argilla_server.security import auth

router = APIRouter(tags=["records"])


class SortBy(str, Enum):
    inserted_at = "inserted_at"
    updated_at = "updated_at"


@router.get("/datasets/{dataset_id}/records")
async def list_dataset_records(dataset_id: str, sort_by: Optional[str] = Query(None), db: AsyncSession = Depends(get_async_db),
                               current_user=Depends(auth.get_current_user)):
    return {"items": await datasets.list_records(db, dataset_id, sort_by=sort_by)}


@router.get("/datasets/{dataset_id}/records/sorted")
async def list_sorted_records(dataset_id: str, sort_by: SortBy = SortBy.inserted_at, db: AsyncSession = Depends(get_async_db),
                              current_user=Depends(auth.get_current_user)):
    return {"items": await datasets.list_records(db, dataset_id, sort_by=sort_by.value)}
