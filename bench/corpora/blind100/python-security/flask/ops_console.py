"""Small ops blueprint: diagnostics the support team can run from the browser."""
import subprocess

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

ops = Blueprint("ops", __name__, url_prefix="/ops")

ALLOWED_UNITS = {"web": "app-web.service", "worker": "app-worker.service"}


@ops.route("/ping")
@login_required
def ping():
    host = request.args.get("host", "")
    # expect: command-injection
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return jsonify(output=result.stdout)


@ops.route("/logs/<unit>")
@login_required
def logs(unit):
    # expect: command-injection
    out = subprocess.check_output(["sh", "-c", "journalctl -n 200 -u " + unit], text=True)
    return jsonify(lines=out.splitlines())


@ops.route("/report", methods=["POST"])
@login_required
def report():
    payload = request.get_json()
    script = payload["script"]
    # expect: command-injection
    proc = subprocess.Popen(["python3", script], stdout=subprocess.PIPE)
    return jsonify(output=proc.communicate()[0].decode())


@ops.route("/dns", methods=["POST"])
@login_required
def dns():
    name = request.form["name"]
    # expect: command-injection
    out = subprocess.getoutput("dig +short %s" % name)
    return jsonify(answer=out)


@ops.route("/restart/<unit>", methods=["POST"])
@login_required
def restart(unit):
    service = ALLOWED_UNITS.get(unit)
    if service is None:
        abort(404)
    subprocess.run(["systemctl", "restart", service], check=True)
    return jsonify(restarted=service)


@ops.route("/uptime")
@login_required
def uptime():
    return jsonify(uptime=subprocess.check_output(["uptime"], text=True).strip())
