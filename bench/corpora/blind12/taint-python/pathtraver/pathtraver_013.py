# library: Flask + open + os.path.join
"""open + os.path.join: value from request (args.get default)."""
import os

from flask import Flask, request


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"

ALLOWED = {"readme.txt", "terms.txt", "changelog.txt"}


@app.get("/files")
def files_7():
    param = request.args.get("name", "")
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    # expect: path-traversal
    with open(os.path.join(BASE_DIR, bar)) as fh:
        content = fh.read()
    return {"content": content}
