# library: Flask + shutil.copy
"""shutil.copy: value from request (args[...])."""
import shutil

from flask import Blueprint, request


bp = Blueprint("pathtraver_archive_12", __name__)

ARCHIVE_DIR = "/srv/app/archive"

CHOICES = {"a": "readme.txt", "b": "terms.txt", "c": "changelog.txt"}


def pick(value):
    return CHOICES.get(value, value)


@bp.get("/archive")
def archive_12():
    param = request.args["name"]
    bar = pick(param)
    src = ARCHIVE_DIR + "/" + bar
    # expect: path-traversal
    shutil.copy(src, "/srv/app/public/latest.bin")
    return {"copied": True}
