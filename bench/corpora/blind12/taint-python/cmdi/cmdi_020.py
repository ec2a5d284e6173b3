# library: Flask + subprocess.run(argv)
"""subprocess.run(argv): value from request (args.getlist)."""
import subprocess

from flask import Blueprint, request


bp = Blueprint("cmdi_listing_10", __name__)


@bp.get("/listing")
def listing_10():
    values = request.args.getlist("name")
    param = values[0] if values else ""
    bar = param
    argv = ["ls", "-la", "--"]
    argv.append("/srv/share/" + bar)
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    return {"listing": proc.stdout.splitlines()}
