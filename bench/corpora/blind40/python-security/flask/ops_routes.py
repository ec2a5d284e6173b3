"""Ops endpoints for the build agents."""
import os
import os as _os

from flask import Blueprint, request

ops = Blueprint("ops", __name__)


@ops.route("/ping")
def ping():
    host = request.args.get("host")
    # expect: command-injection
    rc = os.system("ping -c 1 " + host)
    return {"rc": rc}


@ops.route("/archive", methods=["POST"])
def archive():
    folder = request.form["folder"]
    cmd = "tar czf /tmp/out.tgz {}".format(folder)
    # expect: command-injection
    _os.system(cmd)
    return "queued"


@ops.route("/logs/<service>")
def logs(service):
    # expect: command-injection
    os.system(f"journalctl -u {service} -n 200 > /tmp/{service}.log")
    return "ok"


@ops.route("/restart", methods=["POST"])
def restart():
    data = request.get_json()
    # expect: command-injection
    os.system("systemctl restart %s" % data["unit"])
    return "restarted"


@ops.route("/disk")
def disk():
    os.system("df -h > /tmp/disk.txt")
    return "ok"


@ops.route("/uptime")
def uptime():
    import subprocess
    target = request.args.get("host", "")
    out = subprocess.run(["ping", "-c", "1", "--", target], capture_output=True, check=False)
    return {"rc": out.returncode}
