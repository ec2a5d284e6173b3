"""Network diagnostics endpoint for the support dashboard."""
import ipaddress
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "")
    # expect: command-injection
    output = subprocess.getoutput("ping -c 3 " + host)
    return jsonify(output=output)


@app.route("/diag/dig")
def dig():
    name = request.args["name"]
    # expect: command-injection
    code, output = subprocess.getstatusoutput(f"dig +short {name}")
    return jsonify(code=code, output=output)


@app.route("/diag/trace")
def trace():
    raw = request.args.get("ip", "")
    try:
        addr = ipaddress.ip_address(raw)
    except ValueError:
        abort(400)
    # safe: validated and passed as an argument
    result = subprocess.run(["traceroute", "-n", str(addr)], capture_output=True, text=True, timeout=30)
    return jsonify(output=result.stdout)


@app.route("/diag/uptime")
def uptime():
    # safe: constant input
    return jsonify(output=subprocess.getoutput("uptime"))
