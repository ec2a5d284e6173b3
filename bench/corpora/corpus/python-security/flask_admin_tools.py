"""Admin maintenance endpoints for the ops dashboard."""
import os
import shlex
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

ALLOWED_SERVICES = {"nginx", "redis", "worker"}


@app.route("/admin/ping")
def ping_host():
    host = request.args.get("host", "")
    # expect: command-injection
    output = os.popen("ping -c 1 " + host).read()
    return jsonify({"output": output})


@app.route("/admin/ping2")
def ping_host_safe():
    host = request.args.get("host", "")
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, timeout=10)
    return jsonify({"output": result.stdout})


@app.route("/admin/restart", methods=["POST"])
def restart_service():
    name = request.form["service"]
    if name not in ALLOWED_SERVICES:
        abort(400)
    subprocess.check_call(["systemctl", "restart", name], shell=False)
    return "", 204


@app.route("/admin/logs")
def tail_logs():
    service = request.args["service"]
    lines = request.args.get("lines", "100")
    # expect: command-injection
    out = subprocess.check_output(f"journalctl -u {service} -n {lines}", shell=True)
    return out, 200, {"Content-Type": "text/plain"}


@app.route("/admin/disk")
def disk_usage():
    out = subprocess.check_output(["df", "-h"], text=True)
    return out, 200, {"Content-Type": "text/plain"}


@app.route("/admin/archive", methods=["POST"])
def archive_dir():
    target = request.json["dir"]
    # expect: command-injection
    os.system("tar czf /var/backups/site.tgz %s" % target)
    return "", 202


@app.route("/admin/grep")
def grep_logs():
    pattern = request.args.get("q", "")
    cmd = ["grep", "-F", "--", pattern, "/var/log/app.log"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE)
    data, _ = proc.communicate(timeout=30)
    return data


@app.route("/admin/convert", methods=["POST"])
def convert_image():
    src = request.form["src"]
    width = int(request.form.get("width", "200"))
    # expect: command-injection
    subprocess.Popen("convert " + src + " -resize " + str(width) + " out.png", shell=True)
    return "", 202


@app.route("/admin/whois")
def whois():
    domain = request.args["domain"]
    quoted = shlex.quote(domain)
    args = shlex.split(f"whois -H {quoted}")
    out = subprocess.run(args, capture_output=True, text=True, timeout=15).stdout
    return out


@app.route("/admin/calc")
def calc():
    expr = request.args.get("expr", "0")
    # expect: code-injection
    value = eval(expr)
    return jsonify({"value": value})


@app.route("/admin/uptime")
def uptime():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout
