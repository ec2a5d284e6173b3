"""Small admin endpoints for the ops dashboard (ping, disk usage, log tail)."""
import logging
import os
import shlex
import subprocess

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("admin_tools", __name__, url_prefix="/admin/tools")
log = logging.getLogger(__name__)

ALLOWED_LOGS = {"app": "/var/log/app/app.log", "worker": "/var/log/app/worker.log"}


@bp.route("/ping")
def ping():
    host = request.args.get("host", "")
    # expect: command-injection
    status = os.system("ping -c 1 -W 2 " + host)
    return jsonify(host=host, reachable=status == 0)


@bp.route("/disk", methods=["POST"])
def disk_usage():
    mount = request.form["mount"]
    # expect: command-injection
    rc = os.system(f"df -h {mount} > /var/tmp/disk.txt")
    with open("/var/tmp/disk.txt", encoding="utf-8") as fh:
        return jsonify(rc=rc, output=fh.read())


@bp.route("/dns")
def dns_lookup():
    name = request.args.get("name", "example.com")
    # expect: command-injection
    os.system("nslookup %s >> /var/log/app/dns.log" % name)
    return jsonify(queued=True)


@bp.route("/tail/<name>")
def tail_log(name):
    path = ALLOWED_LOGS.get(name)
    if path is None:
        abort(404)
    out = subprocess.run(["tail", "-n", "200", path], capture_output=True, text=True, check=False)
    return jsonify(lines=out.stdout.splitlines())


@bp.route("/uptime")
def uptime():
    os.system("uptime > /var/tmp/uptime.txt")
    with open("/var/tmp/uptime.txt", encoding="utf-8") as fh:
        return jsonify(uptime=fh.read().strip())


@bp.route("/whois")
def whois():
    domain = request.args.get("domain", "")
    out = subprocess.run(["whois", "--", domain], capture_output=True, text=True, timeout=10, check=False)
    log.info("whois %s", shlex.quote(domain))
    return jsonify(result=out.stdout[:4000])
