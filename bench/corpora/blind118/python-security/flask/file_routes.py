"""Attachment and export download routes (Flask)."""
import os

import flask
from flask import Flask, abort, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/srv/app/uploads")
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/srv/app/exports")


@app.route("/uploads/<path:filename>")
def uploaded_file(filename):
    return send_from_directory(UPLOAD_DIR, filename)


@app.route("/download/<filename>")
def download(filename):
    # expect: path-traversal
    return send_file(filename, as_attachment=True)


@app.route("/exports/<filename>")
def export_file(filename):
    # expect: path-traversal
    return flask.send_file(filename, mimetype="text/csv", download_name="export.csv")


@app.route("/reports/<filename>")
def report(filename):
    # expect: path-traversal
    return send_file(os.path.join(EXPORT_DIR, filename))


@app.route("/avatars/<filename>")
def avatar(filename):
    safe = secure_filename(filename)
    path = os.path.join(UPLOAD_DIR, "avatars", safe)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/png")


@app.route("/logo")
def logo():
    return send_file(os.path.join(app.root_path, "static", "logo.svg"))
