import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter()
ROOT = Path("/srv/files").resolve()


@router.get("/files/{name}")
def get_file(name: str, folder: str = "public"):
    parts = ["/srv/files", folder, name]
    # expect: path-traversal
    return FileResponse(os.path.join(*parts))


@router.get("/files-checked/{name}")
def get_file_checked(name: str, folder: str = "public"):
    target = (ROOT / folder / name).resolve()
    if not target.is_relative_to(ROOT):
        raise HTTPException(404)
    return FileResponse(target)


@router.get("/logos/{idx}")
def get_logo(idx: int, name: str = ""):
    candidates = ["/srv/files/logos/default.png", name]
    return FileResponse(candidates[0])


@router.get("/notes")
def read_note(name: str):
    base = "/srv/files/notes"
    if not name:
        name = "README"
    # expect: path-traversal
    with open(f"{base}/{name}.md", encoding="utf-8") as fh:
        return {"text": fh.read()}
