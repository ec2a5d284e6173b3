# library: Flask + open + os.path.join
"""open + os.path.join: value from request (args.get + guard)."""
import os

from flask import Flask, request
from werkzeug.utils import secure_filename


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"

ALLOWED = {"readme.txt", "terms.txt", "changelog.txt"}


@app.route("/files")
def files_19():
    param = request.args.get("path")
    if not param:
        param = ""
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        content = fh.read()
    return {"content": content}
