"""Report download and log viewer endpoints."""
import os
from pathlib import Path

from flask import Flask, abort, request, send_file
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
REPORT_DIR = os.environ.get("REPORT_DIR", "/srv/reports")
LOG_DIR = Path("/var/log/portal")


@app.route("/reports/<name>")
def report(name):
    # expect: path-traversal
    with open(os.path.join(REPORT_DIR, name), "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/pdf"}


@app.route("/exports/<year>/<filename>")
def export(year, filename):
    path = f"{REPORT_DIR}/exports/{year}/{filename}"
    # expect: path-traversal
    fh = open(path, "rb")
    return send_file(fh, download_name=filename)


@app.route("/logs")
def logs():
    log_name = request.args.get("file", "app.log")
    # expect: path-traversal
    with open(LOG_DIR / log_name, encoding="utf-8") as fh:
        return fh.read()[-20000:], 200, {"Content-Type": "text/plain; charset=utf-8"}


@app.route("/notes", methods=["POST"])
def save_note():
    # expect: path-traversal
    with open(request.form["path"], "w", encoding="utf-8") as fh:
        fh.write(request.form.get("body", ""))
    return "", 204


@app.route("/templates/preview")
def preview():
    tpl = request.args["template"]
    # expect: path-traversal
    return open("templates/mail/" + tpl, encoding="utf-8").read()


@app.route("/reports/safe/<name>")
def report_safe(name):
    path = safe_join(REPORT_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        return fh.read(), 200, {"Content-Type": "application/pdf"}


@app.route("/uploads/<filename>")
def upload(filename):
    clean = secure_filename(filename)
    with open(os.path.join("/srv/uploads", clean), "rb") as fh:
        return fh.read()


@app.route("/version")
def version():
    with open("VERSION", encoding="utf-8") as fh:
        return fh.read().strip()
