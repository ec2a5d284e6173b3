# library: Flask + os.popen
"""os.popen: value from request (form.get or)."""
import os

from flask import Blueprint, request


bp = Blueprint("cmdi_usage_13", __name__)


@bp.route("/usage", methods=["POST"])
def usage_13():
    param = request.form.get("dir") or ""
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "db01.internal"
    else:
        bar = "cache01.internal"
    # expect: command-injection
    usage = os.popen("du -sh /srv/data/" + bar).read()
    return {"usage": usage.strip()}
