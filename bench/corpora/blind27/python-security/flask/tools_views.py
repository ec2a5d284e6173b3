"""Network tools page."""
import os
import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # expect: command-injection
    os.system("ping -c 1 " + host)
    return "sent"


@app.route("/traceroute", methods=["POST"])
def traceroute():
    target = request.form["target"]
    # expect: command-injection
    code = os.system(f"traceroute -m 10 {target} > /tmp/trace.txt")
    return {"code": code}


@app.route("/ping-safe")
def ping_safe():
    host = request.args.get("host", "")
    if not re.fullmatch(r"[A-Za-z0-9.-]{1,253}", host):
        abort(400)
    out = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, timeout=10)
    return out.stdout


@app.route("/uptime")
def uptime():
    os.system("uptime > /tmp/uptime.txt")
    return "ok"
