# library: Flask + open + os.path.join
"""open + os.path.join: value from request (values)."""
import os

from flask import Flask, request


app = Flask(__name__)

BASE_DIR = "/srv/app/uploads"


@app.get("/files")
def files_1():
    param = request.values.get("file", "")
    mode = "plain"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "terms.txt"
    else:
        bar = "changelog.txt"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        content = fh.read()
    return {"content": content}
