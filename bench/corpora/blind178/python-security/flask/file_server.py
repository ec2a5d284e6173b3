"""Serves uploaded attachments and generated reports for the ticketing tool."""
import os

import flask
from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["TICKETS_SECRET_KEY"]

UPLOAD_DIR = os.environ.get("TICKETS_UPLOAD_DIR", "/srv/tickets/uploads")
REPORT_DIR = "/srv/tickets/reports"
LOGO = os.path.join(os.path.dirname(__file__), "static", "logo.png")


@app.route("/attachments/<path:filename>")
def attachment(filename):
    return send_from_directory(UPLOAD_DIR, filename, as_attachment=True)


@app.route("/raw/<path:filename>")
def raw_attachment(filename):
    # expect: path-traversal
    return flask.send_file(filename, as_attachment=False)


@app.route("/reports/download")
def download_report():
    name = request.args.get("name", "")
    # expect: path-traversal
    return flask.send_file(os.path.join(REPORT_DIR, name), mimetype="application/pdf")


@app.route("/reports/<filename>")
def report(filename):
    safe = secure_filename(filename)
    full = os.path.realpath(os.path.join(REPORT_DIR, safe))
    if not safe or os.path.commonpath([full, REPORT_DIR]) != REPORT_DIR or not os.path.isfile(full):
        abort(404)
    return flask.send_file(full, mimetype="application/pdf")


@app.route("/logo.png")
def logo():
    return flask.send_file(LOGO, mimetype="image/png", max_age=86400)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if not name:
        abort(400)
    f.save(os.path.join(UPLOAD_DIR, name))
    return {"stored": name}, 201
