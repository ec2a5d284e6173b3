# library: FastAPI (UploadFile) / lxml / tarfile
"""Bulk import endpoints."""
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile
from lxml import etree

router = APIRouter(prefix="/import")
IMPORT_ROOT = Path("/srv/catalogue/imports")


@router.post("/xml")
async def import_xml(file: UploadFile = File(...)):
    data = await file.read()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser)
    return {"products": len(root.findall("product"))}


@router.post("/xml-legacy")
async def import_xml_legacy(file: UploadFile = File(...)):
    data = await file.read()
    # expect: xxe
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=True, no_network=False))
    return {"products": len(root.findall("product"))}


@router.post("/bundle")
async def import_bundle(file: UploadFile = File(...)):
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(await file.read())
        tmp.flush()
        with tarfile.open(tmp.name) as tar:
            # expect: path-traversal
            tar.extractall(IMPORT_ROOT)
    return {"ok": True}


@router.post("/bundle-v2")
async def import_bundle_v2(file: UploadFile = File(...)):
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(await file.read())
        tmp.flush()
        with tarfile.open(tmp.name) as tar:
            tar.extractall(IMPORT_ROOT, filter="data")
    return {"ok": True}


@router.post("/image")
async def import_image(file: UploadFile = File(...)):
    # expect: path-traversal
    (IMPORT_ROOT / "images" / file.filename).write_bytes(await file.read())
    return {"saved": file.filename}


@router.post("/image-v2")
async def import_image_v2(file: UploadFile = File(...)):
    name = Path(file.filename or "").name
    if not name:
        raise HTTPException(status_code=400)
    (IMPORT_ROOT / "images" / name).write_bytes(await file.read())
    return {"saved": name}
