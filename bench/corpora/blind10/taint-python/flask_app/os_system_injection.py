# library: Flask (request data into os.system / subprocess)
"""Network tools page of the admin panel."""
import os
import re
import subprocess

from flask import Blueprint, abort, request

bp = Blueprint("nettools", __name__)
HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


@bp.get("/ping")
def ping():
    host = request.args.get("host", "")
    # expect: command-injection
    os.system("ping -c 3 " + host)
    return "queued"


@bp.get("/ping-safe")
def ping_safe():
    host = request.args.get("host", "")
    if not HOST_RE.match(host):
        abort(400)
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=15)
    return out.stdout, 200, {"Content-Type": "text/plain"}


@bp.post("/dig")
def dig():
    record = request.form["record"]
    # expect: command-injection
    out = subprocess.check_output(f"dig +short {record}", shell=True, text=True)
    return out, 200, {"Content-Type": "text/plain"}


@bp.get("/whois/<domain>")
def whois(domain):
    # expect: command-injection
    return os.popen("whois %s" % domain).read(), 200, {"Content-Type": "text/plain"}
