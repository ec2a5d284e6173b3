# library: Flask + subprocess.call
"""subprocess.call: value from request (values)."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_count_14", __name__)

DEFAULT_VALUE = "localhost"


@bp.get("/count")
def count_14():
    param = request.values.get("pattern", "")
    bar = DEFAULT_VALUE
    if param:
        bar = param.strip()
    cmd = " ".join(["wc", "-l", "/srv/reports/" + bar])
    # expect: command-injection
    code = subprocess.call(cmd, shell=True)
    return {"exit": code}
