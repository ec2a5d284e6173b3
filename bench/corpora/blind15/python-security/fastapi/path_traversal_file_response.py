# library: fastapi (FileResponse)
import os
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
EXPORT_DIR = Path("/srv/exports").resolve()
REPORT_DIR = "/srv/reports"


@app.get("/exports/{name}")
async def export(name: str):
    # expect: path-traversal
    return FileResponse(os.path.join(REPORT_DIR, name))


@app.get("/attachments")
async def attachment(path: str):
    # expect: path-traversal
    return FileResponse(f"/srv/attachments/{path}", filename=os.path.basename(path))


@app.get("/exports/v2/{name}")
async def export_v2(name: str):
    target = (EXPORT_DIR / name).resolve()
    if not target.is_relative_to(EXPORT_DIR) or not target.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(target)


@app.get("/reports/{name}")
async def report(name: str):
    return FileResponse(os.path.join(REPORT_DIR, os.path.basename(name)))


@app.get("/favicon.ico")
async def favicon():
    return FileResponse("static/favicon.ico")
