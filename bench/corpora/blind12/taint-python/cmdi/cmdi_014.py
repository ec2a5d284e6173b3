# library: Flask + subprocess.call
"""subprocess.call: value from request (view_args)."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_count_7", __name__)

ALLOWED = {"localhost", "db01.internal", "cache01.internal"}


@bp.get("/count/<target>")
def count_7(target):
    param = request.view_args["target"]
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    cmd = ["wc", "-l", "/srv/reports/" + bar]
    code = subprocess.call(cmd)
    return {"exit": code}
