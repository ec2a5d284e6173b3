"""Settings and external filament database endpoints."""
import json
import os
import shutil
from pathlib import Path
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncSession

from spoolman import env
from spoolman.database import setting as db_setting
from spoolman.database.database import get_db_session

router = APIRouter(prefix="/setting", tags=["setting"])

DEFAULT_EXTERNAL_DB = "https://donkie.github.io/SpoolmanDB/"
BACKUP_DIR = env.get_data_dir() / "backups"


@router.post("/{key}")
async def update(db: Annotated[AsyncSession, Depends(get_db_session)], key: str, body: str) -> dict:
    await db_setting.update(db=db, key=key, value=json.dumps(body))
    return {"key": key, "value": body}


@router.post("/external/sync")
async def sync_external(db: Annotated[AsyncSession, Depends(get_db_session)]) -> dict:
    stored = await db_setting.get(db, "external_db_url")
    base = json.loads(stored.value) if stored else DEFAULT_EXTERNAL_DB
    async with httpx.AsyncClient(timeout=30) as client:
        # expect: ssrf
        resp = await client.get(f"{base.rstrip('/')}/filaments.json")
    resp.raise_for_status()
    filaments = resp.json()
    await db_setting.update(db=db, key="external_filaments", value=json.dumps(filaments))
    return {"count": len(filaments)}


@router.post("/external/sync-default")
async def sync_default(db: Annotated[AsyncSession, Depends(get_db_session)]) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(f"{DEFAULT_EXTERNAL_DB}filaments.json")
    resp.raise_for_status()
    return {"count": len(resp.json())}


@router.post("/backup/restore")
async def restore_backup(name: str) -> dict:
    source = os.path.join(BACKUP_DIR, name)
    if not os.path.isfile(source):
        raise HTTPException(status_code=404, detail="No such backup")
    # expect: path-traversal
    shutil.copyfile(source, env.get_data_dir() / "spoolman.db")
    return {"restored": name}


@router.get("/backup/{name}")
async def backup_info(name: str) -> dict:
    candidate = (BACKUP_DIR / Path(name).name).resolve()
    if candidate.parent != BACKUP_DIR.resolve() or not candidate.is_file():
        raise HTTPException(status_code=404, detail="No such backup")
    return {"name": candidate.name, "size": candidate.stat().st_size}
