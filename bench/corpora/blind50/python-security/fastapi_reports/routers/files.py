"""Archive and download endpoints."""
import sqlite3

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from ..deps import Tenant, current_tenant, get_db
from ..schemas import ArchiveRequest
from ..services import Archiver, ReportRepository

router = APIRouter()
archiver = Archiver()


@router.post("/archive")
async def archive(req: ArchiveRequest):
    code = await archiver.pack(req.report_id, req.folder)
    return {"exit": code}


@router.post("/archive-quoted")
async def archive_quoted(req: ArchiveRequest):
    code = await archiver.pack_quoted(req.report_id, req.folder)
    return {"exit": code}


@router.get("/download/{folder}/{name}")
async def download(folder: str, name: str):
    try:
        path = archiver.resolve(folder, name)
    except PermissionError:
        raise HTTPException(status_code=403)
    return FileResponse(path)


@router.get("/download-loose")
async def download_loose(folder: str = "default", name: str = ""):
    path = archiver.resolve_loose(folder, name)
    # expect: path-traversal
    return FileResponse(path)


@router.get("/regional")
def regional(tenant: Tenant = Depends(current_tenant), db: sqlite3.Connection = Depends(get_db)):
    return {"rows": ReportRepository(db, tenant).by_region()}
