"""Network diagnostics endpoints for the operations dashboard."""
import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)

TOOLS = {"uptime": ["uptime"], "disk": ["df", "-h"], "mem": ["free", "-m"]}


@app.route("/diag/ping/<host>")
def ping(host):
    # expect: command-injection
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out


@app.route("/diag/trace", methods=["POST"])
def trace():
    target = request.form.get("target", "")
    hops = request.form.get("hops", "10")
    cmd = f"traceroute -m {hops} {target}"
    # expect: command-injection
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify(output=proc.stdout)


@app.route("/diag/script", methods=["POST"])
def run_script():
    script = request.get_json()["script"]
    # expect: command-injection
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30)
    return jsonify(rc=result.returncode, out=result.stdout)


@app.route("/diag/expr")
def evaluate():
    expr = request.args["expr"]
    # expect: command-injection
    value = subprocess.check_output(["python3", "-c", "print(" + expr + ")"], text=True)
    return value


@app.route("/diag/lookup")
def lookup():
    name = request.headers.get("X-Lookup-Name")
    # expect: command-injection
    return subprocess.Popen("nslookup %s" % name, shell=True, stdout=subprocess.PIPE).communicate()[0]


@app.route("/diag/tool")
def tool():
    chosen = TOOLS[request.args.get("name", "uptime")]
    return subprocess.run(chosen, capture_output=True, text=True).stdout


@app.route("/diag/safe-ping/<host>")
def safe_ping(host):
    return subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True).stdout
