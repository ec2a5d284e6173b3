import os

from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
ATTACH_DIR = "/srv/app/attachments"
NOTES_DIR = "/srv/app/notes"


@app.route("/attachments/<filename>")
def attachment(filename):
    # expect: path-traversal
    with open(os.path.join(ATTACH_DIR, filename), "rb") as fh:
        return fh.read()


@app.route("/notes")
def note():
    name = request.args.get("name", "readme.txt")
    path = NOTES_DIR + "/" + name
    # expect: path-traversal
    fh = open(path, encoding="utf-8")
    try:
        return fh.read()
    finally:
        fh.close()


@app.route("/notes", methods=["POST"])
def save_note():
    # expect: path-traversal
    with open(f"{NOTES_DIR}/{request.form['title']}.txt", "w", encoding="utf-8") as fh:
        fh.write(request.form["body"])
    return "", 201


@app.route("/export/<user>/<report>")
def export(user, report):
    target = os.path.join("/srv/app/exports", user, report + ".csv")
    # expect: path-traversal
    return open(target, encoding="utf-8").read()


@app.route("/attachments-safe/<filename>")
def attachment_safe(filename):
    return send_from_directory(ATTACH_DIR, filename)


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    name = secure_filename(f.filename)
    if not name:
        abort(400)
    with open(os.path.join(ATTACH_DIR, name), "wb") as out:
        out.write(f.read())
    return "", 201


@app.route("/changelog")
def changelog():
    with open(os.path.join(os.path.dirname(__file__), "CHANGELOG.md"), encoding="utf-8") as fh:
        return fh.read()
