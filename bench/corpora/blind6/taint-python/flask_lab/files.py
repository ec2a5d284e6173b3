"""Download and preview views over the shared data directory."""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__)

BASE = Path("/srv/lab/shared")


@bp.get("/preview")
def preview():
    name = request.args.get("file", "")
    # expect: path-traversal-pathlib
    return (BASE / name).read_text()


@bp.get("/preview-safe")
def preview_safe():
    name = request.args.get("file", "")
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        abort(404)
    return target.read_text()


@bp.get("/exists")
def exists():
    name = request.args.get("file", "")
    # expect: path-traversal-exists
    return {"exists": os.path.exists(os.path.join("/srv/lab/shared", name))}


@bp.get("/exists-safe")
def exists_safe():
    name = secure_filename(request.args.get("file", ""))
    return {"exists": os.path.exists(os.path.join("/srv/lab/shared", name))}


@bp.get("/size")
def size():
    folder = request.args.get("dir", "")
    p = Path("/srv/lab/shared").joinpath(folder, "index.json")
    # expect: path-traversal-pathlib
    return {"size": p.stat().st_size}


@bp.get("/basename")
def basename_only():
    name = Path(request.args.get("file", "")).name
    return (BASE / name).read_text()


@bp.get("/download")
def download():
    return send_from_directory(BASE, request.args.get("file", ""))


@bp.post("/upload")
def upload():
    f = request.files["doc"]
    # expect: path-traversal-upload-name
    f.save(os.path.join("/srv/lab/uploads", f.filename))
    return "", 201


@bp.post("/upload-safe")
def upload_safe():
    f = request.files["doc"]
    f.save(os.path.join("/srv/lab/uploads", secure_filename(f.filename)))
    return "", 201


@bp.get("/open")
def open_path():
    name = request.args.get("file", "")
    if not name:
        name = ""
    # expect: path-traversal-open
    with open(f"/srv/lab/shared/{name}") as fh:
        return fh.read()
