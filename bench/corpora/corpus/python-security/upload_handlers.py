"""File download/upload endpoints for the document store."""
import os
import tarfile
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_ROOT = "/srv/docs"


@app.route("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_ROOT, name)


@app.route("/raw")
def download_raw():
    name = request.args["name"]
    # expect: path-traversal
    return send_file(os.path.join(UPLOAD_ROOT, name))


@app.route("/raw/safe")
def download_raw_safe():
    name = request.args["name"]
    full = os.path.realpath(os.path.join(UPLOAD_ROOT, name))
    if os.path.commonpath([full, UPLOAD_ROOT]) != UPLOAD_ROOT:
        abort(404)
    return send_file(full)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    dest = os.path.join(UPLOAD_ROOT, secure_filename(f.filename))
    f.save(dest)
    return {"saved": os.path.basename(dest)}


@app.route("/upload/unsafe", methods=["POST"])
def upload_unsafe():
    f = request.files["file"]
    # expect: path-traversal
    f.save(os.path.join(UPLOAD_ROOT, f.filename))
    return {"saved": f.filename}


@app.route("/notes")
def read_note():
    note = request.args.get("note", "readme.txt")
    # expect: path-traversal
    with open(Path(UPLOAD_ROOT) / note) as fh:
        return fh.read()


@app.route("/import", methods=["POST"])
def import_bundle():
    f = request.files["bundle"]
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        # expect: path-traversal
        tar.extractall(UPLOAD_ROOT)
    return "", 204


@app.route("/import/safe", methods=["POST"])
def import_bundle_safe():
    f = request.files["bundle"]
    with tarfile.open(fileobj=f.stream, mode="r:gz") as tar:
        tar.extractall(UPLOAD_ROOT, filter="data")
    return "", 204


@app.route("/templates")
def list_templates():
    names = sorted(os.listdir(os.path.join(UPLOAD_ROOT, "templates")))
    return {"templates": names}


@app.route("/delete", methods=["POST"])
def delete_doc():
    name = request.form["name"]
    # expect: path-traversal
    os.remove(UPLOAD_ROOT + "/" + name)
    return "", 204


@app.route("/export")
def export_file():
    # expect: path-traversal
    return send_file(request.args["path"], as_attachment=True)
