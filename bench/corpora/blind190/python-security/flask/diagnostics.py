"""Network diagnostics page of the router admin UI."""
import ipaddress
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("diag", __name__, url_prefix="/diag")

TOOLS = {"ping": ["ping", "-c", "3"], "trace": ["traceroute", "-m", "15"]}


def _valid_host(value):
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        abort(400, "not an IP address")


@bp.route("/ping")
def ping():
    host = _valid_host(request.args.get("host", ""))
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=20)
    return jsonify(output=out.stdout)


@bp.route("/traceroute")
def traceroute():
    host = request.args.get("host", "")
    # expect: command-injection
    out = subprocess.run(f"traceroute -m 15 {host}", shell=True, capture_output=True, text=True, timeout=60)
    return jsonify(output=out.stdout)


@bp.route("/dns/<name>")
def dns(name):
    # expect: command-injection
    out = subprocess.check_output(["sh", "-c", "dig +short " + name], text=True, timeout=10)
    return jsonify(answers=out.split())


@bp.route("/tool/<tool>")
def run_tool(tool):
    if tool not in TOOLS:
        abort(404)
    host = _valid_host(request.args.get("host", ""))
    out = subprocess.run(TOOLS[tool] + [host], capture_output=True, text=True, timeout=60)
    return jsonify(output=out.stdout)


@bp.route("/uptime")
def uptime():
    out = subprocess.run(["uptime"], capture_output=True, text=True)
    return jsonify(output=out.stdout.strip())


@bp.route("/interfaces")
def interfaces():
    cmd = ["ip", "-brief", "address"]
    return jsonify(output=subprocess.check_output(cmd, text=True))
