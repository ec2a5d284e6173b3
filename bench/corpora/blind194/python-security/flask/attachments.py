"""Ticket attachments: upload, download and previews."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("attachments", __name__)


def _root():
    return current_app.config["ATTACHMENT_ROOT"]


@bp.route("/tickets/<int:ticket_id>/attachments", methods=["POST"])
def upload(ticket_id):
    f = request.files["file"]
    name = secure_filename(f.filename)
    folder = os.path.join(_root(), str(ticket_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, name))
    return {"name": name}, 201


@bp.route("/tickets/<int:ticket_id>/attachments/<path:name>")
def download(ticket_id, name):
    return send_from_directory(os.path.join(_root(), str(ticket_id)), name, as_attachment=True)


@bp.route("/tickets/<int:ticket_id>/preview/<name>")
def preview(ticket_id, name):
    path = os.path.join(_root(), str(ticket_id), name)
    # expect: path-traversal
    with open(path, "rb") as fh:
        head = fh.read(4096)
    return head.decode("utf-8", errors="replace"), 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.route("/tickets/export-log")
def export_log():
    log_name = request.args.get("log", "export.log")
    # expect: path-traversal
    return open(os.path.join(current_app.config["LOG_DIR"], log_name), encoding="utf-8").read()


@bp.route("/tickets/<int:ticket_id>/checksum/<name>")
def checksum(ticket_id, name):
    folder = os.path.realpath(os.path.join(_root(), str(ticket_id)))
    target = os.path.realpath(os.path.join(folder, name))
    if os.path.commonpath([folder, target]) != folder:
        abort(404)
    with open(target, "rb") as fh:
        import hashlib
        return {"sha256": hashlib.sha256(fh.read()).hexdigest()}
