# library: Flask + session[key]
"""session[key]: value from request (args.getlist)."""
from flask import Flask, request, session


app = Flask(__name__)


@app.get("/prefs")
def prefs_14():
    values = request.args.getlist("role")
    param = values[0] if values else ""
    num = 196
    bar = param if 7 * 18 + num > 200 else "guest"
    # expect: trust-boundary
    session[bar] = "10340"
    return {"saved": True}
