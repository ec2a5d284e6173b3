"""Attachment download and upload handling."""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

from .helpers import arg

bp = Blueprint("files", __name__)


@bp.get("/attachments/<ticket_id>")
def attachment(ticket_id):
    name = arg("name")
    path = os.path.join(current_app.config["UPLOAD_ROOT"], ticket_id, name)
    # expect: path-traversal
    return send_file(path)


@bp.get("/attachments/<int:ticket_id>/safe")
def attachment_safe(ticket_id):
    return send_from_directory(Path(current_app.config["UPLOAD_ROOT"]) / str(ticket_id), arg("name"))


@bp.get("/exports/<kind>")
def export(kind):
    folder = Path(current_app.config["UPLOAD_ROOT"]) / "exports"
    filename = request.args.get("file") if kind == "custom" else f"{kind}-latest.csv"
    # expect: path-traversal
    return send_file(folder / filename, as_attachment=True)


@bp.get("/exports/<kind>/safe")
def export_safe(kind):
    folder = (Path(current_app.config["UPLOAD_ROOT"]) / "exports").resolve()
    target = (folder / f"{secure_filename(kind)}-latest.csv").resolve()
    if not target.is_relative_to(folder) or not target.exists():
        abort(404)
    return send_file(target, as_attachment=True)


@bp.post("/attachments/<int:ticket_id>")
def upload(ticket_id):
    f = request.files["file"]
    dest = Path(current_app.config["UPLOAD_ROOT"]) / str(ticket_id)
    dest.mkdir(parents=True, exist_ok=True)
    f.save(dest / secure_filename(f.filename))
    return {"ok": True}, 201


@bp.post("/attachments/<int:ticket_id>/raw")
def upload_raw(ticket_id):
    f = request.files["file"]
    dest = Path(current_app.config["UPLOAD_ROOT"]) / str(ticket_id)
    dest.mkdir(parents=True, exist_ok=True)
    # expect: path-traversal
    f.save(os.path.join(dest, f.filename))
    return {"ok": True}, 201


@bp.get("/notes")
def note():
    names = {"faq": "faq.md", "terms": "terms.md"}
    name = names.get(arg("page"), "faq.md")
    with open(os.path.join(current_app.root_path, "notes", name)) as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
