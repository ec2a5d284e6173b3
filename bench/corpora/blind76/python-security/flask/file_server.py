"""Download endpoints for the reports service."""
import io
import os

import flask
from flask import Flask, abort, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
REPORT_DIR = "/srv/reports"
EXPORT_DIR = os.path.join(REPORT_DIR, "exports")


@app.route("/reports/<filename>")
def report(filename):
    # expect: path-traversal
    return flask.send_file(filename)


@app.route("/exports/<path:filename>")
def export(filename):
    # expect: path-traversal
    return send_file(os.path.join(EXPORT_DIR, filename), as_attachment=True)


@app.route("/raw/<filename>")
def raw(filename):
    full = REPORT_DIR + "/" + filename
    if not os.path.exists(full):
        abort(404)
    # expect: path-traversal
    return send_file(full, mimetype="application/octet-stream")


@app.route("/archive/<filename>")
def archive(filename):
    # expect: path-traversal
    return flask.send_file(f"{REPORT_DIR}/archive/{filename}",
                           download_name=filename)


@app.route("/static-reports/<path:filename>")
def static_report(filename):
    return send_from_directory(REPORT_DIR, filename)


@app.route("/checked/<filename>")
def checked(filename):
    path = safe_join(EXPORT_DIR, secure_filename(filename))
    if path is None or not os.path.isfile(path):
        abort(404)
    return send_file(path)


@app.route("/generated/<filename>")
def generated(filename):
    buf = io.BytesIO(render_csv())
    return send_file(buf, mimetype="text/csv", download_name=secure_filename(filename), as_attachment=True)


def render_csv():
    return b"id,total\n1,10\n"
