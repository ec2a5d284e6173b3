# library: Flask + session[key]
"""session[key]: value from request (args.get + guard)."""
from flask import Flask, request, session


app = Flask(__name__)

DEFAULT_VALUE = "guest"


@app.route("/prefs")
def prefs_2():
    param = request.args.get("theme")
    if not param:
        param = ""
    bar = param.strip()
    bar = DEFAULT_VALUE
    session[bar] = "10340"
    return {"saved": True}
