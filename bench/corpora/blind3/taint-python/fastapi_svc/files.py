"""File service endpoints."""

from __future__ import annotations

import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, PlainTextResponse

router = APIRouter(prefix="/files")
ROOT = Path("/srv/files").resolve()


def _tenant(request: Request) -> str:
    return request.headers.get("X-Tenant", "public")


@router.get("/raw")
async def raw(request: Request, name: str):
    tenant = _tenant(request)
    path = f"{ROOT}/{tenant}/{name}"
    # expect: path-traversal
    return FileResponse(path)


@router.get("/safe")
async def safe(request: Request, name: str):
    path = (ROOT / os.path.basename(name)).resolve()
    if not path.is_file():
        raise HTTPException(404)
    return FileResponse(path)


@router.put("/note")
async def put_note(request: Request):
    payload = await request.json()
    note_path = os.path.join(ROOT, "notes", payload["name"])
    # expect: path-traversal
    async with aiofiles.open(note_path, "w") as fh:
        await fh.write(payload["text"])
    return {"ok": True}


@router.delete("/note")
async def delete_note(request: Request, name: str):
    # expect: path-traversal
    os.remove(ROOT / "notes" / name)
    return {"ok": True}


@router.get("/tail", response_class=PlainTextResponse)
async def tail(lines: int = 50):
    with open(ROOT / "service.log", encoding="utf-8") as fh:
        return "".join(fh.readlines()[-int(lines):])
