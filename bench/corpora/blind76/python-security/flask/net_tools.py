"""Network diagnostics page for the router admin UI."""
import ipaddress
import os
import shlex
import subprocess

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
PING_COUNT = 3


@app.route("/diag/ping/<host>")
def ping(host):
    # expect: command-injection
    rc = os.system("ping -c %d %s > /tmp/ping.log" % (PING_COUNT, host))
    return jsonify(rc=rc)


@app.route("/diag/traceroute")
def traceroute():
    target = request.args.get("target", "8.8.8.8")
    cmd = "traceroute -n -w 2 " + target
    # expect: command-injection
    status = os.system(cmd)
    return jsonify(status=status)


@app.route("/diag/dns", methods=["POST"])
def dns_lookup():
    # expect: command-injection
    os.system(f"nslookup {request.form['name']} > /tmp/dns.log")
    with open("/tmp/dns.log") as fh:
        return fh.read()


@app.route("/diag/wol", methods=["POST"])
def wake_on_lan():
    payload = request.get_json()
    mac = payload["mac"]
    # expect: command-injection
    os.system("etherwake -i br0 {}".format(mac))
    return jsonify(sent=True)


@app.route("/diag/interface/<name>/restart", methods=["POST"])
def restart_interface(name):
    line = "ifdown {0} && ifup {0}".format(name)
    # expect: command-injection
    return jsonify(rc=os.system(line))


@app.route("/diag/ping-safe/<host>")
def ping_safe(host):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        abort(400)
    proc = subprocess.run(["ping", "-c", str(PING_COUNT), host], capture_output=True, text=True, timeout=15)
    return jsonify(rc=proc.returncode, out=proc.stdout)


@app.route("/diag/uptime")
def uptime():
    return jsonify(rc=os.system("uptime > /tmp/uptime.log"))


@app.route("/diag/arp", methods=["POST"])
def arp():
    iface = shlex.quote(request.form.get("iface", "br0"))
    return jsonify(rc=os.system("arp -a -i " + iface))
