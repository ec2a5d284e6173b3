"""Network diagnostics page of the appliance's admin UI (Flask)."""
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("tools", __name__, url_prefix="/tools")

REPORTS = {"disk": ["df", "-h"], "mem": ["free", "-m"], "uptime": ["uptime"]}


@bp.route("/dns")
def dns_lookup():
    domain = request.args.get("domain", "")
    # expect: command-injection
    out = subprocess.check_output(f"dig +short {domain}", shell=True, text=True)
    return jsonify(answers=out.split())


@bp.route("/trace", methods=["POST"])
def traceroute():
    target = request.form["target"]
    # expect: command-injection
    proc = subprocess.run(["sh", "-c", "traceroute -m 15 " + target], capture_output=True, text=True, timeout=60)
    return jsonify(output=proc.stdout)


@bp.route("/script/<name>")
def run_script(name):
    # expect: command-injection
    proc = subprocess.run(["python3", name], capture_output=True, text=True, timeout=30)
    return jsonify(output=proc.stdout)


@bp.route("/ping")
def ping():
    host = request.args.get("host", "")
    if not host or host.startswith("-"):
        abort(400)
    proc = subprocess.run(["ping", "-c", "3", "--", host], capture_output=True, text=True, timeout=15)
    return jsonify(output=proc.stdout)


@bp.route("/report")
def report():
    cmd = REPORTS.get(request.args.get("kind"))
    if cmd is None:
        abort(404)
    return jsonify(output=subprocess.run(cmd, capture_output=True, text=True).stdout)


@bp.route("/whois")
def whois():
    domain = request.args.get("domain", "")
    return jsonify(output=subprocess.run(["whois", "--", domain], capture_output=True, text=True).stdout)


@bp.route("/version")
def version():
    return jsonify(version=subprocess.check_output(["git", "describe", "--tags"], text=True).strip())
