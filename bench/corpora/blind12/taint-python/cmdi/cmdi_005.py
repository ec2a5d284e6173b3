# library: Flask + subprocess.run(argv)
"""subprocess.run(argv): value from request (args.get default)."""
import subprocess

from flask import Flask, request


app = Flask(__name__)


@app.get("/listing")
def listing_3():
    param = request.args.get("dir", "")
    num = 86
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "localhost"
    argv = ["/bin/sh", "-c"]
    argv.append("ls -la /srv/share/" + bar)
    # expect: command-injection
    proc = subprocess.run(argv, capture_output=True, text=True, check=False)
    return {"listing": proc.stdout.splitlines()}
