# library: Flask + shutil.copy
"""shutil.copy: value from request (values)."""
import shutil

from flask import Flask, request


app = Flask(__name__)

ARCHIVE_DIR = "/srv/app/archive"


@app.get("/archive")
def archive_18():
    param = request.values.get("doc", "")
    switch_target = "B"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "terms.txt"
        case _:
            bar = "changelog.txt"
    src = ARCHIVE_DIR + "/" + bar
    shutil.copy(src, "/srv/app/public/latest.bin")
    return {"copied": True}
