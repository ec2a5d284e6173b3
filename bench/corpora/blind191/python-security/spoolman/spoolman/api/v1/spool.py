"""Spool related endpoints."""
from typing import Annotated, Optional

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from spoolman.api.v1.models import Message, Spool
from spoolman.database import spool
from spoolman.database.database import get_db_session
from spoolman.labels import render_label, render_label_preview

router = APIRouter(prefix="/spool", tags=["spool"])


@router.get("", response_model=list[Spool])
async def find(
    db: Annotated[AsyncSession, Depends(get_db_session)],
    filament_name: Optional[str] = None,
    location: Optional[str] = None,
    sort: Optional[str] = Query(default=None, description="field:asc|desc"),
    limit: Optional[int] = None,
    offset: int = 0,
) -> JSONResponse:
    rows = await spool.find(db=db, filament_name=filament_name, location=location, sort=sort, limit=limit, offset=offset)
    return JSONResponse([Spool.from_db(r).model_dump(mode="json") for r in rows])


@router.get("/search", response_model=list[Spool])
async def search(
    db: Annotated[AsyncSession, Depends(get_db_session)],
    lot_nr: str,
) -> JSONResponse:
    rows = await spool.find_by_lot(db=db, lot_nr=lot_nr)
    return JSONResponse([Spool.from_db(r).model_dump(mode="json") for r in rows])


@router.post("/{spool_id}/label", response_class=HTMLResponse)
async def label(
    db: Annotated[AsyncSession, Depends(get_db_session)],
    spool_id: int,
    body: dict,
) -> HTMLResponse:
    item = await spool.get_by_id(db, spool_id)
    html = render_label(body.get("template", "{{ spool.filament.name }}"), item)
    return HTMLResponse(html)


@router.post("/{spool_id}/label/preview", response_class=HTMLResponse)
async def label_preview(
    db: Annotated[AsyncSession, Depends(get_db_session)],
    spool_id: int,
    body: dict,
) -> HTMLResponse:
    item = await spool.get_by_id(db, spool_id)
    return HTMLResponse(render_label_preview(body.get("template", ""), item))


@router.delete("/{spool_id}", response_model=Message)
async def delete(db: Annotated[AsyncSession, Depends(get_db_session)], spool_id: int) -> Message:
    await spool.delete(db, spool_id)
    return Message(message="Success!")
