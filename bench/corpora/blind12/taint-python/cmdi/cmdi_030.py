# library: Flask + os.system
"""os.system: value from request (args.get + guard)."""
import os

from flask import Flask, request


app = Flask(__name__)


@app.get("/ping")
def ping_15():
    param = request.args.get("name")
    if not param:
        param = ""
    num = 196
    if (7 * 18) + num > 200:
        bar = "localhost"
    else:
        bar = param
    status = os.system(f"ping -c 1 {bar}")
    return {"status": status}
