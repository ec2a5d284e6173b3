# library: Flask (send_file, send_from_directory, uploads)
"""Invoice downloads and avatar uploads."""
import os

from flask import Blueprint, abort, current_app, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("downloads", __name__)
INVOICES = "/srv/portal/invoices"
AVATARS = "/srv/portal/avatars"


@bp.get("/invoice")
def invoice():
    name = request.args["file"]
    # expect: path-traversal
    return send_file(os.path.join(INVOICES, name), as_attachment=True)


@bp.get("/invoice-safe")
def invoice_safe():
    return send_from_directory(INVOICES, request.args["file"], as_attachment=True)


@bp.post("/avatar")
def avatar():
    f = request.files["avatar"]
    # expect: path-traversal
    f.save(os.path.join(AVATARS, f.filename))
    return "", 204


@bp.post("/avatar-safe")
def avatar_safe():
    f = request.files["avatar"]
    name = secure_filename(f.filename)
    if not name:
        abort(400)
    f.save(os.path.join(AVATARS, name))
    return "", 204


@bp.get("/log")
def log_tail():
    day = request.args.get("day", "today")
    # expect: path-traversal
    with open(f"{current_app.config['LOG_DIR']}/{day}.log") as fh:
        return fh.read()[-5000:], 200, {"Content-Type": "text/plain"}
