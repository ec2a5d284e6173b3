"""Network diagnostics for the support console."""
import os
import re
import shlex
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
HOSTNAME_RE = re.compile(r"^[a-zA-Z0-9.-]{1,253}$")


@app.route("/tools/ping")
def ping():
    host = request.args.get("host", "localhost")
    # expect: command-injection
    status = os.system("ping -c 1 " + host)
    return jsonify(reachable=status == 0)


@app.route("/tools/trace", methods=["POST"])
def trace():
    # expect: command-injection
    rc = os.system(f"traceroute -m 10 {request.form['target']} > /dev/null")
    return jsonify(rc=rc)


@app.route("/tools/dig/<domain>")
def dig(domain):
    cmd = "dig +short %s" % domain
    # expect: command-injection
    os.system(cmd)
    return jsonify(queued=True)


@app.route("/tools/whois", methods=["POST"])
def whois():
    data = request.get_json()
    # expect: command-injection
    os.system("whois {} >> /var/log/support/whois.log".format(data["domain"]))
    return jsonify(ok=True)


@app.route("/tools/ping-safe")
def ping_safe():
    host = request.args.get("host", "localhost")
    if not HOSTNAME_RE.match(host):
        abort(400)
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, timeout=10)
    return jsonify(reachable=result.returncode == 0)


@app.route("/tools/uptime")
def uptime():
    return jsonify(rc=os.system("uptime > /dev/null"))


@app.route("/tools/nslookup")
def nslookup():
    name = request.args.get("name", "example.com")
    out = subprocess.run(["nslookup", name], capture_output=True, text=True, timeout=10).stdout
    return jsonify(output=out, quoted=shlex.quote(name))
