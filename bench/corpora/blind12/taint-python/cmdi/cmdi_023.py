# library: Flask + subprocess.check_output(shell=True)
"""subprocess.check_output(shell=True): value from request (files[..].filename)."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_export_12", __name__)

EXPORT_DIR = "/srv/exports"

CHOICES = {"a": "localhost", "b": "db01.internal", "c": "cache01.internal"}


def pick(value):
    return CHOICES.get(value, value)


@bp.route("/export", methods=["POST"])
def export_12():
    upload = request.files["file"]
    param = upload.filename or ""
    bar = pick(param)
    cmd = "tar -czf /tmp/export.tgz -C " + EXPORT_DIR + " "
    cmd += bar
    # expect: command-injection
    output = subprocess.check_output(cmd, shell=True)
    return {"bytes": len(output)}
