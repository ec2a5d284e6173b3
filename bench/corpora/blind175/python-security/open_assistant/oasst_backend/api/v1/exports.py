"""Downloads of the nightly data exports for admins."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from oasst_backend.api import deps
from oasst_backend.config import settings

router = APIRouter()

EXPORT_DIR = Path(settings.EXPORT_DIR).resolve()


@router.get("/")
def list_exports(api_client=Depends(deps.get_trusted_api_client)):
    return sorted(p.name for p in EXPORT_DIR.glob("*.jsonl.gz"))


@router.get("/file/{name}")
def download_export(name: str, api_client=Depends(deps.get_trusted_api_client)):
    path = (EXPORT_DIR / name).resolve()
    if not path.is_relative_to(EXPORT_DIR) or not path.is_file():
        raise HTTPException(status_code=404, detail="No such export")
    return FileResponse(path, filename=path.name)


@router.get("/trees")
def download_tree_export(lang: str, date: str, api_client=Depends(deps.get_trusted_api_client)):
    """Tree exports are split per language and day."""
    filename = f"trees_{lang}_{date}.jsonl.gz"
    # expect: path-traversal
    return FileResponse(os.path.join(EXPORT_DIR, lang, filename), filename=filename)


@router.get("/latest")
def latest_export(api_client=Depends(deps.get_trusted_api_client)):
    candidates = sorted(EXPORT_DIR.glob("*.jsonl.gz"), key=os.path.getmtime)
    if not candidates:
        raise HTTPException(status_code=404, detail="No exports yet")
    return FileResponse(candidates[-1], filename=candidates[-1].name)
