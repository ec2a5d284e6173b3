# library: Flask + subprocess.Popen
"""subprocess.Popen: value from request (form[...])."""
import subprocess

from flask import Flask, request


app = Flask(__name__)

LOG_FILE = "/var/log/app/access.log"


@app.route("/grep", methods=["POST"])
def grep_18():
    param = request.form["dir"]
    switch_target = "A"
    match switch_target:
        case "A":
            bar = param
        case "B":
            bar = "db01.internal"
        case _:
            bar = "cache01.internal"
    # expect: command-injection
    proc = subprocess.Popen("grep -i {} {}".format(bar, LOG_FILE), shell=True, stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=10)
    return {"matches": out.decode().splitlines()}
