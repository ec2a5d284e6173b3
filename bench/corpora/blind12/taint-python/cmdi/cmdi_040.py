# library: Flask + os.popen
"""os.popen: value from request (args.get default)."""
import os

from flask import Blueprint, request


bp = Blueprint("cmdi_usage_20", __name__)


@bp.route("/usage")
def usage_20():
    param = request.args.get("name", "")
    num = 70
    bar = param if 7 * 18 + num > 200 else "localhost"
    usage = os.popen("du -sh /srv/data/" + bar).read()
    return {"usage": usage.strip()}
