# library: Flask + os.system
"""os.system: value from request (args[...])."""
import os

from flask import Flask, request


app = Flask(__name__)


@app.get("/ping")
def ping_8():
    param = request.args["dir"]
    num = 86
    bar = param if 7 * 18 + num > 200 else "localhost"
    # expect: command-injection
    status = os.system(f"ping -c 1 {bar}")
    return {"status": status}
