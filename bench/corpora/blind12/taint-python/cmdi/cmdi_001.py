# library: Flask + os.system
"""os.system: value from request (form[...])."""
import os

from flask import Blueprint, request


bp = Blueprint("cmdi_ping_1", __name__)


@bp.post("/ping")
def ping_1():
    param = request.form["host"]
    mode = "custom"
    if mode == "custom":
        bar = param
    elif mode == "plain":
        bar = "db01.internal"
    else:
        bar = "cache01.internal"
    # expect: command-injection
    status = os.system(f"ping -c 1 {bar}")
    return {"status": status}
