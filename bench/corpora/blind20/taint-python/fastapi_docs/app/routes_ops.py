"""Conversion and import routes."""
import pickle
import subprocess

import httpx
from fastapi import APIRouter, Body, HTTPException, Request

from .helpers import DOCS_ROOT, doc_path, run_pandoc

router = APIRouter()
FORMATS = ("html", "docx", "pdf")
MIRRORS = {"eu": "https://eu.mirror.example.com", "us": "https://us.mirror.example.com"}


@router.post("/convert/{name}")
async def convert(name: str, fmt: str = "html"):
    if fmt not in FORMATS:
        raise HTTPException(400)
    return {"bytes": len(await run_pandoc(doc_path(name.replace("/", "")), fmt))}


@router.post("/convert/{name}/legacy")
def convert_legacy(name: str, fmt: str = "html"):
    cmd = f"pandoc {DOCS_ROOT}/{name} -t {fmt}"
    if fmt == "pdf":
        cmd += " --pdf-engine=xelatex"
    # expect: command-injection
    out = subprocess.run(cmd, shell=True, capture_output=True).stdout
    return {"bytes": len(out)}


@router.post("/import")
async def import_doc(request: Request):
    body = await request.body()
    # expect: deserialization
    doc = pickle.loads(body)
    return {"title": doc.get("title")}


@router.post("/sync")
async def sync(region: str = "eu", mirror: str | None = None):
    base = mirror if mirror else MIRRORS.get(region, MIRRORS["eu"])
    async with httpx.AsyncClient(timeout=10) as client:
        # expect: ssrf
        r = await client.get(f"{base}/manifest.json")
    return r.json()


@router.post("/sync/safe")
async def sync_safe(region: str = "eu"):
    base = MIRRORS.get(region, MIRRORS["eu"])
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"{base}/manifest.json")
    return r.json()


@router.post("/sync/fixed-branch")
async def sync_fixed_branch(mirror: str | None = Body(default=None)):
    base = MIRRORS["eu"] if mirror else MIRRORS["us"]
    async with httpx.AsyncClient(timeout=10) as client:
        r = await client.get(f"{base}/manifest.json")
    return r.json()
