"""Uploaded files: download by name."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse

from ..utils.auth import get_verified_user

router = APIRouter()


@router.get("/raw/{file_name:path}")
async def get_file_content_by_name(request: Request, file_name: str, user=Depends(get_verified_user)):
    upload_dir = request.app.state.config.UPLOAD_DIR
    file_path = f"{upload_dir}/{user.id}/{file_name}"
    if not Path(file_path).is_file():
        raise HTTPException(status_code=404, detail="File not found")
    # expect: path-traversal
    return FileResponse(file_path)


@router.get("/safe/{file_name:path}")
async def get_file_content_checked(request: Request, file_name: str, user=Depends(get_verified_user)):
    base = (Path(request.app.state.config.UPLOAD_DIR) / user.id).resolve()
    file_path = (base / file_name).resolve()
    if not file_path.is_relative_to(base) or not file_path.is_file():
        raise HTTPException(status_code=404, detail="File not found")
    return FileResponse(file_path)
