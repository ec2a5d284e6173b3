"""Network operations panel: lookups and archive tools for the NOC team."""
import ipaddress
import subprocess
import subprocess as sp

from flask import Blueprint, Flask, abort, jsonify, request

app = Flask(__name__)
tools = Blueprint("tools", __name__)

TRACE_TOOLS = {"trace": ["traceroute", "-n"], "mtr": ["mtr", "-r", "-c", "3"]}


@app.route("/api/dns")
def dns_lookup():
    domain = request.args.get("domain", "")
    # expect: command-injection
    out = subprocess.check_output(f"dig +short {domain}", shell=True, text=True, timeout=15)
    return jsonify(answers=out.split())


@app.route("/api/whois")
def whois():
    # expect: command-injection
    return sp.getoutput("whois " + request.args["q"])


@app.route("/api/archive/<name>", methods=["POST"])
def unpack(name):
    # expect: command-injection
    proc = subprocess.Popen(["bash", "-c", "tar xzf /srv/uploads/%s -C /srv/unpacked" % name])
    return jsonify(pid=proc.pid)


@tools.route("/api/report", methods=["POST"])
def run_report():
    payload = request.get_json()
    script = "/srv/reports/" + payload["report"] + ".py"
    # expect: command-injection
    result = subprocess.run(["python3", script], capture_output=True, text=True, timeout=120)
    return jsonify(output=result.stdout)


@tools.route("/api/restart", methods=["POST"])
def restart_service():
    service = request.form.get("service")
    command = "systemctl restart " + service
    # expect: command-injection
    rc = subprocess.call(command, shell=True)
    return jsonify(rc=rc)


@app.route("/api/trace")
def trace():
    argv = TRACE_TOOLS[request.args.get("tool", "trace")]
    target = ipaddress.ip_address(request.args.get("ip", "")).compressed
    result = subprocess.run(argv + [target], capture_output=True, text=True, timeout=60)
    return jsonify(output=result.stdout)


@app.route("/api/ping")
def ping():
    try:
        host = str(ipaddress.ip_address(request.args["ip"]))
    except ValueError:
        abort(400)
    result = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, timeout=20)
    return jsonify(output=result.stdout)


app.register_blueprint(tools)
