# library: Flask + shutil.copy
"""shutil.copy: value from request (route param)."""
import os
import shutil

from flask import Blueprint, request


bp = Blueprint("pathtraver_archive_6", __name__)

ARCHIVE_DIR = "/srv/app/archive"


@bp.get("/archive/<file>")
def archive_6(file):
    param = file
    switch_target = "C"
    match switch_target:
        case "A":
            bar = "readme.txt"
        case "B":
            bar = "terms.txt"
        case _:
            bar = param
    src = ARCHIVE_DIR + "/" + os.path.basename(bar)
    shutil.copy(src, "/srv/app/public/latest.bin")
    return {"copied": True}
