"""Report download and upload endpoints."""
import os

from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

files = Blueprint("files", __name__)

REPORT_DIR = "/srv/reports"


@files.route("/reports/<name>")
def report(name):
    # expect: path-traversal
    with open(os.path.join(REPORT_DIR, name), "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/pdf"}


@files.route("/export")
def export():
    path = request.args.get("path")
    # expect: path-traversal
    with open(path, "rb") as fh:
        return fh.read()


@files.route("/upload", methods=["POST"])
def upload():
    target = os.path.join(current_app.config["UPLOAD_DIR"], request.form["filename"])
    # expect: path-traversal
    with open(target, "wb") as out:
        out.write(request.files["file"].read())
    return "", 204


@files.route("/notes/<user>/<note>")
def note(user, note):
    full = f"/srv/notes/{user}/{note}.txt"
    # expect: path-traversal
    with open(full, encoding="utf-8") as fh:
        return fh.read()


@files.route("/safe-reports/<name>")
def safe_report(name):
    return send_from_directory(REPORT_DIR, name)


@files.route("/safe-upload", methods=["POST"])
def safe_upload():
    name = secure_filename(request.files["file"].filename)
    with open(os.path.join(current_app.config["UPLOAD_DIR"], name), "wb") as out:
        out.write(request.files["file"].read())
    return "", 204


@files.route("/joined/<name>")
def joined(name):
    path = safe_join(REPORT_DIR, name)
    if path is None:
        abort(404)
    with open(path, "rb") as fh:
        return fh.read()
