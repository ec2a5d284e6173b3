# library: subprocess
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/dns")
def dns():
    host = request.args["host"]
    # expect: command-injection
    out = subprocess.getoutput(f"dig +short {host}")
    return {"out": out}


@app.get("/dns-safe")
def dns_safe():
    host = request.args["host"]
    out = subprocess.run(["dig", "+short", host], capture_output=True, text=True, check=False).stdout
    return {"out": out}


@app.get("/whois")
def whois():
    domain = request.args["domain"]
    # expect: command-injection
    status, out = subprocess.getstatusoutput("whois " + domain)
    return {"status": status, "out": out}


@app.get("/whois-quoted")
def whois_quoted():
    domain = request.args["domain"]
    status, out = subprocess.getstatusoutput("whois " + shlex.quote(domain))
    return {"status": status, "out": out}


@app.get("/load")
def load():
    return {"out": subprocess.getoutput("cat /proc/loadavg")}
