# library: Flask + os.remove
"""os.remove: value from request (cookies)."""
import os

from flask import Blueprint, abort, request


bp = Blueprint("pathtraver_remove_10", __name__)

BASE_DIR = "/srv/app/uploads"


@bp.route("/remove")
def remove_10():
    param = request.cookies.get("report", "")
    bar = param
    target = os.path.realpath(os.path.join(BASE_DIR, bar))
    if os.path.commonpath([target, BASE_DIR]) != BASE_DIR:
        abort(400)
    os.remove(target)
    return {"deleted": bar}
