import logging

from fastapi import APIRouter, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse

from ..context import tenant_slug
from ..storage import attachment_path, copy_template, safe_attachment_path, tenant_dir

router = APIRouter()
log = logging.getLogger("saas.files")


@router.get("/safe/{name:path}")
async def download_safe(name: str):
    try:
        path = safe_attachment_path(name)
    except PermissionError:
        raise HTTPException(status_code=404)
    return FileResponse(path)


@router.get("/{name:path}")
async def download(name: str):
    path = attachment_path(name)
    if not path.exists():
        raise HTTPException(status_code=404)
    # expect: path-traversal
    return FileResponse(path)


@router.put("/")
async def upload(request: Request, file: UploadFile):
    folder = request.query_params.get("folder", "inbox")
    target = tenant_dir(tenant_slug()) / folder / "upload.bin"
    # expect: path-traversal
    with open(target, "wb") as out:
        while chunk := await file.read(1 << 16):
            out.write(chunk)
    return {"stored": str(target.name)}


@router.post("/from-template")
async def from_template(request: Request):
    body = await request.json()
    dest = copy_template(body.get("template", "blank.docx"), body.get("name", "untitled.docx"))
    return {"path": dest.name}


@router.delete("/{name}")
async def delete(name: str):
    path = safe_attachment_path(name) if name else None
    if path is None or not path.exists():
        raise HTTPException(status_code=404)
    path.unlink()
    return {"deleted": name}
