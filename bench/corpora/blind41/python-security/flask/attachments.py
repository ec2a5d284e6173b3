"""Attachment upload/download routes of the support desk."""
import os

from flask import Blueprint, Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
bp = Blueprint("exports", __name__)
ATTACH_DIR = "/srv/desk/attachments"


@app.route("/attachments/<name>")
def download(name):
    # expect: path-traversal
    with open(os.path.join(ATTACH_DIR, name), "rb") as fh:
        return fh.read()


@app.route("/tickets/<ticket_id>/notes/<note>")
def read_note(ticket_id, note):
    path = f"{ATTACH_DIR}/{ticket_id}/{note}.txt"
    # expect: path-traversal
    fh = open(path)
    try:
        return fh.read()
    finally:
        fh.close()


@app.route("/attachments", methods=["POST"])
def upload():
    target = os.path.join(ATTACH_DIR, request.form["filename"])
    # expect: path-traversal
    with open(target, "wb") as out:
        out.write(request.get_data())
    return "", 201


@bp.route("/exports/log")
def export_log():
    log_name = request.args.get("log", "export.log")
    # expect: path-traversal
    return open("/var/log/desk/" + log_name).read()


@app.route("/attachments/safe/<name>")
def download_safe(name):
    return send_from_directory(ATTACH_DIR, name)


@app.route("/attachments/upload-safe", methods=["POST"])
def upload_safe():
    fname = secure_filename(request.files["file"].filename)
    if not fname:
        abort(400)
    with open(os.path.join(ATTACH_DIR, fname), "wb") as out:
        out.write(request.files["file"].read())
    return "", 201
