# library: Flask + subprocess.run(argv)
"""subprocess.run(argv): value from request (helper get_param)."""
import subprocess

from flask import Flask, request

from .helpers.params import get_param


app = Flask(__name__)


@app.route("/listing")
def listing_17():
    param = get_param(request, "target")
    bar = str(int(param))
    argv = ["/bin/sh", "-c"]
    argv.append("ls -la /srv/share/" + bar)
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    return {"listing": proc.stdout.splitlines()}
