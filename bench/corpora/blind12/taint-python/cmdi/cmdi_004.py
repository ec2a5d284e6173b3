# library: Flask + subprocess.run(shell=True)
"""subprocess.run(shell=True): value from request (route param)."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_lookup_2", __name__)

DEFAULT_VALUE = "localhost"


@bp.route("/lookup/<target>")
def lookup_2(target):
    param = target
    bar = param.strip()
    bar = DEFAULT_VALUE
    result = subprocess.run("nslookup %s" % bar, shell=True, capture_output=True, text=True)
    return {"output": result.stdout.splitlines()}
