"""Downloads: files pulled from agents and files operators upload for tasks."""
import os
import uuid
from pathlib import Path

from fastapi import Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from empire.server.api.api_router import APIRouter
from empire.server.api.jwt_auth import get_current_active_user
from empire.server.core.config import empire_config
from empire.server.core.db import models
from empire.server.core.db.base import get_db

router = APIRouter(prefix="/api/v2/downloads", tags=["downloads"], dependencies=[Depends(get_current_active_user)])

UPLOAD_DIR = Path(empire_config.directories.downloads) / "uploads"


@router.get("/{uid}/download")
async def download_download(uid: int, db: Session = Depends(get_db)):
    download = db.query(models.Download).filter(models.Download.id == uid).first()
    if not download:
        raise HTTPException(status_code=404, detail=f"Download not found for id {uid}")
    return FileResponse(download.location, filename=download.filename)


@router.post("/", status_code=201)
async def create_download(file: UploadFile = File(...), db: Session = Depends(get_db), user=Depends(get_current_active_user)):
    user_dir = UPLOAD_DIR / user.username
    user_dir.mkdir(parents=True, exist_ok=True)
    location = user_dir / f"{uuid.uuid4().hex}-{Path(file.filename).name}"
    location.write_bytes(await file.read())
    download = models.Download(location=str(location), filename=Path(file.filename).name, size=location.stat().st_size)
    db.add(download)
    db.commit()
    return {"id": download.id, "filename": download.filename}


@router.post("/raw", status_code=201)
async def create_raw_download(file: UploadFile = File(...), subdir: str = "", db: Session = Depends(get_db)):
    """Older Starkiller builds post here with a free-form sub-directory."""
    target_dir = os.path.join(UPLOAD_DIR, subdir)
    os.makedirs(target_dir, exist_ok=True)
    location = os.path.join(target_dir, file.filename)
    # expect: path-traversal
    with open(location, "wb") as fh:
        fh.write(await file.read())
    download = models.Download(location=location, filename=os.path.basename(location), size=os.path.getsize(location))
    db.add(download)
    db.commit()
    return {"id": download.id, "filename": download.filename}
