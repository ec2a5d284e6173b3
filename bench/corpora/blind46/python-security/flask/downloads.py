"""File download routes of the document portal."""
import os

import flask
from flask import Flask, abort, send_from_directory
from flask import send_file as serve
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/portal/uploads"
REPORT_DIR = "/srv/portal/reports"


@app.route("/raw/<path:filename>")
def raw(filename):
    # expect: path-traversal
    return flask.send_file(filename)


@app.route("/uploads/<path:filename>")
def upload(filename):
    # expect: path-traversal
    return flask.send_file(os.path.join(UPLOAD_DIR, filename), as_attachment=True)


@app.route("/reports/<path:filename>")
def report(filename):
    # expect: path-traversal
    return serve(f"{REPORT_DIR}/{filename}", mimetype="application/pdf")


@app.route("/exports/<path:filename>")
def export(filename):
    full = REPORT_DIR + "/exports/" + filename
    if not os.path.exists(full):
        abort(404)
    # expect: path-traversal
    return serve(full, download_name=os.path.basename(full))


@app.route("/files/<path:filename>")
def files(filename):
    return send_from_directory(UPLOAD_DIR, filename, as_attachment=True)


@app.route("/avatar/<filename>")
def avatar(filename):
    return flask.send_file(os.path.join(UPLOAD_DIR, "avatars", secure_filename(filename)))


@app.route("/terms")
def terms():
    return flask.send_file("static/terms.pdf")
