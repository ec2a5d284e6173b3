import shlex
import subprocess

from flask import Blueprint, jsonify, request

from portal.helpers import system
from portal.helpers.params import form_value, header_value

bp = Blueprint("ops", __name__, url_prefix="/ops")

KNOWN_HOSTS = {"db1": "10.0.0.11", "db2": "10.0.0.12", "cache": "10.0.0.20"}


@bp.post("/ping")
def ping():
    host = form_value("host") or "localhost"
    return jsonify(output=system.ping(host))


@bp.post("/ping-known")
def ping_known():
    alias = request.form.get("alias", "")
    if alias not in KNOWN_HOSTS:
        return jsonify(error="unknown host"), 400
    return jsonify(output=system.ping(KNOWN_HOSTS[alias]))


@bp.post("/ping-safe")
def ping_safe():
    return jsonify(output=system.ping_safe(request.form["host"]))


@bp.post("/trace")
def trace():
    target = request.form.get("target", "")
    cmd = ["sh", "-c"]
    cmd.append(f"traceroute -m 10 {target} | tail -n 5")
    # expect: command-injection
    return jsonify(output=subprocess.run(cmd, capture_output=True, text=True).stdout)


@bp.post("/trace-quoted")
def trace_quoted():
    target = request.form.get("target", "")
    script = f"traceroute -m 10 {shlex.quote(target)} | tail -n 5"
    return jsonify(output=subprocess.run(["sh", "-c", script], capture_output=True, text=True).stdout)


@bp.post("/trace-positional")
def trace_positional():
    target = request.form.get("target", "")
    argv = ["sh", "-c", 'traceroute -m 10 "$1" | tail -n 5', "trace", target]
    return jsonify(output=subprocess.run(argv, capture_output=True, text=True).stdout)


@bp.get("/whoami")
def whoami():
    agent = header_value("X-Agent-Id")
    if not agent:
        agent = "anonymous"
    # expect: command-injection
    subprocess.Popen("logger -t portal 'agent=" + agent + "'", shell=True)
    return jsonify(agent=agent)


@bp.post("/grep")
def grep_logs():
    pattern = request.form.get("pattern", "")
    args = ["grep", "-F", "--", pattern, "/var/log/portal/app.log"]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    return jsonify(lines=out.splitlines()[-50:])


@bp.get("/uptime")
def uptime():
    return jsonify(output=system.uptime())
