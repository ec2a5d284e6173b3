# library: Flask + os.remove
"""os.remove: value from request (files[..].filename)."""
import os

from flask import Blueprint, request


bp = Blueprint("pathtraver_remove_16", __name__)

BASE_DIR = "/srv/app/uploads"


@bp.post("/remove")
def remove_16():
    upload = request.files["file"]
    param = upload.filename or ""
    values = []
    values.append("readme.txt")
    values.append(param)
    values.append("terms.txt")
    values.pop(0)
    bar = values[1]
    os.remove(f"{BASE_DIR}/{bar}")
    return {"deleted": bar}
