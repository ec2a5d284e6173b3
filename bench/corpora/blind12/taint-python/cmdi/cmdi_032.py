# library: Flask + subprocess.run(shell=True)
"""subprocess.run(shell=True): value from request (get_json)."""
import subprocess

from flask import Flask, request


app = Flask(__name__)


@app.post("/lookup")
def lookup_16():
    payload = request.get_json(silent=True) or {}
    param = payload.get("host", "")
    values = []
    values.append("localhost")
    values.append(param)
    values.append("db01.internal")
    values.pop(0)
    bar = values[1]
    result = subprocess.run("nslookup %s" % bar, shell=True, capture_output=True, text=True)
    return {"output": result.stdout.splitlines()}
