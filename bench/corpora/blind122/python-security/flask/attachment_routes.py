"""Ticket attachments and exported reports (Flask)."""
import os

from flask import Flask, abort, request, send_from_directory
from werkzeug.security import safe_join
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/helpdesk/uploads"
REPORT_DIR = "/srv/helpdesk/reports"


@app.route("/attachments/<ticket_id>/<filename>")
def attachment(ticket_id, filename):
    path = os.path.join(UPLOAD_DIR, ticket_id, filename)
    # expect: path-traversal
    with open(path, "rb") as fh:
        data = fh.read()
    return data, 200, {"Content-Type": "application/octet-stream"}


@app.route("/notes")
def note():
    # expect: path-traversal
    text = open(os.path.join(UPLOAD_DIR, "notes", request.args.get("name", "index.txt"))).read()
    return {"text": text}


@app.route("/reports", methods=["POST"])
def save_report():
    # expect: path-traversal
    with open(f"{REPORT_DIR}/{request.form['title']}.csv", "w") as out:
        out.write(request.form["body"])
    return {"saved": True}, 201


@app.route("/uploads", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if not name:
        abort(400)
    with open(os.path.join(UPLOAD_DIR, name), "wb") as out:
        out.write(f.read())
    return {"name": name}, 201


@app.route("/reports/<name>")
def report(name):
    path = safe_join(REPORT_DIR, name)
    if path is None or not os.path.isfile(path):
        abort(404)
    with open(path) as fh:
        return {"csv": fh.read()}


@app.route("/downloads/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)


@app.route("/motd")
def motd():
    with open("/srv/helpdesk/motd.txt") as fh:
        return {"motd": fh.read()}
