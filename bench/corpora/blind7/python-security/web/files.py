import os
from pathlib import Path

from flask import Blueprint, abort, current_app, render_template_string, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("files", __name__, url_prefix="/files")

REPORTS_DIR = Path("/srv/reports")


@bp.get("/report")
def report():
    name = request.args.get("name", "")
    # expect: path-traversal
    return send_file(os.path.join(REPORTS_DIR, name))


@bp.get("/report/<path:name>")
def report_safe(name):
    return send_from_directory(REPORTS_DIR, name)


@bp.post("/upload")
def upload():
    f = request.files["file"]
    filename = secure_filename(f.filename or "")
    if not filename:
        abort(400)
    f.save(os.path.join(current_app.config["UPLOAD_DIR"], filename))
    return {"saved": filename}


@bp.get("/preview")
def preview():
    title = request.args.get("title", "Preview")
    # expect: server-side-template-injection
    return render_template_string("<h1>" + title + "</h1>{{ body }}", body="...")


@bp.get("/preview-safe")
def preview_safe():
    return render_template_string("<h1>{{ title }}</h1>", title=request.args.get("title", "Preview"))
