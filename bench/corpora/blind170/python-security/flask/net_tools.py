"""Network diagnostics page of the router admin UI."""
import ipaddress
import subprocess

from flask import Blueprint, abort, jsonify, request

from .auth import admin_required

bp = Blueprint("net_tools", __name__)

TOOLS = {"ping": ["ping", "-c", "3"], "trace": ["traceroute", "-m", "15"]}


def _valid_host(value):
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        abort(400)


@bp.route("/tools/ping")
@admin_required
def ping():
    host = _valid_host(request.args.get("host", ""))
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=20)
    return jsonify({"output": out.stdout})


@bp.route("/tools/lookup")
@admin_required
def lookup():
    name = request.args.get("name", "")
    # expect: command-injection
    out = subprocess.run(f"nslookup {name}", shell=True, capture_output=True, text=True, timeout=20)
    return jsonify({"output": out.stdout})


@bp.route("/tools/<tool>/<target>")
@admin_required
def run_tool(tool, target):
    argv = TOOLS.get(tool)
    if argv is None:
        abort(404)
    out = subprocess.run(argv + [_valid_host(target)], capture_output=True, text=True, timeout=60)
    return jsonify({"output": out.stdout})


@bp.route("/tools/capture", methods=["POST"])
@admin_required
def capture():
    payload = request.get_json(force=True)
    bpf = payload.get("filter", "")
    # expect: command-injection
    subprocess.Popen(["sh", "-c", "timeout 30 tcpdump -i eth0 -w /tmp/capture.pcap " + bpf])
    return jsonify({"started": True}), 202


@bp.route("/tools/uptime")
@admin_required
def uptime():
    out = subprocess.run(["uptime"], capture_output=True, text=True)
    return jsonify({"output": out.stdout.strip()})
