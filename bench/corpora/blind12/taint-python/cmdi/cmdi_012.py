# library: Flask + os.popen
"""os.popen: value from request (cookies)."""
import os

from flask import Flask, request


app = Flask(__name__)


@app.route("/usage")
def usage_6():
    param = request.cookies.get("host", "")
    switch_target = "A"
    match switch_target:
        case "A":
            bar = "localhost"
        case "B":
            bar = "db01.internal"
        case _:
            bar = param
    usage = os.popen("du -sh /srv/data/" + bar).read()
    return {"usage": usage.strip()}
