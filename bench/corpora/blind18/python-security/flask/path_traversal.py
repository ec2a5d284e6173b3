"""Attachment download endpoints."""
import os
from pathlib import Path

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
ATTACHMENTS = "/srv/attachments"
ROOT = Path(ATTACHMENTS).resolve()


@app.get("/files/<name>")
def download(name):
    # safe: send_from_directory rejects paths outside the directory
    return send_from_directory(ATTACHMENTS, name)


@app.get("/files/raw")
def download_raw():
    name = request.args["name"]
    # expect: path-traversal
    return send_file(os.path.join(ATTACHMENTS, name))


@app.get("/files/text")
def read_text():
    path = ATTACHMENTS + "/" + request.args.get("path", "")
    # expect: path-traversal
    with open(path) as fh:
        return fh.read()


@app.get("/files/preview")
def preview():
    target = ROOT / request.args["path"]
    # expect: path-traversal
    return target.read_bytes()[:4096]


@app.get("/files/checked")
def checked():
    target = (ROOT / request.args["path"]).resolve()
    if not target.is_relative_to(ROOT):
        abort(404)
    # safe: resolved and checked
    return send_file(target)


@app.post("/files")
def upload():
    f = request.files["file"]
    # safe: secure_filename
    f.save(os.path.join(ATTACHMENTS, secure_filename(f.filename)))
    return "", 201


@app.post("/files/unsafe")
def upload_unsafe():
    f = request.files["file"]
    # expect: path-traversal
    f.save(os.path.join(ATTACHMENTS, f.filename))
    return "", 201


@app.delete("/files/<path:subpath>")
def delete(subpath):
    # expect: path-traversal
    os.remove(os.path.join(ATTACHMENTS, subpath))
    return "", 204
