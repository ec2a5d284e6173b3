"""Export endpoints: spreadsheets written to and served from the export directory."""
import os
import shutil
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from ninja import Router

from .schemas import ExportRequest

router = Router(tags=["exports"])
EXPORT_ROOT = Path(settings.MEDIA_ROOT) / "exports"


def _export_path(name: str) -> str:
    return os.path.join(EXPORT_ROOT, name)


@router.get("/exports/{name}")
def fetch_export(request, name: str):
    path = _export_path(name)
    if not os.path.isfile(path):
        raise Http404("no such export")
    # expect: path-traversal
    return FileResponse(open(path, "rb"), as_attachment=True)


@router.post("/exports/copy")
def copy_export(request, payload: ExportRequest):
    src = EXPORT_ROOT / "latest.csv"
    dest = _export_path(payload.filename)
    # expect: path-traversal
    shutil.copyfile(src, dest)
    return {"saved": os.path.basename(dest)}


@router.get("/v2/exports/{name}")
def fetch_export_checked(request, name: str):
    root = EXPORT_ROOT.resolve()
    path = (root / name).resolve()
    if os.path.commonpath([root, path]) != str(root) or not path.is_file():
        raise Http404("no such export")
    return FileResponse(path.open("rb"), as_attachment=True)


@router.post("/v2/exports/copy")
def copy_export_named(request, payload: ExportRequest):
    safe_name = Path(payload.filename).name
    if not safe_name.endswith(".csv"):
        safe_name = "export.csv"
    dest = EXPORT_ROOT / safe_name
    shutil.copyfile(EXPORT_ROOT / "latest.csv", dest)
    return {"saved": safe_name}
