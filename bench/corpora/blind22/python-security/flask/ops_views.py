"""Operations endpoints used by the on-call dashboard."""
import os
import shlex
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("ops", __name__, url_prefix="/ops")

SERVICES = {"web", "worker", "scheduler"}


@bp.post("/restart")
def restart():
    svc = request.json.get("service", "")
    if svc not in SERVICES:
        abort(400)
    subprocess.run(["systemctl", "restart", f"app-{svc}"], check=True)
    return jsonify(ok=True)


@bp.post("/logs")
def logs():
    svc = request.json.get("service", "web")
    lines = request.json.get("lines", "100")
    # expect: command-injection
    out = subprocess.run(f"journalctl -u app-{svc} -n {lines}", shell=True, capture_output=True, text=True)
    return jsonify(out=out.stdout)


@bp.post("/grep")
def grep():
    pattern = request.form["pattern"]
    cmd = "grep -r " + shlex.quote(pattern) + " /var/log/app"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify(out=out.stdout)


@bp.post("/archive")
def archive():
    name = request.form["name"]
    # expect: command-injection
    os.system("tar czf /backups/%s.tgz /srv/app/data" % name)
    return jsonify(ok=True)


@bp.get("/disk")
def disk():
    mount = request.args.get("mount", "/")
    # expect: command-injection
    stream = os.popen("df -h " + mount)
    return jsonify(out=stream.read())


@bp.post("/eval")
def evaluate():
    formula = request.json["formula"]
    # expect: code-injection
    return jsonify(result=eval(formula, {"__builtins__": {}}))
