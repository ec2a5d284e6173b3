# library: Flask + os.remove
"""os.remove: value from request (cookies)."""
import os

from flask import Blueprint, request


bp = Blueprint("pathtraver_remove_10", __name__)

BASE_DIR = "/srv/app/uploads"


@bp.route("/remove")
def remove_10():
    param = request.cookies.get("report", "")
    bar = param
    # expect: path-traversal
    os.remove(f"{BASE_DIR}/{bar}")
    return {"deleted": bar}
