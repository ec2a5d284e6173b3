"""Admin-only maintenance endpoints (behind the VPN, but still reachable by staff browsers)."""

from __future__ import annotations

import os
import shlex
import subprocess as sp
from os import popen as shell_out

from flask import Blueprint, jsonify, request

bp = Blueprint("admin_tools", __name__, url_prefix="/admin/tools")
REPORTS = {"daily": "reports/daily.sh", "weekly": "reports/weekly.sh"}


@bp.post("/ping")
def ping():
    host = request.form.get("host", "")
    # expect: command-injection
    out = sp.check_output("ping -c 1 " + host, shell=True, text=True)
    return jsonify(out=out)


@bp.post("/ping-safe")
def ping_safe():
    host = request.form.get("host", "")
    out = sp.check_output(["ping", "-c", "1", host], text=True)
    return jsonify(out=out)


@bp.post("/dig")
def dig():
    data = request.get_json(force=True)
    name, rtype = data["name"], data.get("type", "A")
    cmd = "dig +short {} {}".format(name, rtype)
    # expect: command-injection
    return jsonify(out=shell_out(cmd).read())


@bp.post("/dig-quoted")
def dig_quoted():
    data = request.get_json(force=True)
    cmd = "dig +short " + shlex.quote(data["name"])
    return jsonify(out=sp.run(cmd, shell=True, capture_output=True, text=True).stdout)


@bp.post("/report")
def report():
    which = request.form["which"]
    script = REPORTS.get(which)
    if script is None:
        return jsonify(error="unknown report"), 400
    return jsonify(out=sp.run(["bash", script], capture_output=True, text=True).stdout)


@bp.post("/archive")
def archive():
    params = request.form.to_dict()
    target = params.get("target", "logs")
    # expect: command-injection
    os.system(f"tar czf /srv/archive/{target}.tgz /srv/{target}")
    return jsonify(ok=True)
