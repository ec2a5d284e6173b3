# library: Flask + os.system
"""os.system: value from request (args[...])."""
import os
import shlex

from flask import Flask, request


app = Flask(__name__)


@app.get("/ping")
def ping_8():
    param = request.args["dir"]
    num = 86
    bar = param if 7 * 18 + num > 200 else "localhost"
    status = os.system(f"ping -c 1 {shlex.quote(bar)}")
    return {"status": status}
