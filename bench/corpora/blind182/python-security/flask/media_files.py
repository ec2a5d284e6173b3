"""Serve user uploads and generated exports."""
import os

import flask
from flask import Flask, abort, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/srv/app/uploads")
EXPORT_DIR = os.environ.get("EXPORT_DIR", "/srv/app/exports")
BRAND_LOGO = os.path.join(os.path.dirname(__file__), "static", "logo.png")


@app.route("/uploads/<path:filename>")
def uploaded_file(filename):
    return send_from_directory(UPLOAD_DIR, filename)


@app.route("/attachments/<filename>")
def attachment(filename):
    # expect: path-traversal
    return flask.send_file(filename, as_attachment=True)


@app.route("/exports/<path:filename>")
def export_file(filename):
    # expect: path-traversal
    return flask.send_file(os.path.join(EXPORT_DIR, filename), mimetype="text/csv")


@app.route("/thumbs/<filename>")
def thumbnail(filename):
    safe = secure_filename(filename)
    full = os.path.realpath(os.path.join(UPLOAD_DIR, "thumbs", safe))
    if os.path.commonpath([full, os.path.realpath(UPLOAD_DIR)]) != os.path.realpath(UPLOAD_DIR):
        abort(404)
    return flask.send_file(full, mimetype="image/webp")


@app.route("/logo.png")
def logo():
    return flask.send_file(BRAND_LOGO, mimetype="image/png")


@app.route("/reports/<int:report_id>")
def report(report_id):
    path = os.path.join(EXPORT_DIR, f"report-{report_id}.pdf")
    if not os.path.exists(path):
        abort(404)
    return flask.send_file(path, mimetype="application/pdf")
