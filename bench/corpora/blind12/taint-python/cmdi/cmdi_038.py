# library: Flask + subprocess.check_output(shell=True)
"""subprocess.check_output(shell=True): value from request (route param)."""
import shlex
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_export_19", __name__)

EXPORT_DIR = "/srv/exports"

ALLOWED = {"localhost", "db01.internal", "cache01.internal"}


@bp.get("/export/<pattern>")
def export_19(pattern):
    param = pattern
    if not param:
        return {"error": "missing value"}, 400
    bar = param
    cmd = "tar -czf /tmp/export.tgz -C " + EXPORT_DIR + " "
    cmd += shlex.quote(bar)
    output = subprocess.check_output(cmd, shell=True)
    return {"bytes": len(output)}
