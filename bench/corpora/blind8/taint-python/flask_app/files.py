# library: Flask / werkzeug
"""Attachment download and upload endpoints."""
import os

from flask import Blueprint, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__)
UPLOADS = "/srv/helpdesk/uploads"


@bp.get("/attachments/<path:name>")
def attachment(name):
    return send_from_directory(UPLOADS, name, as_attachment=True)


@bp.get("/attachments-legacy")
def attachment_legacy():
    name = request.args.get("file", "")
    # expect: path-traversal
    return send_file(os.path.join(UPLOADS, name), as_attachment=True)


@bp.post("/attachments")
def upload():
    f = request.files["file"]
    filename = secure_filename(f.filename)
    if not filename:
        abort(400)
    f.save(os.path.join(UPLOADS, filename))
    return {"name": filename}, 201


@bp.post("/attachments/raw")
def upload_raw():
    f = request.files["file"]
    # expect: path-traversal
    f.save(os.path.join(UPLOADS, f.filename))
    return {"name": f.filename}, 201


@bp.delete("/attachments")
def delete():
    name = request.json.get("name", "")
    path = os.path.realpath(os.path.join(UPLOADS, name))
    if os.path.commonpath([path, UPLOADS]) != UPLOADS:
        abort(400)
    os.remove(path)
    return "", 204


@bp.get("/logs")
def logs():
    day = request.args.get("day", "today")
    # expect: path-traversal
    with open(f"/var/log/helpdesk/{day}.log") as fh:
        return fh.read(), 200, {"Content-Type": "text/plain"}
