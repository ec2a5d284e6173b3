# library: Flask + subprocess.Popen
"""subprocess.Popen: value from request (headers)."""
import subprocess

from flask import Flask, request


app = Flask(__name__)

LOG_FILE = "/var/log/app/access.log"


@app.get("/grep")
def grep_11():
    param = request.headers.get("X-Host", "")
    mapping = {}
    mapping["keyA"] = "localhost"
    mapping["keyB"] = param
    mapping["keyC"] = "db01.internal"
    bar = mapping["keyB"]
    # expect: command-injection
    proc = subprocess.Popen("grep -i {} {}".format(bar, LOG_FILE), shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=10)
    return {"matches": out.decode().splitlines()}
